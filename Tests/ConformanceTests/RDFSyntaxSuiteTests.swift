import Testing
import RDFIO
import RDFModel

/// The W3C RDF 1.1 syntax suites (N-Triples, N-Quads, Turtle, TriG, RDF/XML) run against RDFIO.
///
/// - Positive syntax tests must parse without error; negative syntax tests must be rejected.
/// - Evaluation tests must give a graph (dataset for TriG) isomorphic to the expected N-Triples
///   (N-Quads) file, read with our own N-Triples (N-Quads) parser.
/// - Inputs are parsed with the base IRI `mf:assumedTestBase` + the file's path below the
///   manifest, as the suites require; N-Triples and N-Quads have no assumed base and no
///   relative IRIs, so they get their `file://` URL.
/// - Language tags: RDF 1.1 compares them case-insensitively, and `Literal(_:language:)`
///   lowercases every tag it is given, on both sides of the comparison (raptor lowercases them
///   too). The one mixed-case tag in the expected files, `@en-UK` in
///   `langtagged_LONG_with_subtag` (Turtle, TriG), therefore matches without any special case
///   in this harness.
///
/// A test listed in ``RDFSyntaxSuite/skipList`` is not run as a requirement; it is still run,
/// and if it starts passing the harness says so, so that the list stays true.
@Suite("W3C RDF 1.1 syntax suites")
struct RDFSyntaxSuiteTests {
    @Test(arguments: RDFSyntaxSuite.allCases)
    func suite(_ suite: RDFSyntaxSuite) throws {
        try #require(W3CTestSuites.isAvailable, "W3C suites not found at \(W3CTestSuites.root)")
        let manifest = try Manifest(path: W3CTestSuites.path(suite.folder + "/manifest.ttl"))
        let tests = manifest.allTests
        #expect(tests.count == suite.expectedCount, "\(suite.title): manifest lists \(tests.count) tests")

        var passed = 0
        var skipped = 0
        for test in tests {
            let outcome = suite.run(test)
            if let reason = suite.skipList[test.name] {
                skipped += 1
                if outcome == nil {
                    Issue.record("\(suite.title) \(test.name) is in the skip list (\(reason)) but passes: remove it")
                }
                continue
            }
            if let failure = outcome {
                Issue.record("\(suite.title) \(test.name) [\(test.type.map(shortName) ?? "?")]: \(failure)")
            } else {
                passed += 1
            }
        }
        for name in suite.skipList.keys where !tests.contains(where: { $0.name == name }) {
            Issue.record("\(suite.title): skip list names \(name), which is not in the manifest")
        }
        print("\(suite.title): \(passed)/\(tests.count) passed, \(skipped) skipped")
    }
}

private func shortName(_ iri: IRI) -> String {
    String(iri.value[iri.value.index(after: iri.value.lastIndex(where: { $0 == "#" || $0 == "/" })!)...])
}

/// One of the five RDF 1.1 syntax suites.
enum RDFSyntaxSuite: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case nTriples, nQuads, turtle, trig, rdfXML

    /// The suite's folder under the W3C root.
    var folder: String {
        switch self {
        case .nTriples: return "rdf/rdf11/rdf-n-triples"
        case .nQuads: return "rdf/rdf11/rdf-n-quads"
        case .turtle: return "rdf/rdf11/rdf-turtle"
        case .trig: return "rdf/rdf11/rdf-trig"
        case .rdfXML: return "rdf/rdf11/rdf-xml"
        }
    }

    /// The name printed with the pass counts.
    var title: String {
        switch self {
        case .nTriples: return "RDF 1.1 N-Triples"
        case .nQuads: return "RDF 1.1 N-Quads"
        case .turtle: return "RDF 1.1 Turtle"
        case .trig: return "RDF 1.1 TriG"
        case .rdfXML: return "RDF 1.1 RDF/XML"
        }
    }

    var testDescription: String { title }

    /// The number of tests in the manifest's entries (see the suites' README).
    var expectedCount: Int {
        switch self {
        case .nTriples: return 70
        case .nQuads: return 87
        case .turtle: return 313
        case .trig: return 356
        case .rdfXML: return 166
        }
    }

    /// The format of the inputs.
    var format: RDFFormat {
        switch self {
        case .nTriples: return .ntriples
        case .nQuads: return .nquads
        case .turtle: return .turtle
        case .trig: return .trig
        case .rdfXML: return .rdfxml
        }
    }

    /// The format of the expected results of evaluation tests.
    var resultFormat: RDFFormat { format.hasGraphs ? .nquads : .ntriples }

    /// Runs one test; nil when it passes, else what went wrong.
    func run(_ test: ManifestTest) -> String? {
        guard let action = test.action, let input = test.actionFile else { return "test has no mf:action file" }
        let parser = RDFParser(format: format, baseIRI: test.assumedBaseIRI(for: action))
        let kind = test.type.map(shortName) ?? ""
        if kind.hasSuffix("NegativeSyntax") {
            do {
                let quads = try parser.quads(file: input)
                return "accepted invalid input (\(quads.count) statements)"
            } catch {
                return nil
            }
        }
        let actual: [Quad]
        do {
            actual = try parser.quads(file: input)
        } catch {
            return "rejected valid input: \(error)"
        }
        if kind.hasSuffix("PositiveSyntax") { return nil }
        guard kind.hasSuffix("Eval") else { return "unknown test type \(kind)" }
        guard let result = test.result, let expectedFile = test.resultFile else { return "eval test has no mf:result file" }
        let expected: [Quad]
        do {
            expected = try RDFParser(format: resultFormat, baseIRI: test.assumedBaseIRI(for: result))
                .quads(file: expectedFile)
        } catch {
            return "cannot read the expected result: \(error)"
        }
        if Isomorphism.areIsomorphic(actual, expected) { return nil }
        return "result not isomorphic to \(expectedFile)\n" + difference(actual: actual, expected: expected)
    }

    /// The quads found only on one side, for the failure message (blank nodes compared by
    /// label, so only indicative when blank nodes are involved).
    private func difference(actual: [Quad], expected: [Quad]) -> String {
        let a = Set(actual.map(\.nquads))
        let e = Set(expected.map(\.nquads))
        func strip(_ lines: Set<String>) -> String {
            lines.sorted().prefix(10).map { "    " + $0 }.joined()
        }
        return "  missing:\n" + strip(e.subtracting(a)) + "  unexpected:\n" + strip(a.subtracting(e))
    }
}
