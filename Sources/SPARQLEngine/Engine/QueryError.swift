/// The one error type of the query engine: what stopped a query, and why.
///
/// Expression errors never surface here (SPARQL turns them into unbound values or false
/// filters); a `QueryError` means the query as a whole could not produce its answer.
public struct QueryError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What went wrong.
    public enum Kind: Hashable, Sendable {
        /// The query ran longer than ``QueryOptions/timeout``.
        case timeout
        /// ``QueryEngine/cancel()`` was called.
        case cancelled
        /// The result grew beyond ``QueryOptions/maxResults``.
        case resultTooLarge
        /// The query uses a feature the engine does not offer (SERVICE, extension aggregates).
        case unsupported
        /// Evaluation failed for another reason.
        case evaluation
    }

    /// What went wrong.
    public var kind: Kind
    /// A readable explanation.
    public var message: String
    /// The algebra operator (as SSE head, e.g. `"service"`) where it happened, when known.
    public var `operator`: String?
    /// The limit that was exceeded (seconds for a timeout, rows for a result limit).
    public var limit: Double?

    /// Creates an error.
    public init(_ kind: Kind, _ message: String, operator: String? = nil, limit: Double? = nil) {
        self.kind = kind
        self.message = message
        self.operator = `operator`
        self.limit = limit
    }

    /// A readable one-line message.
    public var description: String {
        var s = "\(kind): \(message)"
        if let op = `operator` { s += " (in \(op))" }
        return s
    }
}
