import ArgumentParser
import CityKG
import RDFIO
import RDFModel
#if canImport(Glibc)
import Glibc
#endif

/// `citykg load`: atomically loads RDF files into the store.
struct Load: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Load RDF files (Turtle, N-Triples, N-Quads, TriG, RDF/XML) in one atomic step.",
        discussion: """
        The format comes from each file's extension (.ttl .nt .nq .trig .rdf/.owl) unless --format is given.
        Triples go to --graph (or the default graph); quads keep their graph. On any error nothing is loaded,
        and the error names the file, line and column.
        """
    )

    @OptionGroup var store: StoreOptions

    @Option(help: "Put triples into this named graph (an IRI) instead of the default graph.")
    var graph: String?

    @Option(help: "The format of all files: ntriples, nquads, turtle, trig, rdfxml.")
    var format: String?

    @Option(help: "Base IRI for relative IRIs (default: each file's file:// URL).")
    var base: String?

    @Flag(help: "No progress display.")
    var quiet = false

    @Flag(help: "Also print the time of each phase (parse and encode, sort and write, ingest).")
    var verbose = false

    @Argument(help: "The files to load.")
    var files: [String]

    func run() throws {
        var fmt: RDFFormat? = nil
        if let format {
            guard let f = RDFFormat(name: format) else { throw ValidationError("unknown format '\(format)'") }
            fmt = f
        }
        let kg = try KnowledgeGraph(path: store.db)
        let target: GraphName = graph.map { .named(.iri($0)) } ?? .defaultGraph
        let reporter = ProgressReporter(enabled: !quiet)
        let started = Clock.now
        do {
            let report = try kg.load(files: files, format: fmt, graph: target, baseIRI: base) { p in
                reporter.update(bytes: p.bytesRead, total: p.bytesTotal, quads: p.quadsRead)
            }
            reporter.finish()
            let seconds = Clock.seconds(since: started)
            let rate = seconds > 0 ? Int(Double(report.quadsRead) / seconds) : 0
            print("loaded \(report.quadsRead) statements from \(files.count) file(s): \(report.quadsAdded) new quads, \(report.termsAdded) new terms in \(Clock.format(seconds)) (\(rate) quads/s)")
            if verbose {
                let p = report.phases
                print("phases: parse+encode \(Clock.format(p.read)), sort+write \(Clock.format(p.sort)), ingest \(Clock.format(p.ingest))")
            }
        } catch {
            reporter.finish()
            writeStandardError("error: \(error)\nnothing was loaded; the store is unchanged.\n")
            throw ExitCode(1)
        }
    }
}
