import RDFModel

extension Update: CustomStringConvertible {
    /// The request in SSE: `(update op1 op2 ...)`.
    public var sse: String { SSE.list("update", operations.map(\.sse)) }

    /// Same as ``sse``.
    public var description: String { sse }
}

extension UpdateOperation: CustomStringConvertible {
    /// The operation in SSE, in the style of Jena's update SSE
    /// (`(insertData ...)`, `(modify ...)`, `(load silent <x> <g>)`).
    public var sse: String {
        func s(_ silent: Bool) -> String { silent ? " silent" : "" }
        func iri(_ i: IRI) -> String { Term.iri(i).ntriples }
        switch self {
        case .insertData(let quads):
            return SSE.list("insertData", quads.map { SSE.quad($0) })
        case .deleteData(let quads):
            return SSE.list("deleteData", quads.map { SSE.quad($0) })
        case .deleteInsert(let del, let ins, let using, let pattern):
            var parts: [String] = []
            if let using {
                let from = using.defaultGraphs.map { "(using \(iri($0)))" }
                let named = (using.namedGraphs ?? []).map { "(using-named \(iri($0)))" }
                parts.append(contentsOf: from + named)
            }
            parts.append(SSE.list("delete", del.map { SSE.quad($0) }))
            parts.append(SSE.list("insert", ins.map { SSE.quad($0) }))
            parts.append(pattern.sse)
            return SSE.list("modify", parts)
        case .load(let silent, let source, let dest):
            return "(load\(s(silent)) \(iri(source))" + (dest.map { " " + iri($0) } ?? "") + ")"
        case .clear(let silent, let t):
            return "(clear\(s(silent)) \(t))"
        case .create(let silent, let g):
            return "(create\(s(silent)) \(iri(g)))"
        case .drop(let silent, let t):
            return "(drop\(s(silent)) \(t))"
        case .add(let silent, let a, let b):
            return "(add\(s(silent)) \(a) \(b))"
        case .move(let silent, let a, let b):
            return "(move\(s(silent)) \(a) \(b))"
        case .copy(let silent, let a, let b):
            return "(copy\(s(silent)) \(a) \(b))"
        }
    }

    /// Same as ``sse``.
    public var description: String { sse }
}
