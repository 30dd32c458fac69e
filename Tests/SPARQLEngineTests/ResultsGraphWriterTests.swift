import Foundation
import RDFModel
import Testing
@testable import SPARQLResults

@Suite("Graph writers")
struct ResultsGraphWriterTests {
    let ex = "http://example.org/"
    var triples: [Triple] {
        [
            Triple(.iri(ex + "zhang"), .iri(RDF.type), .iri(ex + "Person")),
            Triple(.iri(ex + "zhang"), .iri(ex + "name"), .literal(Literal("张伟", language: "zh"))),
            Triple(.blank("b1"), .iri(ex + "age"), .literal(Literal("42", datatype: XSD.integer))),
            Triple(.iri(ex + "zhang"), .iri(ex + "name"), .literal(Literal("Zhang Wei"))),
            Triple(.iri(ex + "zhang"), .iri(ex + "knows"), .blank("b1")),
            Triple(.blank("b1"), .iri(ex + "score"), .literal(Literal("1.5", datatype: XSD.decimal))),
            Triple(.blank("b1"), .iri(ex + "ok"), .literal(Literal("true", datatype: XSD.boolean))),
            Triple(.blank("b1"), .iri(ex + "note"), .literal(Literal("line1\nline2 \"q\""))),
            Triple(.blank("b1"), .iri(ex + "path"), .iri(ex + "a/b")),
            Triple(.blank("b1"), .iri(ex + "odd"), .literal(Literal("01.50", datatype: XSD.double))),
        ]
    }

    @Test func nTriples() {
        var w = NTriplesWriter()
        let text = w.serialize([triples[1], triples[2]])
        #expect(text == "<http://example.org/zhang> <http://example.org/name> \"张伟\"@zh .\n_:b1 <http://example.org/age> \"42\"^^<http://www.w3.org/2001/XMLSchema#integer> .\n")
    }

    @Test func turtleGroupsAndAbbreviates() {
        var w = TurtleWriter()
        let text = w.serialize(triples, prefixes: ["ex": ex, "xsd": XSD.namespace])
        #expect(text == """
        @prefix ex: <http://example.org/> .
        @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .

        ex:zhang a ex:Person ;
            ex:name "张伟"@zh ,
                "Zhang Wei" ;
            ex:knows _:b1 .
        _:b1 ex:age 42 ;
            ex:score 1.5 ;
            ex:ok true ;
            ex:note "line1\\nline2 \\"q\\"" ;
            ex:path <http://example.org/a/b> ;
            ex:odd "01.50"^^xsd:double .

        """)
    }

    @Test func turtleWithoutPrefixesIsValidNTriplesTerms() {
        var w = TurtleWriter()
        let text = w.serialize([triples[0]])
        #expect(text == "<http://example.org/zhang> a <http://example.org/Person> .\n")
        var empty = TurtleWriter()
        #expect(empty.serialize([]) == "")
    }

    @Test func shortForms() {
        let cases: [(String, IRI, Bool)] = [
            ("42", XSD.integer, true), ("-4", XSD.integer, true), ("4.", XSD.decimal, false), (".5", XSD.decimal, true),
            ("1e3", XSD.double, true), ("1.0E6", XSD.double, true), ("INF", XSD.double, false), ("1", XSD.decimal, false),
            ("TRUE", XSD.boolean, false), ("1", XSD.int, false),
        ]
        for (lex, dt, expected) in cases {
            #expect(TermSyntax.hasShortForm(Literal(lex, datatype: dt)) == expected, "\(lex)^^\(dt)")
        }
    }

    @Test func jsonLDExpanded() throws {
        var w = JSONLDWriter()
        let text = w.serialize(triples)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
        #expect(json.count == 2)
        let zhang = json[0]
        #expect(zhang["@id"] as? String == ex + "zhang")
        #expect(zhang["@type"] as? [String] == [ex + "Person"])
        let names = try #require(zhang[ex + "name"] as? [[String: String]])
        #expect(names == [["@value": "张伟", "@language": "zh"], ["@value": "Zhang Wei"]])
        #expect((zhang[ex + "knows"] as? [[String: String]]) == [["@id": "_:b1"]])
        let b1 = json[1]
        #expect(b1["@id"] as? String == "_:b1")
        #expect((b1[ex + "age"] as? [[String: String]]) == [["@value": "42", "@type": XSD.integer.value]])
    }

    @Test func jsonLDCompacted() throws {
        var w = JSONLDWriter()
        let text = w.serialize(triples, prefixes: ["ex": ex])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect((json["@context"] as? [String: String]) == ["ex": ex])
        let graph = try #require(json["@graph"] as? [[String: Any]])
        #expect(graph[0]["@id"] as? String == "ex:zhang")
        #expect(graph[0]["@type"] as? [String] == ["ex:Person"])
        #expect(graph[1]["ex:path"] as? [[String: String]] == [["@id": "http://example.org/a/b"]])
        var empty = JSONLDWriter()
        #expect(try JSONSerialization.jsonObject(with: Data(empty.serialize([]).utf8)) as? [Any] != nil)
    }

    @Test func graphResultsFallBackToNTriples() {
        let r = QueryResults.graph([triples[0]])
        #expect(r.serialized(as: .json) == "<http://example.org/zhang> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://example.org/Person> .\n")
    }
}
