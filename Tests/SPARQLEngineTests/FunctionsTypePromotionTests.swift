import Foundation
import RDFModel
import Testing
@testable import SPARQLEngine

/// Replays the W3C `sparql10/type-promotion` tests: each asks whether
/// `datatype(?l + ?r) = xsd:T` for two values of `tP.ttl`; the `-fail` tests expect false.
@Suite("W3C type promotion")
struct FunctionsTypePromotionTests {
    static let directory = "sparql10/type-promotion"

    static var queries: [String] {
        (try? FileManager.default.contentsOfDirectory(atPath: w3cSPARQLDirectory.appendingPathComponent(directory).path))?
            .filter { $0.hasSuffix(".rq") }.sorted() ?? []
    }

    @Test func suiteIsPresent() {
        #expect(Self.queries.count == 30)
    }

    @Test(arguments: queries)
    func replay(query: String) throws {
        let text = try w3cFile("\(Self.directory)/\(query)")
        let left = try #require(text.firstMatch(of: /t:(\w+)\s+rdf:value\s+\?l/)).1
        let right = try #require(text.firstMatch(of: /t:(\w+)\s+rdf:value\s+\?r/)).1
        let datatype = try #require(text.firstMatch(of: /datatype\(\?l \+ \?r\) = xsd:(\w+)/)).1
        let triples = try loadTurtle(w3cSPARQLDirectory.appendingPathComponent("\(Self.directory)/tP.ttl").path)
        func value(_ local: Substring) throws -> Term {
            try #require(triples.first { $0.subject.iriValue?.value.hasSuffix("#" + local) == true }?.object)
        }
        let sum = try FunctionLibrary.add(try value(left), try value(right))
        let matches = try ValueComparison.equals(try FunctionLibrary.datatype(sum), .iri(IRI(XSD.namespace + datatype)))
        #expect(matches == !query.contains("-fail"))
    }
}
