import ArgumentParser
import CityKG
import QuadStore
import RDFModel
#if canImport(Glibc)
import Glibc
#endif

/// `citykg dump`: writes the store (or one graph) as RDF.
struct Dump: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Write the store, or one graph, as N-Quads, N-Triples or Turtle.")

    @OptionGroup var store: StoreOptions

    @Option(help: "Only this named graph (an IRI), or 'default' for the default graph.")
    var graph: String?

    @Option(help: "nquads (default), ntriples or turtle. N-Triples and Turtle need a single graph (--graph).")
    var format: String = "nquads"

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String?

    func run() throws {
        let kg = try KnowledgeGraph(path: store.db)
        let reader = kg.dataset()
        let selector: GraphSelector
        switch graph {
        case nil: selector = .union
        case "default": selector = .defaultGraph
        case let iri?: selector = reader.selector(for: .named(.iri(iri)))
        }
        let writeGraphNames: Bool
        switch format {
        case "nquads", "nq": writeGraphNames = true
        case "ntriples", "nt", "turtle", "ttl":
            guard graph != nil else { throw ValidationError("--format \(format) writes one graph: give --graph IRI (or --graph default)") }
            writeGraphNames = false
        default: throw ValidationError("unknown format '\(format)' (nquads, ntriples, turtle)")
        }
        let sink = try OutputSink(path: output)
        let decoder = CachingDecoder(reader: reader)
        if format == "turtle" || format == "ttl" {
            var writer = TurtleDumpWriter(sink: sink)
            for q in reader.quads(matching: EncodedQuadPattern(graph: selector)) {
                guard let s = decoder.term(q.subject), let p = decoder.term(q.predicate), let o = decoder.term(q.object) else { continue }
                writer.write(s, p, o)
            }
            writer.finish()
        } else {
            var line = ""
            for q in reader.quads(matching: EncodedQuadPattern(graph: selector)) {
                guard let s = decoder.term(q.subject), let p = decoder.term(q.predicate), let o = decoder.term(q.object) else { continue }
                line.removeAll(keepingCapacity: true)
                var g: GraphName = .defaultGraph
                if writeGraphNames, let gid = q.graph, let gt = decoder.term(gid) { g = .named(gt) }
                Quad(s, p, o, g).writeNQuads(to: &line)
                sink.write(line)
            }
        }
        sink.close()
    }
}

/// Decodes ids with a bounded cache (predicates, classes and graphs repeat on every line).
final class CachingDecoder {
    let reader: QuadStoreReader
    private var cache: [TermID: Term] = [:]
    init(reader: QuadStoreReader) { self.reader = reader }

    func term(_ id: TermID) -> Term? {
        if let t = cache[id] { return t }
        guard let t = reader.term(for: id) else { return nil }
        if cache.count > 200_000 { cache.removeAll(keepingCapacity: true) }
        cache[id] = t
        return t
    }
}

/// Buffered output to standard output or a file.
final class OutputSink {
    private let file: UnsafeMutablePointer<FILE>
    private let owned: Bool

    init(path: String?) throws {
        if let path {
            guard let f = fopen(path, "wb") else { throw ValidationError("cannot write \(path): \(String(cString: strerror(errno)))") }
            file = f
            owned = true
        } else {
            file = fdopen(STDOUT_FILENO, "w")
            owned = false
        }
        setvbuf(file, nil, _IOFBF, 1 << 20)
    }

    func write(_ s: String) {
        var s = s
        s.withUTF8 { buf in _ = fwrite(buf.baseAddress, 1, buf.count, file) }
    }

    func close() {
        fflush(file)
        if owned { fclose(file) }
    }
}

/// A streaming Turtle writer for dumps: prefixes for the CityKG namespaces, and `;` between
/// consecutive triples of one subject (dumps come out grouped by subject).
struct TurtleDumpWriter {
    let sink: OutputSink
    private var subject: Term?
    private var out = ""
    static let prefixes: [(String, String)] = [
        ("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"),
        ("rdfs", "http://www.w3.org/2000/01/rdf-schema#"),
        ("xsd", "http://www.w3.org/2001/XMLSchema#"),
        ("owl", "http://www.w3.org/2002/07/owl#"),
        ("ck", "https://citykg.example/ontology#"),
    ]

    init(sink: OutputSink) {
        self.sink = sink
        for (p, ns) in Self.prefixes { sink.write("@prefix \(p): <\(ns)> .\n") }
        sink.write("\n")
    }

    mutating func write(_ s: Term, _ p: Term, _ o: Term) {
        out.removeAll(keepingCapacity: true)
        if s == subject {
            out += " ;\n    "
        } else {
            if subject != nil { out += " .\n" }
            out += Self.abbreviate(s) + " "
            subject = s
        }
        out += (p == .iri(RDF.type) ? "a" : Self.abbreviate(p)) + " " + Self.abbreviate(o)
        sink.write(out)
    }

    mutating func finish() {
        if subject != nil { sink.write(" .\n") }
    }

    static func abbreviate(_ t: Term) -> String {
        switch t {
        case .iri(let iri):
            for (p, ns) in prefixes where iri.value.hasPrefix(ns) {
                let local = iri.value.dropFirst(ns.count)
                if !local.isEmpty, local.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }), local.first!.isLetter {
                    return "\(p):\(local)"
                }
            }
            return t.ntriples
        case .literal(let l) where l.language == nil && l.datatype != XSD.string:
            // Keep the exact lexical form; only shorten the datatype.
            var s = "\"" + String(Term.literal(Literal(l.lexical)).ntriples.dropFirst().dropLast()) + "\"^^"
            s += abbreviate(.iri(l.datatype))
            return s
        default:
            return t.ntriples
        }
    }
}
