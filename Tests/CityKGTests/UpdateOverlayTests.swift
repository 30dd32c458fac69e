import CityKG
import Foundation
import QuadStore
import RDFModel
import Testing

@Suite("SPARQL Update: the overlay later operations read")
struct UpdateOverlayTests {
    @Test("a join over thousands of quads added earlier in the same request is exact and quick")
    func joinOverPendingQuads() throws {
        let kg = emptyGraph()
        let n = 3000
        var data = prologue + "INSERT DATA {"
        for i in 0..<n { data += " :n\(i) :next :n\(i + 1) ." }
        data += " } ;\nINSERT { ?a :twoAhead ?c } WHERE { ?a :next ?b . ?b :next ?c } ;\nDELETE WHERE { :n0 :next ?x }"
        let started = Date()
        let report = try kg.update(data)
        #expect(Date().timeIntervalSince(started) < 20)
        #expect(report.quadsInserted == n - 1 + n - 1)
        #expect(kg.allQuads.filter { $0.predicate == EX.iri("twoAhead") }.count == n - 1)
        #expect(!kg.allQuads.contains(Quad(EX.iri("n0"), EX.iri("next"), EX.iri("n1"))))
    }

    @Test("quads deleted earlier in the request are invisible to later WHERE clauses, and re-inserting restores them")
    func deletedThenReinserted() throws {
        let kg = emptyGraph()
        try kg.update(prologue + "INSERT DATA { :a :p 1 . :b :p 2 }")
        try kg.update(prologue + """
            DELETE DATA { :a :p 1 } ;
            INSERT { ?s :seen true } WHERE { ?s :p ?o } ;
            INSERT DATA { :a :p 1 }
            """)
        #expect(kg.triples(in: .defaultGraph) == [Triple(EX.iri("a"), EX.p, EX.int(1)), Triple(EX.iri("b"), EX.p, EX.int(2)),
                                                   Triple(EX.iri("b"), EX.iri("seen"), .literal(Literal("true", datatype: XSD.boolean)))])
    }

    @Test("graphs created, filled or dropped earlier in the request are what GRAPH ?g ranges over")
    func graphsInOverlay() throws {
        let kg = emptyGraph()
        try kg.update(prologue + "INSERT DATA { GRAPH :g1 { :a :p 1 } }")
        try kg.update(prologue + """
            INSERT DATA { GRAPH :g2 { :b :p 2 } } ;
            DROP GRAPH :g1 ;
            INSERT { ?g :holds ?s } WHERE { GRAPH ?g { ?s ?p ?o } }
            """)
        #expect(kg.triples(in: .defaultGraph) == [Triple(EX.g2, EX.iri("holds"), EX.iri("b"))])
        #expect(kg.graphNames == [EX.g2])
    }
}
