import RDFModel

extension Expression {
    /// True when an aggregate occurs in the expression (outside EXISTS patterns).
    public var containsAggregate: Bool {
        var found = false
        visit { if case .aggregate = $0 { found = true } }
        return found
    }

    /// The variables that occur outside aggregates and EXISTS patterns.
    var variablesOutsideAggregates: [Variable] {
        var out: [Variable] = []
        visit {
            switch $0 {
            case .variable(let v): out.append(v)
            case .bound(let v): out.append(v)
            default: break
            }
        }
        return out
    }

    /// Calls `body` on this expression and its sub-expressions, not descending into
    /// aggregates or EXISTS patterns.
    func visit(_ body: (Expression) -> Void) {
        body(self)
        for child in children { child.visit(body) }
    }

    /// The direct sub-expressions (aggregate arguments and EXISTS patterns excluded).
    public var children: [Expression] {
        switch self {
        case .variable, .term, .bound, .exists, .notExists, .aggregate: return []
        case .or(let a, let b), .and(let a, let b), .equal(let a, let b), .notEqual(let a, let b),
             .less(let a, let b), .greater(let a, let b), .lessOrEqual(let a, let b), .greaterOrEqual(let a, let b),
             .add(let a, let b), .subtract(let a, let b), .multiply(let a, let b), .divide(let a, let b):
            return [a, b]
        case .not(let a), .unaryPlus(let a), .unaryMinus(let a): return [a]
        case .in(let a, let list), .notIn(let a, let list): return [a] + list
        case .if(let a, let b, let c): return [a, b, c]
        case .coalesce(let list), .call(_, let list), .function(_, let list): return list
        }
    }

    /// The expression with every aggregate replaced by what `replace` returns.
    func replacingAggregates(_ replace: (Aggregate) -> Expression) -> Expression {
        func r(_ e: Expression) -> Expression { e.replacingAggregates(replace) }
        switch self {
        case .aggregate(let a): return replace(a)
        case .variable, .term, .bound, .exists, .notExists: return self
        case .or(let a, let b): return .or(r(a), r(b))
        case .and(let a, let b): return .and(r(a), r(b))
        case .not(let a): return .not(r(a))
        case .equal(let a, let b): return .equal(r(a), r(b))
        case .notEqual(let a, let b): return .notEqual(r(a), r(b))
        case .less(let a, let b): return .less(r(a), r(b))
        case .greater(let a, let b): return .greater(r(a), r(b))
        case .lessOrEqual(let a, let b): return .lessOrEqual(r(a), r(b))
        case .greaterOrEqual(let a, let b): return .greaterOrEqual(r(a), r(b))
        case .in(let a, let list): return .in(r(a), list.map(r))
        case .notIn(let a, let list): return .notIn(r(a), list.map(r))
        case .add(let a, let b): return .add(r(a), r(b))
        case .subtract(let a, let b): return .subtract(r(a), r(b))
        case .multiply(let a, let b): return .multiply(r(a), r(b))
        case .divide(let a, let b): return .divide(r(a), r(b))
        case .unaryPlus(let a): return .unaryPlus(r(a))
        case .unaryMinus(let a): return .unaryMinus(r(a))
        case .if(let a, let b, let c): return .if(r(a), r(b), r(c))
        case .coalesce(let list): return .coalesce(list.map(r))
        case .call(let f, let list): return .call(f, list.map(r))
        case .function(let f, let list): return .function(f, list.map(r))
        }
    }
}
