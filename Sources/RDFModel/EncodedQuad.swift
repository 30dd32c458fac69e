// Encoded quads and patterns: shared by the store (which produces them) and the query engine
// (which consumes them), so that neither needs to know the other.

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
