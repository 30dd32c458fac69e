import SPARQLSyntax

/// Moves each conjunct of a FILTER as far down as it stays equivalent: into both branches of a
/// UNION, into a GRAPH block, below BIND, ORDER BY, DISTINCT and projections that keep its
/// variables, into the left side of OPTIONAL and MINUS, and into the side of a join that
/// certainly binds every variable it reads. A FILTER written inside a GRAPH block and the same
/// FILTER written after it therefore end up in the same place.
enum FilterPushDown {
    /// Applies the pass to a whole pattern.
    static func apply(_ pattern: GraphPattern) -> GraphPattern {
        switch pattern {
        case .filter(let e, let inner):
            let base = apply(inner)
            return e.conjuncts.reduce(base) { p, c in push(c, into: p) }
        case .bgp, .path, .join, .leftJoin, .union, .minus, .graph, .extend, .values, .group, .orderBy, .project,
             .distinct, .reduced, .slice, .service:
            return pattern.mapChildren(apply)
        }
    }

    /// `filter(condition, pattern)`, with the filter placed as deep as it may go.
    static func push(_ condition: Expression, into pattern: GraphPattern) -> GraphPattern {
        let vars = condition.mentionedVariables
        let movable = !condition.containsExists && !condition.isNondeterministic
        func stay() -> GraphPattern { .filter(condition, pattern) }
        guard movable else { return stay() }
        switch pattern {
        case .union(let a, let b):
            return .union(push(condition, into: a), push(condition, into: b))
        case .graph(let name, let p):
            return vars.isSubset(of: p.certainVariables) ? .graph(name: name, push(condition, into: p)) : stay()
        case .extend(let p, let v, let e):
            return vars.contains(v) ? stay() : .extend(push(condition, into: p), v, e)
        case .leftJoin(let a, let b, let f):
            return vars.isSubset(of: a.certainVariables) ? .leftJoin(push(condition, into: a), b, filter: f) : stay()
        case .minus(let a, let b):
            return vars.isSubset(of: a.certainVariables) ? .minus(push(condition, into: a), b) : stay()
        case .join(let a, let b):
            if vars.isSubset(of: a.certainVariables) { return .join(push(condition, into: a), b) }
            if vars.isSubset(of: b.certainVariables) { return .join(a, push(condition, into: b)) }
            return stay()
        case .filter(let other, let p):
            return .filter(other, push(condition, into: p))
        case .orderBy(let p, let c):
            return .orderBy(push(condition, into: p), c)
        case .distinct(let p):
            return .distinct(push(condition, into: p))
        case .reduced(let p):
            return .reduced(push(condition, into: p))
        case .project(let p, let projected):
            return vars.isSubset(of: Set(projected)) ? .project(push(condition, into: p), projected) : stay()
        case .bgp, .path, .values, .group, .slice, .service:
            return stay()
        }
    }
}
