import RDFModel

/// Writes SPARQL 1.1 Query Results CSV: a header of variable names, then one line per solution
/// with IRIs and literals as plain strings, blank nodes as `_:label`, unbound as an empty field,
/// CRLF line ends and RFC 4180 quoting. Datatypes and language tags are lost by design.
///
/// The format defines no ASK form; a boolean is written as a single `true` or `false` line.
public struct CSVResultsWriter: QueryResultsWriter {
    private var variables: [String] = []

    /// Creates a writer.
    public init() {}

    /// Writes the head: the variable names.
    public mutating func writeHeader<Output: TextOutputStream>(variables: [String], to out: inout Output) {
        self.variables = variables
        out.write(variables.map(Self.field).joined(separator: ",") + "\r\n")
    }

    /// Writes one solution.
    public mutating func writeSolution<Output: TextOutputStream>(_ solution: QuerySolution, to out: inout Output) {
        out.write(variables.map { solution[$0].map(Self.plainString).map(Self.field) ?? "" }.joined(separator: ",") + "\r\n")
    }

    /// Finishes the document.
    public mutating func writeFooter<Output: TextOutputStream>(to out: inout Output) {}

    /// Writes a complete ASK result.
    public mutating func writeBoolean<Output: TextOutputStream>(_ value: Bool, to out: inout Output) {
        out.write("\(value)\r\n")
    }

    /// The CSV string of a term.
    public static func plainString(_ term: Term) -> String {
        switch term {
        case .iri(let i): i.value
        case .blank(let b): "_:" + b.label
        case .literal(let l): l.lexical
        }
    }

    static func field(_ s: String) -> String {
        guard s.utf8.contains(where: { $0 == 0x22 || $0 == 0x2C || $0 == 0x0A || $0 == 0x0D }) else { return s }
        return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
