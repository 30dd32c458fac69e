import Foundation
import RDFModel
@testable import SPARQLResults

/// Where the W3C SPARQL test suites live: `$W3C_SPARQL_DIR` if set, otherwise the first
/// `shared/w3c/sparql` found beside an ancestor of this file (the repository sits next to
/// `shared/`, as the conformance target expects).
let w3cSPARQLDirectory: URL = {
    if let dir = ProcessInfo.processInfo.environment["W3C_SPARQL_DIR"] { return URL(fileURLWithPath: dir) }
    var dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    while dir.path != "/" {
        let candidate = dir.appendingPathComponent("shared/w3c/sparql")
        if FileManager.default.fileExists(atPath: candidate.path) { return candidate }
        dir = dir.deletingLastPathComponent()
    }
    return URL(fileURLWithPath: "shared/w3c/sparql")
}()

func w3cFile(_ relative: String) throws -> String {
    try String(contentsOf: w3cSPARQLDirectory.appendingPathComponent(relative), encoding: .utf8)
}

/// Every file under the W3C SPARQL directory with one of the extensions, as relative paths.
func w3cFiles(withExtension ext: String) -> [String] {
    guard let e = FileManager.default.enumerator(atPath: w3cSPARQLDirectory.path) else { return [] }
    return e.compactMap { $0 as? String }.filter { $0.hasSuffix("." + ext) }.sorted()
}

/// Solutions that exercise escaping: quotes, backslashes, tabs, newlines, CR, non-BMP, CJK,
/// language tags, datatypes, blank nodes and unbound variables.
let trickySolutions = QueryResults.solutions(variables: ["s", "o", "x"], rows: [
    ["s": .iri("http://example.org/s1"), "o": .literal(Literal("plain"))],
    ["s": .blank("b0"), "o": .literal(Literal("say \"hi\"\\ \t tab\nnew\r\nline", language: "en-gb")), "x": .iri("http://example.org/a?b=c&d=%3Ce%3E,f")],
    ["o": .literal(Literal("42", datatype: XSD.integer)), "x": .literal(Literal("张伟 \u{1F600} é", language: "zh"))],
    ["s": .iri("http://example.org/s2"), "o": .literal(Literal("a,b;c", datatype: IRI("http://example.org/dt"))),
     "x": .literal(Literal("1.0E6", datatype: XSD.double))],
    [:],
    ["x": .literal(Literal(""))],
    ["o": .literal(Literal("  spaced  ")), "x": .literal(Literal("-0.5", datatype: XSD.decimal))],
])
