import RDFModel

extension Query: CustomStringConvertible {
    /// The query in SSE: the algebra, wrapped by the form (`ask`, `construct`, `describe`)
    /// and the dataset when there is one. A SELECT prints as its algebra alone.
    public var sse: String {
        var body: String
        switch form {
        case .select:
            body = pattern.sse
        case .construct(let template):
            body = "(construct \(SSE.list("template", template.map(SSE.triple))) \(pattern.sse))"
        case .ask:
            body = "(ask \(pattern.sse))"
        case .describe(let terms):
            body = "(describe (\(terms.map(SSE.termPattern).joined(separator: " "))) \(pattern.sse))"
        }
        if let dataset {
            body = "(dataset \(dataset) \(body))"
        }
        return body
    }

    /// Same as ``sse``.
    public var description: String { sse }
}
