import Foundation
import RDFModel
import SPARQLSyntax
import Testing

/// Runs every syntax test of the W3C SPARQL 1.0 and 1.1 suites; the floor is 100%.
@Suite struct W3CSyntaxSuiteTests {
    /// Tests not run, each with its reason. Empty: every syntax test passes.
    static let skipped: [String: String] = [:]

    /// The suites run: a label and the directory under `sparql/`.
    static let suites: [(label: String, directory: String)] = [
        ("SPARQL 1.0 syntax-sparql1", "sparql10/syntax-sparql1"),
        ("SPARQL 1.0 syntax-sparql2", "sparql10/syntax-sparql2"),
        ("SPARQL 1.0 syntax-sparql3", "sparql10/syntax-sparql3"),
        ("SPARQL 1.0 syntax-sparql4", "sparql10/syntax-sparql4"),
        ("SPARQL 1.0 syntax-sparql5", "sparql10/syntax-sparql5"),
        ("SPARQL 1.1 syntax-query", "sparql11/syntax-query"),
        ("SPARQL 1.1 syntax-update-1", "sparql11/syntax-update-1"),
        ("SPARQL 1.1 syntax-update-2", "sparql11/syntax-update-2"),
        ("SPARQL 1.1 aggregates", "sparql11/aggregates"),
        ("SPARQL 1.1 construct", "sparql11/construct"),
        ("SPARQL 1.1 grouping", "sparql11/grouping"),
        ("SPARQL 1.1 delete-insert", "sparql11/delete-insert"),
        ("SPARQL 1.1 syntax-fed", "sparql11/syntax-fed"),
    ]

    /// The outcome of one test: nil when it passed, else what went wrong.
    static func run(_ test: W3CSyntaxTest) -> String? {
        guard let text = try? String(contentsOfFile: test.path, encoding: .utf8) else {
            return "cannot read \(test.path)"
        }
        let base = "file://" + test.path
        do {
            if test.isUpdate {
                _ = try SPARQLParser.parseUpdate(text, baseIRI: base)
            } else {
                _ = try SPARQLParser.parseQuery(text, baseIRI: base)
            }
            return test.positive ? nil : "accepted a negative test"
        } catch {
            return test.positive ? "rejected: \(error)" : nil
        }
    }

    @Test("W3C SPARQL syntax tests", arguments: suites)
    func syntaxSuite(label: String, directory: String) throws {
        let tests = try W3CManifest.syntaxTests(in: W3CManifest.w3cRoot + "/sparql/" + directory)
        #expect(!tests.isEmpty, "no syntax tests found in \(directory)")
        var passed = 0
        var run = 0
        var failures: [String] = []
        for test in tests {
            if let reason = Self.skipped[test.iri] {
                print("skip \(test.iri): \(reason)")
                continue
            }
            run += 1
            if let failure = Self.run(test) {
                failures.append("\(test.iri): \(failure)")
            } else {
                passed += 1
            }
        }
        print("\(label): \(passed)/\(run) passed")
        for f in failures { print("  FAIL \(f)") }
        #expect(passed == run, "\(label): \(run - passed) of \(run) syntax tests failed")
    }

    /// The directories under `sparql/` whose evaluation tests name queries or updates.
    static var evaluationDirectories: [String] {
        let root = W3CManifest.w3cRoot + "/sparql/"
        var out: [String] = []
        for suite in ["sparql10", "sparql11"] {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: root + suite)) ?? []
            for name in names.sorted() where FileManager.default.fileExists(atPath: root + suite + "/" + name + "/manifest.ttl") {
                out.append(suite + "/" + name)
            }
        }
        return out
    }

    /// Every query and update the W3C evaluation tests run must parse as well: they are
    /// valid SPARQL too, and they exercise far more of the grammar than the syntax suites.
    @Test func evaluationRequestsParse() throws {
        var total = 0
        var failures: [String] = []
        for directory in Self.evaluationDirectories {
            for request in try W3CManifest.evaluationRequests(in: W3CManifest.w3cRoot + "/sparql/" + directory) {
                total += 1
                if let failure = Self.run(request) { failures.append("\(request.path): \(failure)") }
            }
        }
        print("W3C evaluation requests: \(total - failures.count)/\(total) parsed")
        for f in failures { print("  FAIL \(f)") }
        #expect(total > 500)
        #expect(failures.isEmpty)
    }
}
