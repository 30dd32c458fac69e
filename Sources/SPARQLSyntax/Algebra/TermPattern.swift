import RDFModel

/// A position in a triple or quad pattern: a fixed RDF term or a variable.
///
/// Blank nodes appear as terms only in templates (CONSTRUCT, INSERT, DELETE); in
/// query patterns the translation turns them into generated variables.
public enum TermPattern: Hashable, Sendable {
    /// A fixed term.
    case term(Term)
    /// A variable.
    case variable(Variable)

    /// The variable, if this position is one.
    public var variable: Variable? { if case .variable(let v) = self { return v } else { return nil } }
    /// The term, if this position is fixed.
    public var term: Term? { if case .term(let t) = self { return t } else { return nil } }
}

/// A triple pattern: subject, predicate and object, each a term or a variable.
public struct TriplePattern: Hashable, Sendable {
    /// The subject.
    public var subject: TermPattern
    /// The predicate.
    public var predicate: TermPattern
    /// The object.
    public var object: TermPattern

    /// Creates a triple pattern.
    public init(_ subject: TermPattern, _ predicate: TermPattern, _ object: TermPattern) {
        self.subject = subject
        self.predicate = predicate
        self.object = object
    }

    /// The variables of the pattern, in subject, predicate, object order.
    public var variables: [Variable] { [subject, predicate, object].compactMap(\.variable) }
}

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
