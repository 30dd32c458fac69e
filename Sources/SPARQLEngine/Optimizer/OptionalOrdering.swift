import SPARQLSyntax

/// Puts a chain of OPTIONAL blocks over one pattern in a canonical order when the order cannot
/// matter: `LeftJoin(LeftJoin(A, B), C)` equals `LeftJoin(LeftJoin(A, C), B)` when B and C
/// (with their filters) share no variable that A does not certainly bind. Then the written
/// order of independent OPTIONAL blocks does not decide the plan.
enum OptionalOrdering {
    /// Applies the pass to a whole pattern.
    static func apply(_ pattern: GraphPattern) -> GraphPattern {
        guard case .leftJoin = pattern else { return pattern.mapChildren(apply) }
        var optionals: [(GraphPattern, Expression?)] = []
        var base = pattern
        while case .leftJoin(let a, let b, let f) = base {
            optionals.append((apply(b), f))
            base = a
        }
        base = apply(base)
        optionals.reverse()
        let certain = base.certainVariables
        let scopes = optionals.map { b, f in
            Set(b.inScopeVariables).union(f?.mentionedVariables ?? []).subtracting(certain)
        }
        var independent = true
        for i in scopes.indices {
            for j in scopes.indices where j > i && !scopes[i].isDisjoint(with: scopes[j]) { independent = false }
        }
        if independent && optionals.count > 1 {
            optionals.sort { x, y in x.0.sse + (x.1?.sse ?? "") < y.0.sse + (y.1?.sse ?? "") }
        }
        return optionals.reduce(base) { p, o in .leftJoin(p, o.0, filter: o.1) }
    }
}
