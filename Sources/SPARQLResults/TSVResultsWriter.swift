import RDFModel

/// Writes SPARQL 1.1 Query Results TSV: a header of `?variables`, then one line per solution with
/// each term in Turtle/N-Triples syntax (numbers and booleans in short form), unbound as an empty
/// field, LF line ends. Tabs and newlines inside literals are escaped, so lines never break.
///
/// The format defines no ASK form; a boolean is written as a single `true` or `false` line.
public struct TSVResultsWriter: QueryResultsWriter {
    private var variables: [String] = []
    private let syntax = TermSyntax()

    /// Creates a writer.
    public init() {}

    /// Writes the head: the variable names.
    public mutating func writeHeader<Output: TextOutputStream>(variables: [String], to out: inout Output) {
        self.variables = variables
        out.write(variables.map { "?" + $0 }.joined(separator: "\t") + "\n")
    }

    /// Writes one solution.
    public mutating func writeSolution<Output: TextOutputStream>(_ solution: QuerySolution, to out: inout Output) {
        out.write(variables.map { solution[$0].map(syntax.string) ?? "" }.joined(separator: "\t") + "\n")
    }

    /// Finishes the document.
    public mutating func writeFooter<Output: TextOutputStream>(to out: inout Output) {}

    /// Writes a complete ASK result.
    public mutating func writeBoolean<Output: TextOutputStream>(_ value: Bool, to out: inout Output) {
        out.write("\(value)\n")
    }
}
