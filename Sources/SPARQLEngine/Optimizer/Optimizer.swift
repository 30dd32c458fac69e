import SPARQLSyntax

/// The algebra rewrites run before planning, in order; each is a pure function from pattern to
/// an equivalent pattern (Oxigraph `sparopt` style). Join order and join algorithms are chosen
/// afterwards by ``Planner``, which needs the dataset's statistics.
struct Optimizer {
    /// A named rewrite.
    struct Pass {
        let name: String
        let apply: (GraphPattern) -> GraphPattern
    }

    let passes: [Pass]

    /// The standard pipeline: constant folding, merging of GRAPH blocks on one graph, filter
    /// push-down, canonical OPTIONAL order.
    init(folding: ConstantFolding) {
        passes = [
            Pass(name: "constant-folding", apply: folding.apply),
            Pass(name: "graph-merging", apply: GraphMerging.apply),
            Pass(name: "filter-push-down", apply: FilterPushDown.apply),
            Pass(name: "optional-ordering", apply: OptionalOrdering.apply),
        ]
    }

    /// Runs every pass.
    func optimize(_ pattern: GraphPattern) -> GraphPattern {
        passes.reduce(pattern) { p, pass in pass.apply(p) }
    }
}

extension GraphPattern {
    /// The pattern with `transform` applied to each direct child pattern.
    func mapChildren(_ t: (GraphPattern) -> GraphPattern) -> GraphPattern {
        switch self {
        case .bgp, .path, .values: return self
        case .join(let a, let b): return .join(t(a), t(b))
        case .leftJoin(let a, let b, let f): return .leftJoin(t(a), t(b), filter: f)
        case .filter(let e, let p): return .filter(e, t(p))
        case .union(let a, let b): return .union(t(a), t(b))
        case .minus(let a, let b): return .minus(t(a), t(b))
        case .graph(let n, let p): return .graph(name: n, t(p))
        case .extend(let p, let v, let e): return .extend(t(p), v, e)
        case .group(let p, let vars, let aggs): return .group(t(p), variables: vars, aggregates: aggs)
        case .orderBy(let p, let c): return .orderBy(t(p), c)
        case .project(let p, let v): return .project(t(p), v)
        case .distinct(let p): return .distinct(t(p))
        case .reduced(let p): return .reduced(t(p))
        case .slice(let p, let o, let l): return .slice(t(p), offset: o, limit: l)
        case .service(let e, let p, let s): return .service(endpoint: e, t(p), silent: s)
        }
    }

    /// A pattern with no solutions.
    static let nothing = GraphPattern.values(variables: [], rows: [])
}
