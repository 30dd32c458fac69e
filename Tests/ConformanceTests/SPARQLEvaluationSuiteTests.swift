import Foundation
import Testing
import RDFModel

/// The W3C SPARQL evaluation suites run against the whole stack: data loaded through the
/// knowledge graph into an in-memory store, queries through the query engine, updates through
/// ``KnowledgeGraph/update(_:baseIRI:options:)``.
///
/// Each suite prints its pass count per category (manifest folder) and in total, for example
/// `SPARQL 1.1 query evaluation: 214/225 (95.1%)`, and the reason of each failure. Individual
/// failures are not test failures: the test fails when a suite's pass rate falls below the
/// project floor (``SPARQLEvaluationSuite/floor``). Percentages count every test of the suite
/// except those in the skip list (tests that cannot apply to us, each with its reason).
///
/// Set `CITYKG_SPARQL_FILTER` to a substring of test names or IRIs to run only those.
@Suite("W3C SPARQL evaluation suites")
struct SPARQLEvaluationSuiteTests {
    @Test(arguments: SPARQLEvaluationSuite.allCases)
    func suite(_ suite: SPARQLEvaluationSuite) throws {
        try #require(W3CTestSuites.isAvailable, "W3C suites not found at \(W3CTestSuites.root)")
        let filter = ProcessInfo.processInfo.environment["CITYKG_SPARQL_FILTER"]
        let runner = SPARQLTestRunner()
        var report: [String] = []
        var passed = 0, counted = 0, skipped = 0
        var seen = Set<String>()
        for category in suite.categories {
            let manifest = try Manifest(path: W3CTestSuites.path(suite.folder + "/" + category + "/manifest.ttl"))
            let tests = manifest.allTests.filter { t in suite.testTypes.contains { t.isType($0.value) } }
            var categoryPassed = 0, categoryCounted = 0
            for test in tests {
                let id = test.iri ?? test.name
                if let filter, !id.contains(filter), !test.name.contains(filter) { continue }
                seen.insert(shortID(test))
                if let reason = suite.skipList[shortID(test)] {
                    skipped += 1
                    report.append("  skip \(category)/\(test.name): \(reason)")
                    // Still run it, so that the list stays true.
                    if runner.run(test) == nil {
                        Issue.record("\(suite.title): \(shortID(test)) is in the skip list (\(reason)) but passes: remove it")
                    }
                    continue
                }
                categoryCounted += 1
                if let failure = runner.run(test) {
                    report.append("  FAIL \(category)/\(test.name) <\(shortID(test))>: " + failure.replacingOccurrences(of: "\n", with: "\n      "))
                } else {
                    categoryPassed += 1
                }
            }
            passed += categoryPassed
            counted += categoryCounted
            report.append("\(suite.title) / \(category): \(categoryPassed)/\(categoryCounted)")
        }
        if filter == nil {
            for id in suite.skipList.keys where !seen.contains(id) {
                Issue.record("\(suite.title): the skip list names \(id), which no manifest of the suite lists")
            }
        }
        let rate = counted == 0 ? 100.0 : 100.0 * Double(passed) / Double(counted)
        let summary = "\(suite.title): \(passed)/\(counted) (\(String(format: "%.1f", rate))%)" + (skipped > 0 ? ", \(skipped) skipped" : "")
        print((report + [summary]).joined(separator: "\n"))
        if filter == nil, let floor = suite.floor, rate < floor {
            Issue.record("\(summary) is below the project floor of \(String(format: "%.0f", floor))%")
        }
    }

    /// The test's IRI relative to the suite folder (`aggregates/manifest#agg01`), as the skip list names tests.
    private func shortID(_ test: ManifestTest) -> String {
        guard let iri = test.iri else { return test.name }
        let parts = iri.split(separator: "/")
        return parts.suffix(2).joined(separator: "/").replacingOccurrences(of: ".ttl#", with: "#")
    }
}

/// One W3C SPARQL evaluation suite: a folder of manifests, the test types it runs and its floor.
enum SPARQLEvaluationSuite: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case sparql10Query, sparql11Query, sparql11Results, sparql11Update

    var title: String {
        switch self {
        case .sparql10Query: "SPARQL 1.0 query evaluation"
        case .sparql11Query: "SPARQL 1.1 query evaluation"
        case .sparql11Results: "SPARQL 1.1 result formats"
        case .sparql11Update: "SPARQL 1.1 update evaluation"
        }
    }

    var testDescription: String { title }

    var folder: String {
        switch self {
        case .sparql10Query: "sparql/sparql10"
        default: "sparql/sparql11"
        }
    }

    /// The manifest folders, in the order the suite reports them.
    var categories: [String] {
        switch self {
        case .sparql10Query:
            ["algebra", "ask", "basic", "bnode-coreference", "boolean-effective-value", "bound", "cast", "construct", "dataset",
             "distinct", "expr-builtin", "expr-equals", "expr-ops", "graph", "i18n", "open-world", "optional", "optional-filter",
             "reduced", "regex", "solution-seq", "sort", "triple-match", "type-promotion"]
        case .sparql11Query:
            ["aggregates", "bind", "bindings", "cast", "construct", "exists", "functions", "grouping", "negation",
             "project-expression", "property-path", "subquery"]
        case .sparql11Results:
            ["csv-tsv-res", "json-res"]
        case .sparql11Update:
            ["add", "basic-update", "clear", "copy", "delete", "delete-data", "delete-insert", "delete-where", "drop", "move",
             "update-silent"]
        }
    }

    /// The test types run (syntax tests belong to the syntax suites).
    var testTypes: [IRI] {
        switch self {
        case .sparql10Query, .sparql11Query: [MF.QueryEvaluationTest]
        case .sparql11Results: [MF.QueryEvaluationTest, MF.CSVResultFormatTest]
        case .sparql11Update: [MF.UpdateEvaluationTest]
        }
    }

    /// The lowest pass rate (percent) the project accepts, or nil for none.
    var floor: Double? {
        switch self {
        case .sparql10Query, .sparql11Query: 95
        case .sparql11Results: nil
        case .sparql11Update: 90
        }
    }
}
