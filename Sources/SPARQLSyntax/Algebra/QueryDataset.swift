import RDFModel

/// An RDF dataset description: FROM (default graph) and FROM NAMED graphs, or the
/// USING / USING NAMED / WITH of an update.
public struct QueryDataset: Hashable, Sendable {
    /// The graphs merged into the default graph.
    public var defaultGraphs: [IRI]
    /// The named graphs; nil keeps every named graph of the store (used for WITH).
    public var namedGraphs: [IRI]?

    /// Creates a dataset description.
    public init(defaultGraphs: [IRI], namedGraphs: [IRI]?) {
        self.defaultGraphs = defaultGraphs
        self.namedGraphs = namedGraphs
    }
}
