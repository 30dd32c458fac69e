import RDFModel

/// A parsed SPARQL 1.1 Update request: operations run in order.
///
/// ```swift
/// let u = try SPARQLParser.parseUpdate("INSERT DATA { <a> <b> <c> }")
/// ```
public struct Update: Hashable, Sendable {
    /// The operations, in request order.
    public var operations: [UpdateOperation]
    /// The base IRI in force at the end of the request, if any.
    public var baseIRI: IRI?

    /// Creates an update.
    public init(operations: [UpdateOperation], baseIRI: IRI? = nil) {
        self.operations = operations
        self.baseIRI = baseIRI
    }
}
