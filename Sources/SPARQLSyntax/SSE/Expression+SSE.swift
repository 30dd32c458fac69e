import RDFModel

extension Expression: CustomStringConvertible {
    /// The expression in SSE, e.g. `(&& (= ?x 1) (bound ?y))`.
    public var sse: String {
        switch self {
        case .variable(let v): return v.description
        case .term(let t): return SSE.term(t)
        case .or(let a, let b): return "(|| \(a.sse) \(b.sse))"
        case .and(let a, let b): return "(&& \(a.sse) \(b.sse))"
        case .not(let a): return "(! \(a.sse))"
        case .equal(let a, let b): return "(= \(a.sse) \(b.sse))"
        case .notEqual(let a, let b): return "(!= \(a.sse) \(b.sse))"
        case .less(let a, let b): return "(< \(a.sse) \(b.sse))"
        case .greater(let a, let b): return "(> \(a.sse) \(b.sse))"
        case .lessOrEqual(let a, let b): return "(<= \(a.sse) \(b.sse))"
        case .greaterOrEqual(let a, let b): return "(>= \(a.sse) \(b.sse))"
        case .in(let a, let list): return SSE.list("in", [a.sse] + list.map(\.sse))
        case .notIn(let a, let list): return SSE.list("notin", [a.sse] + list.map(\.sse))
        case .add(let a, let b): return "(+ \(a.sse) \(b.sse))"
        case .subtract(let a, let b): return "(- \(a.sse) \(b.sse))"
        case .multiply(let a, let b): return "(* \(a.sse) \(b.sse))"
        case .divide(let a, let b): return "(/ \(a.sse) \(b.sse))"
        case .unaryPlus(let a): return "(+ \(a.sse))"
        case .unaryMinus(let a): return "(- \(a.sse))"
        case .bound(let v): return "(bound \(v))"
        case .if(let a, let b, let c): return "(if \(a.sse) \(b.sse) \(c.sse))"
        case .coalesce(let list): return SSE.list("coalesce", list.map(\.sse))
        case .exists(let p): return "(exists \(p.sse))"
        case .notExists(let p): return "(notexists \(p.sse))"
        case .call(let f, let args): return SSE.list(f.sseName, args.map(\.sse))
        case .function(let iri, let args): return SSE.list(Term.iri(iri).ntriples, args.map(\.sse))
        case .aggregate(let a): return a.sse
        }
    }

    /// Same as ``sse``.
    public var description: String { sse }
}

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

extension PropertyPath: CustomStringConvertible {
    /// The path in SSE, e.g. `(seq <p> (path* <q>))`.
    public var sse: String {
        switch self {
        case .link(let iri): return Term.iri(iri).ntriples
        case .inverse(let p): return "(reverse \(p.sse))"
        case .sequence(let a, let b): return "(seq \(a.sse) \(b.sse))"
        case .alternative(let a, let b): return "(alt \(a.sse) \(b.sse))"
        case .zeroOrMore(let p): return "(path* \(p.sse))"
        case .oneOrMore(let p): return "(path+ \(p.sse))"
        case .zeroOrOne(let p): return "(path? \(p.sse))"
        case .negatedPropertySet(let iris): return SSE.list("notoneof", iris.map { Term.iri($0).ntriples })
        }
    }

    /// Same as ``sse``.
    public var description: String { sse }
}

extension TermPattern: CustomStringConvertible {
    /// The position in SSE: `?x`, `<iri>`, `1`, `"s"@en`.
    public var description: String { SSE.termPattern(self) }
}

extension TriplePattern: CustomStringConvertible {
    /// The pattern in SSE: `(triple ?s <p> ?o)`.
    public var description: String { SSE.triple(self) }
}

extension QuadPattern: CustomStringConvertible {
    /// The pattern in SSE: `(quad <g> ?s <p> ?o)`, with `_` for the default graph.
    public var description: String { SSE.quad(self) }
}
