import RDFModel

/// Which graphs a quad pattern ranges over.
public enum GraphSelector: Hashable, Sendable {
    /// Only the default graph.
    case defaultGraph
    /// Every named graph (`GRAPH ?g { ... }`); the graph is reported in each match.
    case anyNamedGraph
    /// One named graph.
    case named(TermID)
    /// The default graph and every named graph together (the union-default-graph mode).
    case union
}

/// A quad pattern over encoded ids: nil positions are unbound.
public struct EncodedQuadPattern: Hashable, Sendable {
    public var subject: TermID?
    public var predicate: TermID?
    public var object: TermID?
    public var graph: GraphSelector
    /// Creates a pattern.
    public init(subject: TermID? = nil, predicate: TermID? = nil, object: TermID? = nil, graph: GraphSelector = .defaultGraph) {
        self.subject = subject
        self.predicate = predicate
        self.object = object
        self.graph = graph
    }
}

/// A matched quad in encoded form; `graph` is nil for the default graph.
public struct EncodedQuad: Hashable, Sendable {
    public var subject: TermID
    public var predicate: TermID
    public var object: TermID
    public var graph: TermID?
    /// Creates an encoded quad.
    public init(subject: TermID, predicate: TermID, object: TermID, graph: TermID?) {
        self.subject = subject
        self.predicate = predicate
        self.object = object
        self.graph = graph
    }
}

/// The one seam through which the query engine reads data.
///
/// The store implements it; permission filtering and owl:sameAs handling wrap it (a wrapper is a
/// `QueryableDataset` holding another one), so every query path is governed by the same code.
/// All calls read one consistent snapshot for the lifetime of the value.
public protocol QueryableDataset: Sendable {
    /// Streams the quads that match `pattern`, in no promised order.
    func quads(matching pattern: EncodedQuadPattern) -> AnyIterator<EncodedQuad>

    /// An estimate of how many quads match `pattern` (exact where cheap); used by the planner.
    func estimatedCount(of pattern: EncodedQuadPattern) -> Int

    /// The id `term` has in this dataset, or would have if it were stored. Pure apart from
    /// the store's collision table: it never writes.
    func termID(for term: Term) -> TermID

    /// Decodes an id; nil when the id is neither inline nor known to the dataset.
    func term(for id: TermID) -> Term?

    /// The names of the non-empty (or explicitly created) named graphs.
    func namedGraphs() -> [TermID]
}
