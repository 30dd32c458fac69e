import CityKG
import QuadStore
import RDFModel
import SPARQLEngine
import SPARQLResults
import Testing

@Suite("Knowledge graph: query entry point")
struct QueryFacadeTests {
    @Test("SELECT, ASK and CONSTRUCT run against the current state of the graph")
    func queryForms() throws {
        let kg = emptyGraph()
        try kg.update(prologue + "INSERT DATA { :a :p \"张伟\"@zh . :b :p 2 }")
        let select = try kg.query(prologue + "SELECT ?s WHERE { ?s :p 2 }").materialized()
        guard case .solutions(let variables, let rows) = select else {
            Issue.record("SELECT gave \(select)")
            return
        }
        #expect(variables == ["s"])
        #expect(rows == [["s": EX.iri("b")]])
        #expect(try kg.query(prologue + "ASK { :a :p \"张伟\"@zh }") == .boolean(true))
        guard case .graph(let triples) = try kg.query(prologue + "CONSTRUCT { ?s :has ?o . ?o :of ?s } WHERE { ?s :p ?o }") else {
            Issue.record("CONSTRUCT gave no graph")
            return
        }
        // Literal subjects are not RDF: those template triples are left out.
        #expect(Set(triples) == [Triple(EX.iri("a"), EX.iri("has"), .literal(Literal("张伟", language: "zh"))),
                                 Triple(EX.iri("b"), EX.iri("has"), EX.int(2))])
    }

    @Test("a relative IRI resolves against the base given")
    func baseIRI() throws {
        let kg = emptyGraph()
        try kg.update("INSERT DATA { <a> <p> 1 }", baseIRI: "http://example.org/")
        #expect(kg.allQuads == [Quad(EX.iri("a"), EX.p, EX.int(1))])
        #expect(try kg.query("ASK { <a> <p> 1 }", baseIRI: "http://example.org/") == .boolean(true))
    }

    @Test("a syntax error carries the offset, line and column where the parser stopped")
    func syntaxError() throws {
        let kg = emptyGraph()
        do {
            _ = try kg.query("SELECT ?s\nWHERE { ?s ?p }")
            Issue.record("a broken query parsed")
        } catch let KnowledgeGraphError.syntax(message, line, column, offset) {
            #expect(line == 2)
            #expect(column == 15)
            #expect(offset == 24)
            #expect(!message.isEmpty)
        }
    }

    @Test("the union-default-graph option makes named graphs visible without GRAPH")
    func unionDefaultGraph() throws {
        let kg = emptyGraph()
        try kg.update(prologue + "INSERT DATA { GRAPH :g1 { :a :p 1 } }")
        var options = QueryOptions()
        #expect(try kg.query(prologue + "ASK { :a :p 1 }", options: options) == .boolean(false))
        options.unionDefaultGraph = true
        #expect(try kg.query(prologue + "ASK { :a :p 1 }", options: options) == .boolean(true))
    }

    @Test("explain gives a plan without running the query")
    func explain() throws {
        let kg = emptyGraph()
        let plan = try kg.explain(prologue + "SELECT * WHERE { ?s :p ?o }")
        #expect(!plan.isEmpty)
    }
}
