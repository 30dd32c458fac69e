import Foundation
import RDFModel
import Testing
@testable import SPARQLEngine
import SPARQLResults

/// Replays the W3C `sparql11/cast` tests (`SELECT ?a ?v (xsd:T(?v) AS ?t)` over every value of
/// `data.ttl`) through ``FunctionLibrary/cast(_:to:)``. Strings must match exactly; numbers
/// compare in canonical form, since the suite writes decimals as "1.0" and doubles as "1.0E0"
/// or "1" inconsistently.
@Suite("W3C cast suite")
struct FunctionsCastSuiteTests {
    @Test(arguments: ["boolean", "decimal", "double", "float", "integer", "string"])
    func replay(target: String) throws {
        let directory = w3cSPARQLDirectory.appendingPathComponent("sparql11/cast")
        let triples = try loadTurtle(directory.appendingPathComponent("data.ttl").path)
        let expected = try QueryResults.parse(try w3cFile("sparql11/cast/cast-\(target == "integer" ? "int" : target == "boolean" ? "bool" : target).srx"), format: .xml)
        guard case .solutions(_, let rows) = expected else { Issue.record("not a SELECT result"); return }
        func normalized(_ t: Term?) -> String {
            guard let t else { return "UNBOUND" }
            if let n = t.numericValue, case .literal(let l) = t { return n.canonicalLexicalForm + "^^" + l.datatype.value }
            if case .literal(let l) = t, l.datatype == XSD.boolean, let b = try? t.effectiveBooleanValue() { return "\(b)^^boolean" }
            return t.ntriples
        }
        var actual: [String] = []
        for t in triples {
            let result = try? FunctionLibrary.cast(t.object, to: IRI(XSD.namespace + target))
            actual.append(t.subject.ntriples + " " + normalized(result))
        }
        let wanted = rows.map { ($0["a"]?.ntriples ?? "-") + " " + normalized($0[target]) }
        #expect(rows.count == triples.count && triples.count > 25)
        let missing = wanted.filter { !actual.contains($0) }, extra = actual.filter { !wanted.contains($0) }
        #expect(missing.isEmpty && extra.isEmpty, "missing \(missing), extra \(extra)")
    }
}
