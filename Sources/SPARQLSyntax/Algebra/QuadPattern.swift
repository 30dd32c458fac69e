import RDFModel

/// The graph a quad pattern refers to: the default graph, a named graph, or a variable.
public enum GraphNamePattern: Hashable, Sendable {
    /// The default graph.
    case defaultGraph
    /// A named graph.
    case named(IRI)
    /// A variable ranging over graph names.
    case variable(Variable)
}

/// A quad pattern, as used by update templates: a triple pattern in a graph.
public struct QuadPattern: Hashable, Sendable {
    /// The subject.
    public var subject: TermPattern
    /// The predicate.
    public var predicate: TermPattern
    /// The object.
    public var object: TermPattern
    /// The graph.
    public var graph: GraphNamePattern

    /// Creates a quad pattern.
    public init(_ subject: TermPattern, _ predicate: TermPattern, _ object: TermPattern, _ graph: GraphNamePattern = .defaultGraph) {
        self.subject = subject
        self.predicate = predicate
        self.object = object
        self.graph = graph
    }

    /// The triple part of the pattern.
    public var triple: TriplePattern { TriplePattern(subject, predicate, object) }
}
