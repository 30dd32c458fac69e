import Foundation
import RDFIO
import RDFModel

/// One syntax test read from a W3C manifest.
struct W3CSyntaxTest: Sendable, CustomStringConvertible {
    /// The test's IRI.
    var iri: String
    /// The file to parse.
    var path: String
    /// True for positive tests (must parse), false for negative ones (must be rejected).
    var positive: Bool
    /// True when the file is an update request rather than a query.
    var isUpdate: Bool

    var description: String { iri }
}

/// Reads W3C SPARQL test manifests (Turtle) through raptor2.
enum W3CManifest {
    static let mf = "http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#"
    static let rdfType = Term.iri(RDF.type)

    /// The directory holding the W3C suites: `../shared/w3c` next to the repository root.
    static var w3cRoot: String {
        let here = URL(fileURLWithPath: #filePath)
        let repo = here.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return repo.deletingLastPathComponent().appendingPathComponent("shared/w3c").path
    }

    static let qt = "http://www.w3.org/2001/sw/DataAccess/tests/test-query#"
    static let ut = "http://www.w3.org/2009/sparql/tests/test-update#"

    /// A parsed manifest: its triples by subject and its entries in order.
    struct Parsed {
        var bySubject: [Term: [(Term, Term)]] = [:]
        var entries: [Term] = []

        func objects(_ s: Term, _ p: String) -> [Term] {
            (bySubject[s] ?? []).filter { $0.0 == .iri(p) }.map(\.1)
        }
    }

    /// Reads `directory/manifest.ttl` with its own file URL as base.
    static func parse(_ directory: String) throws -> Parsed {
        let path = directory + "/manifest.ttl"
        let quads = try RDFParser(format: .turtle, baseIRI: "file://" + path).quads(file: path)
        var m = Parsed()
        for q in quads { m.bySubject[q.subject, default: []].append((q.predicate, q.object)) }
        for manifest in quads where manifest.predicate == .iri(mf + "entries") {
            var node = manifest.object
            while node != .iri(RDF.nil) {
                guard let first = m.objects(node, RDF.first.value).first, let rest = m.objects(node, RDF.rest.value).first else { break }
                m.entries.append(first)
                node = rest
            }
        }
        return m
    }

    /// The query and update files of the evaluation tests in `directory/manifest.ttl`.
    static func evaluationRequests(in directory: String) throws -> [W3CSyntaxTest] {
        let m = try parse(directory)
        var out: [W3CSyntaxTest] = []
        for entry in m.entries {
            guard let action = m.objects(entry, mf + "action").first else { continue }
            let iri: String
            if case .iri(let i) = entry { iri = i.value } else { iri = directory }
            if case .iri(let q) = m.objects(action, qt + "query").first, let file = URL(string: q.value)?.path {
                out.append(W3CSyntaxTest(iri: iri, path: file, positive: true, isUpdate: false))
            } else if case .iri(let u) = m.objects(action, ut + "request").first, let file = URL(string: u.value)?.path {
                out.append(W3CSyntaxTest(iri: iri, path: file, positive: true, isUpdate: true))
            }
        }
        return out
    }

    /// The syntax tests listed in `directory/manifest.ttl` (other test types are left out).
    static func syntaxTests(in directory: String) throws -> [W3CSyntaxTest] {
        let m = try parse(directory)
        func objects(_ s: Term, _ p: String) -> [Term] { m.objects(s, p) }
        var tests: [W3CSyntaxTest] = []
        for entry in m.entries {
            guard case .iri(let type) = objects(entry, RDF.type.value).first else { continue }
            let kind = String(type.value.dropFirst(mf.count))
            let positive: Bool
            switch kind {
            case "PositiveSyntaxTest", "PositiveSyntaxTest11", "PositiveUpdateSyntaxTest11": positive = true
            case "NegativeSyntaxTest", "NegativeSyntaxTest11", "NegativeUpdateSyntaxTest11": positive = false
            default: continue
            }
            guard case .iri(let action) = objects(entry, mf + "action").first,
                  let file = URL(string: action.value)?.path else { continue }
            let iri: String
            if case .iri(let i) = entry { iri = i.value } else { iri = file }
            tests.append(W3CSyntaxTest(iri: iri, path: file, positive: positive,
                                       isUpdate: kind.contains("Update") || file.hasSuffix(".ru")))
        }
        return tests
    }
}
