import RDFModel

/// The result of a SPARQL query: a table of solutions (SELECT), a boolean (ASK) or a graph
/// (CONSTRUCT and DESCRIBE).
///
/// ```swift
/// let results = QueryResults.solutions(variables: ["x"], rows: [["x": .iri("http://example.org/a")]])
/// print(results.serialized(as: .json))
/// ```
public enum QueryResults: Hashable, Sendable {
    /// A SELECT result: the projected variables in order, and the rows.
    case solutions(variables: [String], rows: [QuerySolution])
    /// A SELECT result whose rows are produced lazily, as the engine evaluates them
    /// (see ``QuerySolutionStream``; ``materialized()`` turns it into ``solutions(variables:rows:)``).
    case stream(variables: [String], rows: QuerySolutionStream)
    /// An ASK result.
    case boolean(Bool)
    /// A CONSTRUCT or DESCRIBE result.
    case graph([Triple])

    /// The result written in a SPARQL result format (graphs as N-Triples, see ``write(as:to:)``).
    public func serialized(as format: QueryResultsFormat) -> String {
        var out = ""
        write(as: format, to: &out)
        return out
    }

    /// Writes the result in a SPARQL result format. A graph cannot be written in a result
    /// format, so it is written as N-Triples whatever `format` says; use the graph writers
    /// for graphs (``NTriplesWriter``, ``TurtleWriter``, ``JSONLDWriter``).
    public func write<Output: TextOutputStream>(as format: QueryResultsFormat, to out: inout Output) {
        var writer = format.makeWriter()
        switch self {
        case .solutions(let variables, let rows):
            writer.writeHeader(variables: variables, to: &out)
            for row in rows { writer.writeSolution(row, to: &out) }
            writer.writeFooter(to: &out)
        case .stream(let variables, let rows):
            writer.writeHeader(variables: variables, to: &out)
            for row in rows { writer.writeSolution(row, to: &out) }
            writer.writeFooter(to: &out)
        case .boolean(let b):
            writer.writeBoolean(b, to: &out)
        case .graph(let triples):
            var nt = NTriplesWriter()
            nt.writeStart(prefixes: [:], to: &out)
            for t in triples { nt.writeTriple(t, to: &out) }
            nt.writeEnd(to: &out)
        }
    }

    /// Parses a result document in a SPARQL result format.
    public static func parse(_ text: String, format: QueryResultsFormat) throws(ResultsError) -> QueryResults {
        switch format {
        case .json: try JSONResultsParser.parse(text)
        case .xml: try XMLResultsParser.parse(text)
        case .csv: try CSVResultsParser.parse(text)
        case .tsv: try TSVResultsParser.parse(text)
        }
    }
}
