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

    /// The syntax tests listed in `directory/manifest.ttl` (other test types are left out).
    static func syntaxTests(in directory: String) throws -> [W3CSyntaxTest] {
        let path = directory + "/manifest.ttl"
        let base = "file://" + path
        let quads = try RDFParser(format: .turtle, baseIRI: base).quads(file: path)
        var bySubject: [Term: [(Term, Term)]] = [:]
        for q in quads { bySubject[q.subject, default: []].append((q.predicate, q.object)) }
        func objects(_ s: Term, _ p: String) -> [Term] {
            (bySubject[s] ?? []).filter { $0.0 == .iri(p) }.map(\.1)
        }
        var entries: [Term] = []
        for manifest in quads where manifest.predicate == .iri(mf + "entries") {
            var node = manifest.object
            while node != .iri(RDF.nil) {
                guard let first = objects(node, RDF.first.value).first, let rest = objects(node, RDF.rest.value).first else { break }
                entries.append(first)
                node = rest
            }
        }
        var tests: [W3CSyntaxTest] = []
        for entry in entries {
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
