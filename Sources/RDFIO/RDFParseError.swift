/// A syntax or I/O error found while reading RDF, with where it happened.
public struct RDFParseError: Error, Sendable, CustomStringConvertible {
    /// The file (or `<input>`).
    public var file: String
    /// 1-based line, or nil when unknown.
    public var line: Int?
    /// 1-based column, or nil when unknown.
    public var column: Int?
    /// What was wrong.
    public var message: String

    /// Creates an error.
    public init(file: String, line: Int?, column: Int?, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    public var description: String {
        var place = file
        if let line { place += ":\(line)" }
        if let column { place += ":\(column)" }
        return "\(place): \(message)"
    }
}
