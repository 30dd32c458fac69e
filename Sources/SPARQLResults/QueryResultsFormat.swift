/// The four SPARQL 1.1 query result formats.
public enum QueryResultsFormat: Hashable, Sendable, CaseIterable {
    /// SPARQL 1.1 Query Results JSON (`application/sparql-results+json`, `.srj`).
    case json
    /// SPARQL Query Results XML (`application/sparql-results+xml`, `.srx`).
    case xml
    /// SPARQL 1.1 Query Results CSV (`text/csv`): plain strings, term kinds lost.
    case csv
    /// SPARQL 1.1 Query Results TSV (`text/tab-separated-values`): terms in Turtle/N-Triples syntax.
    case tsv

    /// The IANA media type.
    public var mediaType: String {
        switch self {
        case .json: "application/sparql-results+json"
        case .xml: "application/sparql-results+xml"
        case .csv: "text/csv; charset=utf-8"
        case .tsv: "text/tab-separated-values; charset=utf-8"
        }
    }

    /// The usual file extension, without the dot.
    public var fileExtension: String {
        switch self {
        case .json: "srj"
        case .xml: "srx"
        case .csv: "csv"
        case .tsv: "tsv"
        }
    }

    /// The format for a file extension (`srj`, `json`, `srx`, `xml`, `csv`, `tsv`), if any.
    public init?(fileExtension ext: String) {
        switch ext.lowercased() {
        case "srj", "json": self = .json
        case "srx", "xml": self = .xml
        case "csv": self = .csv
        case "tsv": self = .tsv
        default: return nil
        }
    }

    /// A fresh streaming writer for this format.
    public func makeWriter() -> any QueryResultsWriter {
        switch self {
        case .json: JSONResultsWriter()
        case .xml: XMLResultsWriter()
        case .csv: CSVResultsWriter()
        case .tsv: TSVResultsWriter()
        }
    }
}
