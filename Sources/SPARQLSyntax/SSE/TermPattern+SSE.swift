import RDFModel

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
