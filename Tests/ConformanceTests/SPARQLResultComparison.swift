import RDFIO
import RDFModel
import SPARQLResults
import SPARQLSyntax
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Compares query results the way the W3C SPARQL suites require.
///
/// - SELECT: multisets of solutions, blank nodes matched by one consistent bijection over all
///   rows; literals compared as RDF terms (lexical form kept). With ORDER BY, rows must come in
///   order, except that rows tying on the (projected) sort variables may be permuted.
/// - ASK: the boolean. CONSTRUCT and DESCRIBE: graph isomorphism.
/// - REDUCED tests (`mf:LaxCardinality`): solutions compared as sets.
enum SPARQLResultComparison {
    /// How SELECT rows are compared.
    struct Mode {
        /// Variables whose values order the rows (ORDER BY keys that are plain variables), or
        /// nil when order does not matter.
        var orderKeys: [String]?
        /// Compare as sets, not multisets.
        var lax = false
    }

    /// nil when the results agree, else why not.
    static func difference(actual: QueryResults, expected: QueryResults, mode: Mode) -> String? {
        switch (actual, expected) {
        case (.boolean(let a), .boolean(let e)):
            return a == e ? nil : "ASK gave \(a), expected \(e)"
        case (.graph(let a), .graph(let e)):
            return Isomorphism.areIsomorphic(a, e) ? nil : "graph not isomorphic: got \(a.count) triples, expected \(e.count)\n" + graphDiff(a, e)
        case (.solutions(_, var a), .solutions(_, var e)):
            if mode.lax {
                a = unique(a)
                e = unique(e)
            }
            guard a.count == e.count else {
                return "got \(a.count) rows, expected \(e.count)\n" + rowsDiff(a, e)
            }
            // Rows of one tie group (equal sort keys in the expected order) keep their group index.
            var groupA = Array(repeating: 0, count: a.count), groupE = groupA
            if let keys = mode.orderKeys, !keys.isEmpty {
                var g = 0
                for i in e.indices {
                    if i > 0 && keys.contains(where: { e[i][$0] != e[i - 1][$0] }) { g += 1 }
                    groupE[i] = g
                    groupA[i] = g
                }
                // Blank-node keys cannot be told apart by value; fall back to unordered then.
                if keys.contains(where: { k in e.contains { $0[k]?.isBlank == true } }) {
                    groupA = Array(repeating: 0, count: a.count)
                    groupE = groupA
                }
            }
            if match(a, groupA, e, groupE) { return nil }
            // Say when only the lexical forms of numbers differ: the expected files are not
            // always canonical, and that is a different kind of failure from a wrong answer.
            let byValue = match(a.map(numbersByValue), groupA, e.map(numbersByValue), groupE)
            return (byValue ? "numeric lexical forms differ (rows equal by value)" : "rows differ") + (mode.orderKeys != nil ? " (or their order)" : "")
                + "\n" + rowsDiff(a, e)
        default:
            return "result kinds differ: got \(kind(actual)), expected \(kind(expected))"
        }
    }

    // MARK: - Solution multisets under a blank-node bijection

    /// True when the rows pair up one to one, within equal groups, under one blank-node bijection.
    static func match(_ a: [QuerySolution], _ ga: [Int], _ e: [QuerySolution], _ ge: [Int]) -> Bool {
        // Rows without blank nodes must match exactly (as multisets per group).
        func key(_ r: QuerySolution, _ g: Int) -> String {
            var s = "\(g)|"
            for k in r.bindings.keys.sorted() {
                let t = r.bindings[k]!
                s += k + "=" + (t.isBlank ? "_" : t.ntriples) + ";"
            }
            return s
        }
        var counts: [String: Int] = [:]
        for i in a.indices { counts[key(a[i], ga[i]), default: 0] += 1 }
        for i in e.indices { counts[key(e[i], ge[i]), default: 0] -= 1 }
        guard counts.values.allSatisfy({ $0 == 0 }) else { return false }
        let blankA = a.indices.filter { a[$0].bindings.values.contains(where: \.isBlank) }
        let blankE = e.indices.filter { e[$0].bindings.values.contains(where: \.isBlank) }
        guard !blankA.isEmpty || !blankE.isEmpty else { return true }
        // Backtracking over the rows with blank nodes, extending one bijection.
        var used = Set<Int>()
        var forward: [BlankNode: BlankNode] = [:], backward: [BlankNode: BlankNode] = [:]
        var steps = 0
        func rowMatches(_ x: QuerySolution, _ y: QuerySolution, _ fw: inout [BlankNode: BlankNode], _ bw: inout [BlankNode: BlankNode]) -> Bool {
            guard x.bindings.count == y.bindings.count else { return false }
            for (k, tx) in x.bindings {
                guard let ty = y.bindings[k] else { return false }
                switch (tx, ty) {
                case (.blank(let bx), .blank(let by)):
                    if let m = fw[bx] { if m != by { return false } } else if bw[by] != nil { return false } else {
                        fw[bx] = by
                        bw[by] = bx
                    }
                default:
                    if tx != ty { return false }
                }
            }
            return true
        }
        func solve(_ i: Int) -> Bool {
            if i == blankA.count { return true }
            steps += 1
            if steps > 200_000 { return false }
            let x = a[blankA[i]], gx = ga[blankA[i]]
            for j in blankE where !used.contains(j) && ge[j] == gx {
                var fw = forward, bw = backward
                guard rowMatches(x, e[j], &fw, &bw) else { continue }
                let saved = (forward, backward)
                forward = fw
                backward = bw
                used.insert(j)
                if solve(i + 1) { return true }
                used.remove(j)
                (forward, backward) = saved
            }
            return false
        }
        return blankA.count == blankE.count && solve(0)
    }

    static let numericTypes: Set<String> = Set(["integer", "decimal", "float", "double", "int", "long", "short", "byte", "nonNegativeInteger",
                                                 "nonPositiveInteger", "negativeInteger", "positiveInteger", "unsignedInt", "unsignedLong",
                                                 "unsignedShort", "unsignedByte"].map { XSD.namespace + $0 })

    /// The row with every numeric literal replaced by a canonical spelling of its value.
    static func numbersByValue(_ row: QuerySolution) -> QuerySolution {
        QuerySolution(row.bindings.mapValues { t in
            guard let l = t.literal, numericTypes.contains(l.datatype.value), let v = Double(l.lexical) else { return t }
            return .literal(Literal(String(v), datatype: l.datatype))
        })
    }

    static func unique(_ rows: [QuerySolution]) -> [QuerySolution] {
        var seen = Set<QuerySolution>()
        return rows.filter { seen.insert($0).inserted }
    }

    // MARK: - Messages

    static func kind(_ r: QueryResults) -> String {
        switch r {
        case .solutions: "solutions"
        case .stream: "solution stream"
        case .boolean: "boolean"
        case .graph: "graph"
        }
    }

    static func rowText(_ r: QuerySolution) -> String {
        "{" + r.bindings.keys.sorted().map { "\($0)=\(r.bindings[$0]!.ntriples)" }.joined(separator: " ") + "}"
    }

    static func rowsDiff(_ a: [QuerySolution], _ e: [QuerySolution], limit: Int = 6) -> String {
        let got = a.prefix(limit).map { "    + " + rowText($0) }
        let want = e.prefix(limit).map { "    - " + rowText($0) }
        return "  got:\n" + got.joined(separator: "\n") + (a.count > limit ? "\n    ..." : "") +
            "\n  expected:\n" + want.joined(separator: "\n") + (e.count > limit ? "\n    ..." : "")
    }

    static func graphDiff(_ a: [Triple], _ e: [Triple], limit: Int = 6) -> String {
        let sa = Set(a), se = Set(e)
        let extra = a.filter { !se.contains($0) && !$0.hasBlank }.prefix(limit).map { "    + \($0.subject.ntriples) \($0.predicate.ntriples) \($0.object.ntriples)" }
        let missing = e.filter { !sa.contains($0) && !$0.hasBlank }.prefix(limit).map { "    - \($0.subject.ntriples) \($0.predicate.ntriples) \($0.object.ntriples)" }
        return (extra + missing).joined(separator: "\n")
    }
}

extension Triple {
    var hasBlank: Bool { subject.isBlank || object.isBlank }
}

// MARK: - Expected results

/// Reads an expected result file of the SPARQL suites: `.srx`, `.srj`, `.tsv`, `.csv`, or a
/// Turtle / RDF/XML file holding either an `rs:ResultSet` or a plain graph.
enum ExpectedResults {
    static let rs = "http://www.w3.org/2001/sw/DataAccess/tests/result-set#"

    static func read(path: String, iri: String) throws -> QueryResults {
        let ext = String(path[path.index(after: path.lastIndex(of: ".") ?? path.startIndex)...]).lowercased()
        if let format = QueryResultsFormat(fileExtension: ext) {
            return try QueryResults.parse(try readText(path), format: format)
        }
        guard let format = RDFFormat(fileName: path) else { throw HarnessError("unknown result format: \(path)") }
        let triples = try RDFParser(format: format, baseIRI: iri, blankNodeScope: "expected_").quads(file: path).map(\.triple)
        let graph = ManifestGraph(triples)
        guard let set = graph.subjects(RDF.type, .iri(rs + "ResultSet")).first else { return .graph(triples) }
        if let b = graph.object(set, IRI(rs + "boolean"))?.literal {
            return .boolean(b.lexical == "true" || b.lexical == "1")
        }
        let variables = graph.objects(set, IRI(rs + "resultVariable")).compactMap { $0.literal?.lexical }
        var indexed: [(Int, QuerySolution)] = []
        for (n, solution) in graph.objects(set, IRI(rs + "solution")).enumerated() {
            var row = QuerySolution()
            for binding in graph.objects(solution, IRI(rs + "binding")) {
                guard let name = graph.object(binding, IRI(rs + "variable"))?.literal?.lexical,
                      let value = graph.object(binding, IRI(rs + "value")) else { continue }
                row[name] = value
            }
            let index = graph.object(solution, IRI(rs + "index"))?.literal.flatMap { Int($0.lexical) } ?? n
            indexed.append((index, row))
        }
        return .solutions(variables: variables, rows: indexed.sorted { $0.0 < $1.0 }.map(\.1))
    }
}

/// A failure of the harness itself (unreadable files and the like).
struct HarnessError: Error, CustomStringConvertible {
    let description: String
    init(_ d: String) { description = d }
}

/// The bytes of a file as UTF-8 text.
func readText(_ path: String) throws -> String {
    guard let fp = fopen(path, "rb") else { throw HarnessError("cannot open \(path)") }
    defer { fclose(fp) }
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 65536)
    while true {
        let n = fread(&buffer, 1, buffer.count, fp)
        if n == 0 { break }
        bytes.append(contentsOf: buffer[..<n])
    }
    return String(decoding: bytes, as: UTF8.self)
}
