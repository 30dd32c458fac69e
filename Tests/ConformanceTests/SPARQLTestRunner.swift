import CityKG
import Foundation
import QuadStore
import RDFIO
import RDFModel
import SPARQLEngine
import SPARQLResults
import SPARQLSyntax
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs one W3C SPARQL evaluation test (query, result format or update) against a fresh
/// in-memory knowledge graph. `run` returns nil when the test passes, else why it failed.
struct SPARQLTestRunner {
    /// Seconds each query (or each WHERE clause of an update) may run.
    var timeout = 10.0

    func run(_ test: ManifestTest) -> String? {
        // The engine's timeout is cooperative; a test that never gets back to checking it is
        // abandoned on its thread after a grace period, so one hang cannot stall the suite.
        final class Outcome: @unchecked Sendable { var failure: String? }
        let outcome = Outcome()
        let done = DispatchSemaphore(value: 0)
        let thread = Thread { [self] in
            outcome.failure = runNow(test)
            done.signal()
        }
        thread.stackSize = 16 << 20   // deep recursion in paths and nested groups
        thread.start()
        if done.wait(timeout: .now() + timeout * 3) == .timedOut {
            return "no answer within \(Int(timeout * 3)) s: abandoned (the engine did not stop at its timeout)"
        }
        return outcome.failure
    }

    func runNow(_ test: ManifestTest) -> String? {
        do {
            if test.isType(MF.UpdateEvaluationTest.value) { return try runUpdate(test) }
            return try runQuery(test)
        } catch {
            return "\(error)"
        }
    }

    var options: QueryOptions {
        var o = QueryOptions()
        o.timeout = timeout
        return o
    }

    // MARK: - Query evaluation and result-format tests

    func runQuery(_ test: ManifestTest) throws -> String? {
        guard let queryTerm = test.actionValue(QT.query), let queryIRI = queryTerm.iriValue?.value,
              let queryPath = W3CTestSuites.filePath(of: queryTerm) else { return "test has no qt:query file" }
        let text = try readText(queryPath)
        let query: Query
        do {
            query = try SPARQLParser.parseQuery(text, baseIRI: queryIRI)
        } catch {
            return "parse error: \(error)"
        }
        let kg = KnowledgeGraph(store: .inMemory())
        var loaded = Set<String>()
        for data in test.actionValues(QT.data) { try load(kg, data, into: .defaultGraph) }
        for data in test.actionValues(QT.graphData) {
            let (file, name) = graphDataFile(test, data, fileProperty: IRI(QT.namespace + "graph"))
            guard let file, let name else { continue }
            try load(kg, file, into: .named(.iri(name)))
            loaded.insert(name)
        }
        // FROM and FROM NAMED name files of the suite: load each into the graph of that name.
        if let dataset = query.dataset {
            for iri in dataset.defaultGraphs + (dataset.namedGraphs ?? []) where !loaded.contains(iri.value) {
                loaded.insert(iri.value)
                guard iri.value.hasPrefix("file:"), access(W3CTestSuites.filePath(fromURL: iri.value), R_OK) == 0 else { continue }
                try load(kg, .iri(iri.value), into: .named(.iri(iri.value)))
            }
        }
        guard let resultTerm = test.result, let resultPath = W3CTestSuites.filePath(of: resultTerm) else { return "test has no mf:result file" }
        let actual: QueryResults
        do {
            actual = try QueryEngine(dataset: kg.dataset(), options: options).execute(query).materialized()
        } catch {
            return "evaluation failed: \(error)"
        }
        if test.isType(MF.CSVResultFormatTest.value) {
            // CSV keeps only strings; its parser guesses IRIs back, so both sides are reduced to strings.
            let expected = try QueryResults.parse(try readText(resultPath), format: .csv).csvProjection()
            return SPARQLResultComparison.difference(actual: actual.csvProjection(), expected: expected, mode: .init(orderKeys: orderKeys(query)))
        }
        let expected = try ExpectedResults.read(path: resultPath, iri: resultTerm.iriValue!.value)
        let lax = test.graph.object(test.node, MF.resultCardinality) == .iri(MF.LaxCardinality)
        let csv = resultPath.hasSuffix(".csv")
        return SPARQLResultComparison.difference(actual: csv ? actual.csvProjection() : actual, expected: csv ? expected.csvProjection() : expected,
                                                 mode: .init(orderKeys: orderKeys(query), lax: lax))
    }

    /// The ORDER BY keys of a query that are plain variables; nil when it has no ORDER BY
    /// (order free), empty when some key is an expression (tie groups cannot be told).
    func orderKeys(_ query: Query) -> [String]? {
        var p = query.pattern
        while true {
            switch p {
            case .project(let inner, _), .distinct(let inner), .reduced(let inner), .slice(let inner, _, _): p = inner
            case .extend(let inner, _, _): p = inner
            case .orderBy(_, let conditions):
                let names = conditions.compactMap { c -> String? in
                    if case .variable(let v) = c.expression { return v.name }
                    return nil
                }
                return names.count == conditions.count ? names : []
            default: return nil
            }
        }
    }

    // MARK: - Update evaluation tests

    func runUpdate(_ test: ManifestTest) throws -> String? {
        guard let requestTerm = test.actionValue(UT.request), let requestPath = W3CTestSuites.filePath(of: requestTerm) else {
            return "test has no ut:request file"
        }
        let kg = KnowledgeGraph(store: .inMemory())
        for data in test.actionValues(UT.data) { try load(kg, data, into: .defaultGraph) }
        for data in test.actionValues(UT.graphData) {
            let (file, name) = graphDataFile(test, data, fileProperty: UT.graph)
            guard let file, let name else { continue }
            try load(kg, file, into: .named(.iri(name)))
        }
        do {
            try kg.update(try readText(requestPath), baseIRI: requestTerm.iriValue!.value, options: options)
        } catch {
            return "update failed: \(error)"
        }
        var expected: [Quad] = []
        if let result = test.result {
            for data in test.graph.objects(result, UT.data) { expected += try parse(data, into: .defaultGraph) }
            for data in test.graph.objects(result, UT.graphData) {
                let (file, name) = graphDataFile(test, data, fileProperty: UT.graph)
                guard let file, let name else { continue }
                expected += try parse(file, into: .named(.iri(name)))
            }
        }
        let reader = kg.dataset()
        let actual = reader.quads(matching: EncodedQuadPattern(graph: .union)).compactMap(reader.decode)
        if Isomorphism.areIsomorphic(actual, expected) { return nil }
        return "store differs from the expected one:\n" + storeDiff(actual, expected)
    }

    func storeDiff(_ a: [Quad], _ e: [Quad], limit: Int = 8) -> String {
        func text(_ q: Quad) -> String {
            "\(q.subject.ntriples) \(q.predicate.ntriples) \(q.object.ntriples)" + (q.graph.term.map { " " + $0.ntriples } ?? "")
        }
        func blank(_ q: Quad) -> Bool { q.subject.isBlank || q.object.isBlank }
        let sa = Set(a), se = Set(e)
        var lines = ["  \(a.count) quads, expected \(e.count)"]
        lines += a.filter { !se.contains($0) && !blank($0) }.prefix(limit).map { "    + " + text($0) }
        lines += e.filter { !sa.contains($0) && !blank($0) }.prefix(limit).map { "    - " + text($0) }
        return lines.joined(separator: "\n")
    }

    // MARK: - Data

    /// The file and graph name of a `qt:graphData` / `ut:graphData` value: either a file IRI
    /// (named by itself) or a node with `ut:graph <file>` and `rdfs:label "name"`.
    func graphDataFile(_ test: ManifestTest, _ value: Term, fileProperty: IRI) -> (Term?, String?) {
        if value.isIRI { return (value, value.iriValue!.value) }
        let file = test.graph.object(value, fileProperty)
        return (file, test.graph.string(value, RDFS.label) ?? file?.iriValue?.value)
    }

    func load(_ kg: KnowledgeGraph, _ file: Term, into graph: GraphName) throws {
        guard let path = W3CTestSuites.filePath(of: file) else { throw HarnessError("not a file IRI: \(file.ntriples)") }
        guard let format = RDFFormat(fileName: path) else { throw HarnessError("unknown data format: \(path)") }
        _ = try kg.load(files: [path], format: format, graph: graph, baseIRI: file.iriValue!.value)
    }

    func parse(_ file: Term, into graph: GraphName) throws -> [Quad] {
        guard let path = W3CTestSuites.filePath(of: file), let format = RDFFormat(fileName: path) else {
            throw HarnessError("not a data file: \(file.ntriples)")
        }
        // One scope per file: a file that describes two graphs describes the same blank nodes
        // in both, as after ADD or COPY.
        let scope = "e" + String(UInt(bitPattern: path.hashValue), radix: 36) + "_"
        return try RDFParser(format: format, baseIRI: file.iriValue!.value, blankNodeScope: scope, defaultGraph: graph).quads(file: path)
    }
}
