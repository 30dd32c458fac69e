import RDFModel

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
