import CityKG
import QuadStore
import RDFModel
import Testing

@Suite("SPARQL Update: atomic requests")
struct UpdateAtomicityTests {
    @Test("a request whose last operation fails changes nothing")
    func lastOperationFails() throws {
        let kg = emptyGraph()
        try kg.update(prologue + "INSERT DATA { :a :p 1 . GRAPH :g1 { :a :p 2 } }")
        let before = kg.allQuads, graphsBefore = kg.graphNames
        #expect(throws: KnowledgeGraphError.self) {
            try kg.update(prologue + """
                INSERT DATA { :b :p 3 } ;
                DELETE DATA { :a :p 1 } ;
                CREATE GRAPH :g2 ;
                DROP GRAPH :g1 ;
                CREATE GRAPH :g2
                """)
        }
        #expect(kg.allQuads == before)
        #expect(kg.graphNames == graphsBefore)
    }

    @Test("the error names the failed operation, counting from one in the message")
    func errorNamesOperation() throws {
        let kg = emptyGraph()
        do {
            try kg.update(prologue + "INSERT DATA { :a :p 1 } ; CLEAR GRAPH :missing")
            Issue.record("CLEAR of a missing graph succeeded")
        } catch let KnowledgeGraphError.update(operation, name, reason) {
            #expect(operation == 1)
            #expect(name == "CLEAR")
            #expect(reason.contains("does not exist"))
        }
        #expect(kg.allQuads.isEmpty)
    }

    @Test("a failed LOAD in the middle of a request undoes the operations before it")
    func failedLoad() throws {
        let kg = emptyGraph()
        #expect(throws: KnowledgeGraphError.self) {
            try kg.update(prologue + "INSERT DATA { :a :p 1 } ; LOAD <file:///nonexistent/citykg/data.ttl> ; INSERT DATA { :b :p 2 }")
        }
        #expect(kg.allQuads.isEmpty)
    }

    @Test("later operations see the effects of earlier ones in the same request")
    func operationsSeeEarlierEffects() throws {
        let kg = emptyGraph()
        try kg.update(prologue + """
            INSERT DATA { :a :p 1 . :b :p 2 } ;
            DELETE WHERE { :a :p ?x } ;
            INSERT { ?s :q ?o } WHERE { ?s :p ?o } ;
            CREATE GRAPH :g1 ;
            ADD DEFAULT TO :g1 ;
            DELETE DATA { :b :p 2 }
            """)
        #expect(kg.triples(in: .defaultGraph) == [Triple(EX.iri("b"), EX.q, EX.int(2))])
        #expect(kg.triples(in: .named(EX.g1)) == [Triple(EX.iri("b"), EX.p, EX.int(2)), Triple(EX.iri("b"), EX.q, EX.int(2))])
    }

    @Test("a syntax error carries its line, column and offset, and nothing runs")
    func syntaxErrorPosition() throws {
        let kg = emptyGraph()
        do {
            try kg.update("INSERT DATA { <urn:a> <urn:p> 1 } ;\nDELETE DATA { <urn:a> <urn:p> ?x }")
            Issue.record("a variable in DELETE DATA was accepted")
        } catch let KnowledgeGraphError.syntax(_, line, column, offset) {
            #expect(line == 2)
            #expect(column > 1)
            #expect(offset > 36)
        }
        #expect(kg.allQuads.isEmpty)
    }

    @Test("a committed request persists across reopening a RocksDB store")
    func persists() throws {
        let folder = ScratchFolder()
        defer { folder.cleanup() }
        do {
            let kg = try KnowledgeGraph(path: folder.path + "/db")
            try kg.update(prologue + "INSERT DATA { GRAPH :g1 { :a :p 1 } } ; CREATE GRAPH :g2")
        }
        let kg = try KnowledgeGraph(path: folder.path + "/db")
        #expect(kg.allQuads == [Quad(EX.iri("a"), EX.p, EX.int(1), .named(EX.g1))])
        #expect(kg.graphNames == [EX.g1, EX.g2])
    }
}
