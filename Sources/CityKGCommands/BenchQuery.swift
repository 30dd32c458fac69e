import ArgumentParser
import CityKG
import Foundation
import RDFModel
import SPARQLEngine
import SPARQLResults

/// `citykg bench query`: the governance query set against pyoxigraph, on the same generated district.
///
/// ```
/// citykg bench query --persons 660000 --work /tmp/bench-660k --runs 5
/// ```
struct BenchQuery: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "query",
        abstract: "Run the benchmark queries (and their badly ordered twins) on CityKG and pyoxigraph, and compare.",
        discussion: """
        Generates the district and loads it into both stores unless --work already holds them (a
        marker file records each finished load). Each query runs once to warm up, then --runs times;
        a run is the whole query: parsing, evaluation and decoding every result term. Both engines
        must return the same rows (numeric literals compared by value, blank nodes without labels).
        Floors: no query slower than pyoxigraph, geometric-mean ratio at most 0.5, each NN-name.bad.rq
        within 2x of NN-name.rq. Exits non-zero when any answer differs.
        """
    )

    @Option(help: "Persons in the generated district (about 15 quads each: 660000 gives 10 M quads).")
    var persons = 660_000

    @Option(help: "Generator seed.")
    var seed: UInt64 = 42

    @Option(help: "Working folder for data and stores, reused when they are there (default /tmp/citykg-bench-query-<persons>-<seed>).")
    var work: String?

    @Option(help: "Timed runs of each query, after one warm-up run; the median is reported.")
    var runs = 5

    @Option(help: "The folder of NN-name.rq queries and their NN-name.bad.rq twins.")
    var queries = "Queries/bench"

    @Option(help: "Only the queries whose file name contains this text.")
    var only: String?

    @Option(help: "The peer's query script.")
    var peerScript = "Scripts/oxigraph_query.py"

    @Option(help: "The peer's load script.")
    var peerLoadScript = "Scripts/oxigraph_load.py"

    @Option(help: "Stop a CityKG query after this many seconds; it then counts as failed.")
    var timeout: Double = 300

    @Flag(help: "Regenerate the data and reload both stores even when --work holds them.")
    var fresh = false

    func validate() throws {
        guard runs >= 1 else { throw ValidationError("--runs must be at least 1") }
    }

    func run() throws {
        let dir = work ?? "/tmp/citykg-bench-query-\(persons)-\(seed)"
        if fresh { _ = try Subprocess.run(["rm", "-rf", dir]) }
        _ = try Subprocess.run(["mkdir", "-p", dir])
        let files = try prepareData(in: dir)
        let quads = try prepareStores(in: dir, files: files)

        let pairs = try queryPairs()
        print("\(pairs.count) queries from \(queries), \(runs) runs each after a warm-up")
        print("load average before the queries: \(loadAverage())")
        var ours: [String: Timing] = [:]
        var peer: [String: PeerQuery] = [:]
        do {
            let kg = try KnowledgeGraph(path: dir + "/citykg")
            // Each query runs on pyoxigraph right after CityKG, so that a change in the load of
            // the shared machine shifts both engines' figures for a query alike.
            for pair in pairs {
                let (good, bad) = try measure(kg, pair)
                ours[pair.good] = good
                ours[pair.bad] = bad
                writeStandardError("CityKG \(pair.good.lastPathComponent): \(decimal2(good.medianMS)) ms, bad form \(decimal2(bad.medianMS)) ms, \(good.answer.rows.count) rows\n")
                peer.merge(try runPeer(store: dir + "/oxigraph", files: [pair.good])) { _, new in new }
            }
        }
        print("load average after the queries: \(loadAverage())")
        let report = BenchQueryReport(pairs: pairs, ours: ours, peer: peer, quads: quads, persons: persons)
        print("")
        print(report.markdown)
        if !report.allEqual { throw ExitCode(1) }
    }

    // MARK: - Data and stores

    /// The district's N-Quads files in `dir`/data, generated when missing.
    private func prepareData(in dir: String) throws -> [String] {
        let data = dir + "/data"
        var files = listFiles(data, suffix: ".nq")
        if files.isEmpty {
            print("generating \(persons) persons (seed \(seed)) into \(data)")
            let gen = try Subprocess.run([Subprocess.currentExecutable, "generate", "--persons", String(persons), "--seed", String(seed), "--out", data])
            guard gen.status == 0 else { throw SubprocessError(command: ["citykg generate"], reason: "exit \(gen.status)") }
            files = listFiles(data, suffix: ".nq")
        } else {
            print("reusing the data in \(data)")
        }
        return files
    }

    /// Loads both stores unless their markers say they are loaded; returns CityKG's quad count.
    private func prepareStores(in dir: String, files: [String]) throws -> Int {
        let ours = try loadOnce(marker: dir + "/citykg.loaded", store: dir + "/citykg", name: "CityKG") {
            let out = try Subprocess.run([Subprocess.currentExecutable, "load", "--db", dir + "/citykg", "--quiet"] + files)
            guard out.status == 0 else { throw SubprocessError(command: ["citykg load"], reason: "exit \(out.status): \(out.output)") }
            // "loaded N statements from ..."
            return (Int(out.output.split(separator: " ").dropFirst().first ?? "") ?? 0, out.seconds)
        }
        let theirs = try loadOnce(marker: dir + "/oxigraph.loaded", store: dir + "/oxigraph", name: "pyoxigraph") {
            let out = try Subprocess.run(["python3", peerLoadScript, dir + "/oxigraph"] + files)
            guard out.status == 0 else { throw SubprocessError(command: ["python3", peerLoadScript], reason: "exit \(out.status): \(out.output)") }
            return (Int(out.output.trimmingCharacters(in: " \n")) ?? 0, out.seconds)
        }
        if ours != theirs { print("WARNING: quad counts differ: CityKG \(ours), pyoxigraph \(theirs)") }
        return ours
    }

    /// Runs `load` into a fresh `store` unless `marker` (holding the quad count) exists.
    private func loadOnce(marker: String, store: String, name: String, _ load: () throws -> (quads: Int, seconds: Double)) throws -> Int {
        if let text = try? String(contentsOfFile: marker, encoding: .utf8), let quads = Int(text.trimmingCharacters(in: " \n")) {
            print("reusing the \(name) store \(store) (\(quads) quads)")
            return quads
        }
        _ = try Subprocess.run(["rm", "-rf", store])
        let (quads, seconds) = try load()
        print("loaded \(quads) quads into \(name) in \(String(format1: seconds)) s")
        try "\(quads)\n".write(toFile: marker, atomically: true, encoding: .utf8)
        return quads
    }

    // MARK: - Queries

    /// Every NN-name.rq in the query folder with its NN-name.bad.rq twin.
    private func queryPairs() throws -> [QueryPair] {
        let pairs = listFiles(queries, suffix: ".rq")
            .filter { path in !path.hasSuffix(".bad.rq") && (only.map { path.lastPathComponent.contains($0) } ?? true) }
            .map { QueryPair(good: $0, bad: String($0.dropLast(3)) + ".bad.rq") }
        guard !pairs.isEmpty else { throw ValidationError("no queries in \(queries)") }
        for p in pairs where !FileManager.default.fileExists(atPath: p.bad) {
            throw ValidationError("\(p.good.lastPathComponent) has no badly ordered twin \(p.bad.lastPathComponent)")
        }
        return pairs
    }

    /// Runs a query and its twin: a warm-up run of each (whose answers are kept), then the timed
    /// runs alternating between the two, so that a burst of load on the shared machine hits both.
    private func measure(_ kg: KnowledgeGraph, _ pair: QueryPair) throws -> (good: Timing, bad: Timing) {
        let goodText = try String(contentsOfFile: pair.good, encoding: .utf8)
        let badText = try String(contentsOfFile: pair.bad, encoding: .utf8)
        var good = warmUp(kg, goodText), bad = warmUp(kg, badText)
        for _ in 0..<runs {
            // A form that failed its warm-up (an error, the timeout) is not run again.
            if good.failure == nil { good.runsMS.append(try runOnce(kg, goodText).ms) }
            if bad.failure == nil { bad.runsMS.append(try runOnce(kg, badText).ms) }
        }
        return (good, bad)
    }

    /// The warm-up run: its answer, or why it failed.
    private func warmUp(_ kg: KnowledgeGraph, _ text: String) -> Timing {
        do {
            return Timing(runsMS: [], answer: try runOnce(kg, text).answer)
        } catch {
            return Timing(runsMS: [], answer: Answer(variables: [], rows: []), failure: "\(error)")
        }
    }

    /// One run: parse, evaluate, and decode every term of every row.
    private func runOnce(_ kg: KnowledgeGraph, _ text: String) throws -> (ms: Double, answer: Answer) {
        let started = Clock.now
        var options = QueryOptions()
        options.timeout = timeout
        let results = try kg.query(text, options: options)
        let answer: Answer
        switch results {
        case .solutions(let variables, let rows):
            answer = Answer(variables: variables, rows: rows.map(Answer.row))
        case .stream(let variables, let rows):
            var decoded: [[String]] = []
            while let row = try rows.nextSolution() { decoded.append(Answer.row(row)) }
            answer = Answer(variables: variables, rows: decoded)
        case .boolean(let b):
            answer = Answer(variables: [], rows: [["boolean=\(b)"]])
        case .graph(let triples):
            answer = Answer(variables: [], rows: triples.map { ["triple=" + Answer.key($0.subject) + " " + Answer.key($0.predicate) + " " + Answer.key($0.object)] })
        }
        return ((Clock.now - started) * 1000, answer)
    }

    /// Runs the peer script over the good forms; its answers and median times by file path.
    private func runPeer(store: String, files: [String]) throws -> [String: PeerQuery] {
        let out = try Subprocess.run(["python3", peerScript, store, String(runs)] + files)
        guard out.status == 0 else { throw SubprocessError(command: ["python3", peerScript], reason: "exit \(out.status)") }
        let report = try JSONDecoder().decode(PeerReport.self, from: Data(out.output.utf8))
        var byName: [String: PeerQuery] = [:]
        for q in report.queries { byName[q.file] = q }
        var result: [String: PeerQuery] = [:]
        for f in files { result[f] = byName[f.lastPathComponent] }
        return result
    }
}

// MARK: - Answers

/// A query answer in comparable form: each row a sorted list of `var=key` strings, where the key
/// is the N-Triples term except that numeric literals become their value (pyoxigraph writes
/// "50000000.00"^^xsd:decimal as "50000000") and blank nodes lose their labels.
struct Answer {
    var variables: [String]
    var rows: [[String]]

    static func row(_ s: QuerySolution) -> [String] {
        s.bindings.map { "\($0.key)=\(key($0.value))" }.sorted()
    }

    static func key(_ t: Term) -> String {
        switch t {
        case .blank: return "_:"
        case .iri: return t.ntriples
        case .literal(let l):
            guard numericTypes.contains(l.datatype), let v = Double(l.lexical.trimmingCharacters(in: " ")) else { return t.ntriples }
            // Twelve significant digits: AVG over decimals may differ in the last digits of a long quotient.
            return "number:" + String(format: "%.12g", v)
        }
    }

    /// The peer's `var=term` binding, keyed like ours.
    static func peerBinding(_ text: String) -> String {
        guard let eq = text.firstIndex(of: "=") else { return text }
        let name = String(text[..<eq])
        let termText = String(text[text.index(after: eq)...])
        // The TSV results parser reads N-Triples terms; a one-cell document reuses it.
        guard case .solutions(_, let rows)? = try? QueryResults.parse("?\(name)\n\(termText)\n", format: .tsv),
              let term = rows.first?[name] else { return text }
        return "\(name)=\(key(term))"
    }

    static let numericTypes: Set<IRI> = [
        XSD.integer, XSD.decimal, XSD.double, XSD.float, XSD.long, XSD.int, XSD.short, XSD.byte,
        XSD.nonNegativeInteger, XSD.nonPositiveInteger, XSD.positiveInteger, XSD.negativeInteger,
        XSD.unsignedLong, XSD.unsignedInt, XSD.unsignedShort, XSD.unsignedByte,
    ]

    /// Equal as multisets of rows, or as lists when `ordered`.
    func matches(_ other: [[String]], ordered: Bool) -> Bool {
        let a = rows.map { $0.joined(separator: "\t") }, b = other.map { $0.joined(separator: "\t") }
        return ordered ? a == b : a.sorted() == b.sorted()
    }
}

/// A good form and its badly ordered twin.
struct QueryPair {
    var good: String
    var bad: String
}

/// CityKG's timed runs of one file and its warm-up answer.
struct Timing {
    var runsMS: [Double]
    var answer: Answer
    /// Why the warm-up run failed, if it did.
    var failure: String? = nil
    var medianMS: Double { runsMS.isEmpty ? .infinity : runsMS.sorted()[runsMS.count / 2] }
}

/// What Scripts/oxigraph_query.py prints.
struct PeerReport: Decodable {
    var engine: String
    var queries: [PeerQuery]
}

/// The peer's result for one file.
struct PeerQuery: Decodable {
    var file: String
    var median_ms: Double
    var ordered: Bool
    var rows: [[String]]
}

// MARK: - Report

/// The comparison table and the floors.
struct BenchQueryReport {
    let pairs: [QueryPair]
    let ours: [String: Timing]
    let peer: [String: PeerQuery]
    let quads: Int
    let persons: Int

    /// One table line's figures.
    struct Line {
        var name: String
        var ours: Double, peer: Double?, bad: Double
        var peerEqual: Bool, badEqual: Bool
        /// CityKG failed on a form (an error or the timeout).
        var failed: Bool
        var ratio: Double? { peer.map { ours / max($0, 0.001) } }
        var badRatio: Double { bad / max(ours, 0.001) }
    }

    var lines: [Line] {
        pairs.map { p in
            let good = ours[p.good]!, bad = ours[p.bad]!, theirs = peer[p.good]
            let ordered = theirs?.ordered ?? false
            let peerRows = theirs.map { $0.rows.map { $0.map(Answer.peerBinding).sorted() } }
            return Line(name: String(p.good.lastPathComponent.dropLast(3)), ours: good.medianMS, peer: theirs?.median_ms,
                        bad: bad.medianMS,
                        peerEqual: good.failure == nil && (peerRows.map { good.answer.matches($0, ordered: ordered) } ?? false),
                        badEqual: bad.failure == nil && bad.answer.matches(good.answer.rows, ordered: ordered),
                        failed: good.failure != nil || bad.failure != nil)
        }
    }

    var allEqual: Bool { lines.allSatisfy { $0.peerEqual && $0.badEqual } }

    var markdown: String {
        let lines = self.lines
        var out = "District: \(persons) persons, \(quads) quads.\n\n"
        out += "| query | rows | CityKG ms | pyoxigraph ms | ratio | bad-form ms | bad/good | results equal |\n"
        out += "|---|---:|---:|---:|---:|---:|---:|---|\n"
        for l in lines {
            let rows = ours[pairs.first { $0.good.lastPathComponent.hasPrefix(l.name + ".") }!.good]!.answer.rows.count
            let equal = l.failed ? "NO (CityKG failed)" : l.peerEqual && l.badEqual ? "yes"
                : "NO" + (l.peerEqual ? " (bad form differs)" : " (pyoxigraph differs)")
            out += "| \(l.name) | \(rows) | \(decimal2(l.ours)) | \(l.peer.map(decimal2) ?? "-") | \(l.ratio.map(decimal2) ?? "-") | \(decimal2(l.bad)) | \(decimal2(l.badRatio)) | \(equal) |\n"
        }
        let ratios = lines.compactMap(\.ratio)
        let geomean = ratios.isEmpty ? .nan : exp(ratios.map { log($0) }.reduce(0, +) / Double(ratios.count))
        let slowest = lines.filter { ($0.ratio ?? 0) > 1 }.map(\.name)
        let unordered = lines.filter { $0.failed || $0.badRatio > 2 }.map(\.name)
        out += "\nGeometric-mean ratio CityKG/pyoxigraph: \(decimal2(geomean))\n\n"
        out += "- no query slower than pyoxigraph: \(slowest.isEmpty ? "PASS" : "FAIL (\(slowest.joined(separator: ", ")))")\n"
        out += "- geometric-mean ratio <= 0.5: \(geomean <= 0.5 ? "PASS" : "FAIL")\n"
        out += "- each bad form within 2x of its twin: \(unordered.isEmpty ? "PASS" : "FAIL (\(unordered.joined(separator: ", ")))")\n"
        out += "- same results: \(allEqual ? "PASS" : "FAIL")\n"
        for p in pairs {
            for f in [p.good, p.bad] { if let why = ours[f]?.failure { out += "- CityKG failed on \(f.lastPathComponent): \(why)\n" } }
        }
        if quads < 10_000_000 { out += "- (the floors are defined on at least 10 M quads; this district has \(quads))\n" }
        return out
    }
}

/// The 1, 5 and 15 minute load averages of the machine (it is shared: teammates compile on it).
func loadAverage() -> String {
    (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8)).map { $0.split(separator: " ").prefix(3).joined(separator: " ") } ?? "unknown"
}

/// Two decimals.
func decimal2(_ x: Double) -> String {
    guard x.isFinite else { return "-" }
    return String(format: "%.2f", x)
}

extension String {
    /// The part after the last slash.
    var lastPathComponent: String { split(separator: "/").last.map(String.init) ?? self }
}
