/// A streaming writer of SELECT and ASK results: call ``writeHeader(variables:to:)``, then
/// ``writeSolution(_:to:)`` once per row, then ``writeFooter(to:)``; or ``writeBoolean(_:to:)``
/// alone for ASK. Output goes to any `TextOutputStream` (a `String`, a file or socket adapter),
/// so rows can be sent as they are produced.
///
/// ```swift
/// var out = ""
/// var w = JSONResultsWriter()
/// w.writeHeader(variables: ["x"], to: &out)
/// w.writeSolution(["x": .iri("http://example.org/a")], to: &out)
/// w.writeFooter(to: &out)
/// ```
public protocol QueryResultsWriter {
    /// Writes everything that precedes the first solution.
    mutating func writeHeader<Output: TextOutputStream>(variables: [String], to out: inout Output)
    /// Writes one solution.
    mutating func writeSolution<Output: TextOutputStream>(_ solution: QuerySolution, to out: inout Output)
    /// Writes everything that follows the last solution.
    mutating func writeFooter<Output: TextOutputStream>(to out: inout Output)
    /// Writes a complete ASK result.
    mutating func writeBoolean<Output: TextOutputStream>(_ value: Bool, to out: inout Output)
}
