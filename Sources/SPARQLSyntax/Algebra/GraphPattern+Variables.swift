import RDFModel

extension GraphPattern {
    /// The in-scope variables of section 18.2.1, in order of first appearance, including
    /// generated ones.
    public var inScopeVariables: [Variable] {
        var seen = Set<Variable>()
        var out: [Variable] = []
        collectInScope(into: &out, seen: &seen)
        return out
    }

    /// The in-scope variables a query may name (generated ones left out); `SELECT *`
    /// projects these.
    public var visibleVariables: [Variable] { inScopeVariables.filter { !$0.isGenerated } }

    private func collectInScope(into out: inout [Variable], seen: inout Set<Variable>) {
        func add(_ v: Variable) { if seen.insert(v).inserted { out.append(v) } }
        func add(_ p: TermPattern) { if let v = p.variable { add(v) } }
        switch self {
        case .bgp(let triples):
            for t in triples { add(t.subject); add(t.predicate); add(t.object) }
        case .path(let s, _, let o):
            add(s); add(o)
        case .join(let a, let b), .union(let a, let b), .leftJoin(let a, let b, _):
            a.collectInScope(into: &out, seen: &seen)
            b.collectInScope(into: &out, seen: &seen)
        case .minus(let a, _), .filter(_, let a), .orderBy(let a, _), .distinct(let a), .reduced(let a), .slice(let a, _, _):
            a.collectInScope(into: &out, seen: &seen)
        case .graph(let name, let p):
            add(name)
            p.collectInScope(into: &out, seen: &seen)
        case .service(let endpoint, let p, _):
            add(endpoint)
            p.collectInScope(into: &out, seen: &seen)
        case .extend(let p, let v, _):
            p.collectInScope(into: &out, seen: &seen)
            add(v)
        case .values(let vars, _):
            vars.forEach(add)
        case .group(_, let vars, let aggs):
            vars.forEach(add)
            aggs.forEach { add($0.variable) }
        case .project(_, let vars):
            vars.forEach(add)
        }
    }
}

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
    var children: [Expression] {
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
