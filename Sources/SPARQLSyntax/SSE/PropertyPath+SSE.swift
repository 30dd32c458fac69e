import RDFModel

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
