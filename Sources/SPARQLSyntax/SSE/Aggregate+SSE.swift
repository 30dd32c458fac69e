import RDFModel

extension Aggregate: CustomStringConvertible {
    /// The aggregate in SSE, e.g. `(count distinct ?x)` or `(group_concat (separator ",") ?x)`.
    public var sse: String {
        func agg(_ name: String, _ distinct: Bool, _ rest: [String]) -> String {
            SSE.list(name, (distinct ? ["distinct"] : []) + rest)
        }
        switch self {
        case .countAll(let d): return agg("count", d, [])
        case .count(let e, let d): return agg("count", d, [e.sse])
        case .sum(let e, let d): return agg("sum", d, [e.sse])
        case .min(let e, let d): return agg("min", d, [e.sse])
        case .max(let e, let d): return agg("max", d, [e.sse])
        case .avg(let e, let d): return agg("avg", d, [e.sse])
        case .sample(let e, let d): return agg("sample", d, [e.sse])
        case .groupConcat(let e, let d, let sep):
            let s = sep.map { ["(separator \(Term.literal(Literal($0)).ntriples))"] } ?? []
            return agg("group_concat", d, s + [e.sse])
        case .custom(let iri, let args, let d): return agg("agg " + Term.iri(iri).ntriples, d, args.map(\.sse))
        }
    }

    /// Same as ``sse``.
    public var description: String { sse }
}
