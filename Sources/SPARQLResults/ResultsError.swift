/// The error raised when a result or graph document cannot be parsed.
public struct ResultsError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What kind of problem was found.
    public enum Reason: Hashable, Sendable {
        /// The document is not well-formed in its syntax (JSON, XML, CSV, TSV).
        case malformed
        /// The document is well-formed but not a SPARQL result (missing `head`, unknown term type…).
        case unexpectedStructure
        /// A term could not be read (bad IRI, literal or blank node syntax).
        case invalidTerm
    }

    /// The format being read.
    public var format: QueryResultsFormat
    /// What went wrong.
    public var reason: Reason
    /// The 1-based line of the problem, when known.
    public var line: Int?
    /// Human-readable detail.
    public var detail: String

    /// Creates an error.
    public init(_ format: QueryResultsFormat, _ reason: Reason, line: Int? = nil, _ detail: String) {
        self.format = format
        self.reason = reason
        self.line = line
        self.detail = detail
    }

    /// A one-line message.
    public var description: String {
        "\(format) results\(line.map { " line \($0)" } ?? ""): \(reason): \(detail)"
    }
}
