import SPARQLSyntax

extension GraphPattern {
    /// The variables bound in every solution of the pattern (a safe under-approximation):
    /// filters may move below a join or into a GRAPH only onto a side that certainly binds
    /// everything they read.
    var certainVariables: Set<Variable> {
        switch self {
        case .bgp(let triples):
            return Set(triples.flatMap(\.variables))
        case .path(let s, _, let o):
            return Set([s.variable, o.variable].compactMap { $0 })
        case .join(let a, let b):
            return a.certainVariables.union(b.certainVariables)
        case .leftJoin(let a, _, _), .minus(let a, _), .filter(_, let a), .orderBy(let a, _),
             .distinct(let a), .reduced(let a), .extend(let a, _, _):
            return a.certainVariables
        case .union(let a, let b):
            return a.certainVariables.intersection(b.certainVariables)
        case .graph(let name, let p):
            var s = p.certainVariables
            if let v = name.variable { s.insert(v) }
            return s
        case .values(let vars, let rows):
            return Set(vars.enumerated().filter { i, _ in rows.allSatisfy { $0[i] != nil } }.map(\.element))
        case .group, .service, .slice:
            return []
        case .project(let p, let vars):
            return p.certainVariables.intersection(vars)
        }
    }
}

extension Expression {
    /// Every variable the expression reads outside EXISTS patterns.
    var mentionedVariables: Set<Variable> {
        var out = Set<Variable>()
        collectVariables(into: &out)
        return out
    }

    private func collectVariables(into out: inout Set<Variable>) {
        switch self {
        case .variable(let v), .bound(let v): out.insert(v)
        case .term, .exists, .notExists, .aggregate: break
        default: for c in children { c.collectVariables(into: &out) }
        }
    }

    /// True when the expression contains EXISTS or NOT EXISTS (which reads the whole row).
    var containsExists: Bool {
        switch self {
        case .exists, .notExists: return true
        default: return children.contains { $0.containsExists }
        }
    }

    /// True when evaluating twice may give different results (RAND, NOW is fixed, BNODE, UUID).
    var isNondeterministic: Bool {
        if case .call(let f, let args) = self {
            switch f {
            case .rand, .bnode, .uuid, .strUUID: return true
            default: return args.contains { $0.isNondeterministic }
            }
        }
        return children.contains { $0.isNondeterministic }
    }

    /// The conjuncts of a chain of `&&`.
    var conjuncts: [Expression] {
        if case .and(let a, let b) = self { return a.conjuncts + b.conjuncts }
        return [self]
    }

    /// EXISTS patterns anywhere in the expression.
    var existsPatterns: [GraphPattern] {
        switch self {
        case .exists(let p), .notExists(let p): return [p]
        default: return children.flatMap(\.existsPatterns)
        }
    }
}
