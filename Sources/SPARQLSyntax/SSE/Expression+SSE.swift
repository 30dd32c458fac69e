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
