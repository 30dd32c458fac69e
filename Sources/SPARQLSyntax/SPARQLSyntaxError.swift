/// The one error the SPARQL parser throws: where the text stopped making sense and why.
///
/// `description` reads like `expected '}' or '.' after triple pattern at 3:17`.
public struct SPARQLSyntaxError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What was expected or which rule was broken.
    public var message: String
    /// The 1-based line.
    public var line: Int
    /// The 1-based column, in Unicode scalars.
    public var column: Int
    /// The offset in UTF-8 bytes from the start of the text.
    public var offset: Int

    /// Creates an error.
    public init(message: String, line: Int, column: Int, offset: Int) {
        self.message = message
        self.line = line
        self.column = column
        self.offset = offset
    }

    /// The message followed by ` at line:column`.
    public var description: String { "\(message) at \(line):\(column)" }
}
