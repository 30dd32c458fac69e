import ArgumentParser
import CityKG
import RDFModel
import SPARQLEngine
import SPARQLResults
#if canImport(Glibc)
import Glibc
#endif

/// `citykg query`: runs a SPARQL query against the store and prints the results.
struct QueryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "query",
        abstract: "Run a SPARQL 1.1 query and print its results.",
        discussion: """
        Give the query as an argument or in a file with -f. Results are an aligned table on a terminal (wide \
        CJK characters count two columns), else SPARQL JSON (SELECT, ASK) or N-Triples (CONSTRUCT, \
        DESCRIBE). --format picks one: table, json, xml, csv, tsv for SELECT and ASK; ntriples, turtle, \
        jsonld (or table) for CONSTRUCT and DESCRIBE.

        Example: citykg query --db district.db 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }'
        """
    )

    @OptionGroup var store: StoreOptions

    @Option(help: "table, json, xml, csv, tsv, ntriples, turtle or jsonld.")
    var format: OutputFormat?

    @Flag(help: "Use the union of all graphs as the default graph (when the query has no FROM).")
    var unionDefaultGraph = false

    @Option(help: "Stop the query after this many seconds.")
    var timeout: Double?

    @Flag(help: "Print the query plan instead of the results.")
    var explain = false

    @Flag(help: "With --explain: run the query and show actual row counts.")
    var analyze = false

    @Option(help: "Base IRI for relative IRIs in the query.")
    var base: String?

    @Option(name: .customShort("f"), help: ArgumentHelp("Read the query from this file (- for standard input).", valueName: "file.rq"))
    var file: String?

    @Argument(help: "The query text (or use -f FILE.rq).")
    var text: String?

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
        case table, json, xml, csv, tsv, ntriples, turtle, jsonld
    }

    func validate() throws {
        if (text == nil) == (file == nil) { throw ValidationError("give the query as an argument or with -f FILE, not both") }
        if analyze && !explain { throw ValidationError("--analyze goes with --explain") }
    }

    func run() throws {
        let queryText = try requestText(argument: text, file: file)
        let kg = try KnowledgeGraph(path: store.db)
        var options = QueryOptions()
        options.unionDefaultGraph = unionDefaultGraph
        options.timeout = timeout
        do {
            if explain {
                print(try kg.explain(queryText, baseIRI: base, analyze: analyze, options: options))
                return
            }
            let results = try kg.query(queryText, baseIRI: base, options: options)
            try write(results)
        } catch {
            writeStandardError("error: \(error)\n")
            throw ExitCode(1)
        }
    }

    private func write(_ results: QueryResults) throws {
        let onTerminal = isatty(STDOUT_FILENO) != 0
        let sink = try OutputSink(path: nil)
        defer { sink.close() }
        var out = SinkStream(sink: sink)
        switch results {
        case .graph(let triples):
            switch format ?? (onTerminal ? .table : .ntriples) {
            case .table: out.write(TextTableWriter().render(results))
            case .turtle:
                var w = TurtleWriter()
                out.write(w.serialize(triples))
            case .jsonld:
                var w = JSONLDWriter()
                out.write(w.serialize(triples))
            case .ntriples:
                var w = NTriplesWriter()
                out.write(w.serialize(triples))
            case let f: throw ValidationError("--format \(f.rawValue) is for SELECT and ASK; a graph result takes ntriples, turtle, jsonld or table")
            }
        case .solutions, .stream, .boolean:
            let format = format ?? (onTerminal ? .table : .json)
            let resultsFormat: QueryResultsFormat
            switch format {
            case .table:
                let all = try results.materialized()
                out.write(TextTableWriter().render(all))
                sink.close()   // the table before the count, which goes to standard error
                if case .solutions(_, let rows) = all {
                    writeStandardError("\(rows.count) row\(rows.count == 1 ? "" : "s")\n")
                }
                return
            case .json: resultsFormat = .json
            case .xml: resultsFormat = .xml
            case .csv: resultsFormat = .csv
            case .tsv: resultsFormat = .tsv
            case let f: throw ValidationError("--format \(f.rawValue) is for CONSTRUCT and DESCRIBE; SELECT and ASK take table, json, xml, csv or tsv")
            }
            // Rows stream straight to the output; a failure midway (a timeout) ends the stream.
            results.write(as: resultsFormat, to: &out)
            if case .stream(_, let rows) = results, let failure = rows.failure { throw failure }
        }
    }
}

/// An output sink as a text stream.
struct SinkStream: TextOutputStream {
    let sink: OutputSink
    mutating func write(_ string: String) { sink.write(string) }
}

/// The text of a query or update: the argument, or the contents of `file` (`-` for standard input).
func requestText(argument: String?, file: String?) throws -> String {
    if let argument { return argument }
    guard let file else { throw ValidationError("no request given") }
    guard let fp = file == "-" ? fdopen(STDIN_FILENO, "rb") : fopen(file, "rb") else { throw ValidationError("cannot open \(file)") }
    defer { if file != "-" { fclose(fp) } }
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 65536)
    while true {
        let n = fread(&buffer, 1, buffer.count, fp)
        if n == 0 { break }
        bytes.append(contentsOf: buffer[..<n])
    }
    return String(decoding: bytes, as: UTF8.self)
}
