import CityKG
import QuadStore
import RDFModel
import Testing

@Suite("SPARQL Update: each operation")
struct UpdateOperationTests {
    // MARK: - Data

    @Test("INSERT DATA and DELETE DATA, in the default graph and in named graphs")
    func insertDeleteData() throws {
        let kg = emptyGraph()
        let report = try kg.update(prologue + "INSERT DATA { :a :p 1 . GRAPH :g1 { :a :p 2 . :a :p 3 } }")
        #expect(report.quadsInserted == 3)
        try kg.update(prologue + "DELETE DATA { GRAPH :g1 { :a :p 2 } . :a :p 99 }")
        #expect(kg.allQuads == [Quad(EX.iri("a"), EX.p, EX.int(1)), Quad(EX.iri("a"), EX.p, EX.int(3), .named(EX.g1))])
    }

    @Test("INSERT DATA blank nodes are new nodes, never the ones already stored")
    func insertDataBlankNodes() throws {
        let kg = emptyGraph()
        try kg.update(prologue + "INSERT DATA { _:x :p 1 }")
        try kg.update(prologue + "INSERT DATA { _:x :p 1 }")
        #expect(kg.allQuads.count == 2)
        #expect(Set(kg.allQuads.map(\.subject)).count == 2)
    }

    // MARK: - DELETE/INSERT ... WHERE

    @Test("DELETE/INSERT WHERE rewrites matching triples from one set of solutions")
    func deleteInsertWhere() throws {
        let kg = emptyGraph()
        try kg.update(prologue + "INSERT DATA { :a :p 1 . :b :p 2 . :c :q 3 }")
        try kg.update(prologue + "DELETE { ?s :p ?o } INSERT { ?s :q ?o } WHERE { ?s :p ?o }")
        #expect(kg.triples(in: .defaultGraph) == [Triple(EX.iri("a"), EX.q, EX.int(1)), Triple(EX.iri("b"), EX.q, EX.int(2)),
                                                   Triple(EX.iri("c"), EX.q, EX.int(3))])
    }

    @Test("INSERT template blank nodes are fresh for each solution")
    func templateBlankNodesPerSolution() throws {
        let kg = emptyGraph()
        try kg.update(prologue + "INSERT DATA { :a :p 1 . :b :p 2 }")
        try kg.update(prologue + "INSERT { _:n :from ?s } WHERE { ?s :p ?o }")
        let made = kg.allQuads.filter { $0.predicate == EX.iri("from") }
        #expect(made.count == 2)
        #expect(Set(made.map(\.subject)).count == 2)
        #expect(made.allSatisfy { $0.subject.isBlank })
    }

    @Test("unbound template variables and invalid quads are skipped, not errors")
    func unboundSkipped() throws {
        let kg = emptyGraph()
        try kg.update(prologue + "INSERT DATA { :a :p 1 }")
        try kg.update(prologue + "INSERT { ?o :q ?s . ?s :q ?missing . ?s :r ?o } WHERE { ?s :p ?o }")
        #expect(kg.triples(in: .defaultGraph) == [Triple(EX.iri("a"), EX.p, EX.int(1)), Triple(EX.iri("a"), EX.iri("r"), EX.int(1))])
    }

    @Test("WITH names the graph of the templates and of the WHERE clause")
    func with() throws {
        let kg = emptyGraph()
        try kg.update(prologue + "INSERT DATA { :a :p 0 . GRAPH :g1 { :a :p 1 } }")
        try kg.update(prologue + "WITH :g1 DELETE { ?s :p ?o } INSERT { ?s :q ?o } WHERE { ?s :p ?o }")
        #expect(kg.triples(in: .defaultGraph) == [Triple(EX.iri("a"), EX.p, EX.int(0))])
        #expect(kg.triples(in: .named(EX.g1)) == [Triple(EX.iri("a"), EX.q, EX.int(1))])
    }

    @Test("USING and USING NAMED set the dataset of the WHERE clause only")
    func using() throws {
        let kg = emptyGraph()
        try kg.update(prologue + "INSERT DATA { :a :p 0 . GRAPH :g1 { :a :p 1 } GRAPH :g2 { :a :p 2 } }")
        try kg.update(prologue + "INSERT { ?s :q ?o } USING :g1 WHERE { ?s :p ?o }")
        #expect(kg.triples(in: .defaultGraph) == [Triple(EX.iri("a"), EX.p, EX.int(0)), Triple(EX.iri("a"), EX.q, EX.int(1))])
        try kg.update(prologue + "INSERT { GRAPH :g1 { ?s :r ?o } } USING NAMED :g2 WHERE { GRAPH ?g { ?s :p ?o } }")
        #expect(kg.triples(in: .named(EX.g1)) == [Triple(EX.iri("a"), EX.p, EX.int(1)), Triple(EX.iri("a"), EX.iri("r"), EX.int(2))])
    }

    @Test("DELETE WHERE removes what its pattern matches, across graphs")
    func deleteWhere() throws {
        let kg = emptyGraph()
        try kg.update(prologue + "INSERT DATA { :a :p 1 . :a :q 2 . GRAPH :g1 { :a :p 3 } }")
        try kg.update(prologue + "DELETE WHERE { :a :p ?x . GRAPH :g1 { :a :p ?y } }")
        #expect(kg.allQuads == [Quad(EX.iri("a"), EX.q, EX.int(2))])
    }

    // MARK: - LOAD

    @Test("LOAD reads a local file by path or file: IRI, into the default graph or a named one")
    func load() throws {
        let folder = ScratchFolder()
        defer { folder.cleanup() }
        let path = try folder.write("data.ttl", "@prefix : <http://example.org/> . :a :p 1 .")
        let kg = emptyGraph()
        try kg.update("LOAD <\(path)>")
        try kg.update("LOAD <file://\(path)> INTO GRAPH <http://example.org/g1>")
        #expect(kg.triples(in: .defaultGraph) == [Triple(EX.iri("a"), EX.p, EX.int(1))])
        #expect(kg.triples(in: .named(EX.g1)) == [Triple(EX.iri("a"), EX.p, EX.int(1))])
    }

    @Test("LOAD of a remote IRI or a bad file fails, unless SILENT")
    func loadFailures() throws {
        let folder = ScratchFolder()
        defer { folder.cleanup() }
        let bad = try folder.write("bad.ttl", "this is not turtle")
        let kg = emptyGraph()
        #expect(throws: KnowledgeGraphError.self) { try kg.update("LOAD <http://example.org/data.ttl>") }
        #expect(throws: KnowledgeGraphError.self) { try kg.update("LOAD <\(bad)>") }
        try kg.update("LOAD SILENT <http://example.org/data.ttl> ; LOAD SILENT <\(bad)> INTO GRAPH <http://example.org/g1>")
        #expect(kg.allQuads.isEmpty)
    }

    // MARK: - CLEAR, DROP, CREATE

    @Test("CLEAR GRAPH, DEFAULT, NAMED and ALL empty the right graphs; CLEAR of a missing graph fails unless SILENT")
    func clear() throws {
        let kg = emptyGraph()
        let data = prologue + "INSERT DATA { :a :p 0 . GRAPH :g1 { :a :p 1 } GRAPH :g2 { :a :p 2 } }"
        try kg.update(data + "; CLEAR GRAPH :g1")
        #expect(kg.allQuads.count == 2 && kg.triples(in: .named(EX.g1)).isEmpty)
        try kg.update("CLEAR DEFAULT")
        #expect(kg.allQuads == [Quad(EX.iri("a"), EX.p, EX.int(2), .named(EX.g2))])
        try kg.update(data + "; CLEAR NAMED")
        #expect(kg.allQuads == [Quad(EX.iri("a"), EX.p, EX.int(0))])
        try kg.update(data + "; CLEAR ALL")
        #expect(kg.allQuads.isEmpty)
        #expect(throws: KnowledgeGraphError.self) { try kg.update("CLEAR GRAPH <http://example.org/missing>") }
        try kg.update("CLEAR SILENT GRAPH <http://example.org/missing>")
    }

    @Test("DROP removes graphs and their names; DROP of a missing graph fails unless SILENT")
    func drop() throws {
        let kg = emptyGraph()
        try kg.update(prologue + "INSERT DATA { :a :p 0 . GRAPH :g1 { :a :p 1 } } ; CREATE GRAPH :g2")
        #expect(kg.graphNames == [EX.g1, EX.g2])
        try kg.update(prologue + "DROP GRAPH :g2")
        #expect(kg.graphNames == [EX.g1])
        #expect(throws: KnowledgeGraphError.self) { try kg.update(prologue + "DROP GRAPH :g2") }
        try kg.update(prologue + "DROP SILENT GRAPH :g2")
        try kg.update("DROP NAMED")
        #expect(kg.graphNames.isEmpty && kg.allQuads.count == 1)
        try kg.update(prologue + "INSERT DATA { GRAPH :g1 { :a :p 1 } } ; DROP ALL")
        #expect(kg.allQuads.isEmpty && kg.graphNames.isEmpty)
        try kg.update(prologue + "INSERT DATA { :a :p 1 } ; DROP DEFAULT")
        #expect(kg.allQuads.isEmpty)
    }

    @Test("CREATE records an empty graph; creating an existing graph fails unless SILENT")
    func create() throws {
        let kg = emptyGraph()
        try kg.update(prologue + "CREATE GRAPH :g1")
        #expect(kg.graphNames == [EX.g1])
        #expect(throws: KnowledgeGraphError.self) { try kg.update(prologue + "CREATE GRAPH :g1") }
        try kg.update(prologue + "CREATE SILENT GRAPH :g1")
        try kg.update(prologue + "INSERT DATA { GRAPH :g2 { :a :p 1 } }")
        #expect(throws: KnowledgeGraphError.self) { try kg.update(prologue + "CREATE GRAPH :g2") }
    }

    // MARK: - ADD, MOVE, COPY

    private func twoGraphs() throws -> KnowledgeGraph {
        let kg = emptyGraph()
        try kg.update(prologue + "INSERT DATA { :d :p 0 . GRAPH :g1 { :a :p 1 } GRAPH :g2 { :b :p 2 } }")
        return kg
    }

    @Test("ADD keeps the destination's triples and the source")
    func add() throws {
        let kg = try twoGraphs()
        try kg.update(prologue + "ADD :g1 TO :g2")
        #expect(kg.triples(in: .named(EX.g2)) == [Triple(EX.iri("a"), EX.p, EX.int(1)), Triple(EX.iri("b"), EX.p, EX.int(2))])
        #expect(kg.triples(in: .named(EX.g1)) == [Triple(EX.iri("a"), EX.p, EX.int(1))])
        try kg.update(prologue + "ADD DEFAULT TO :g3")
        #expect(kg.triples(in: .named(EX.iri("g3"))) == [Triple(EX.iri("d"), EX.p, EX.int(0))])
    }

    @Test("COPY replaces the destination; COPY of a graph to itself changes nothing")
    func copy() throws {
        let kg = try twoGraphs()
        let before = kg.allQuads
        try kg.update(prologue + "COPY :g1 TO :g1 ; COPY DEFAULT TO DEFAULT")
        #expect(kg.allQuads == before)
        try kg.update(prologue + "COPY :g1 TO :g2")
        #expect(kg.triples(in: .named(EX.g2)) == [Triple(EX.iri("a"), EX.p, EX.int(1))])
        #expect(kg.triples(in: .named(EX.g1)) == [Triple(EX.iri("a"), EX.p, EX.int(1))])
        try kg.update(prologue + "COPY :g2 TO DEFAULT")
        #expect(kg.triples(in: .defaultGraph) == [Triple(EX.iri("a"), EX.p, EX.int(1))])
    }

    @Test("MOVE replaces the destination and drops the source")
    func move() throws {
        let kg = try twoGraphs()
        try kg.update(prologue + "MOVE :g1 TO :g2")
        #expect(kg.triples(in: .named(EX.g2)) == [Triple(EX.iri("a"), EX.p, EX.int(1))])
        #expect(!kg.graphNames.contains(EX.g1))
        try kg.update(prologue + "MOVE DEFAULT TO :g1")
        #expect(kg.triples(in: .named(EX.g1)) == [Triple(EX.iri("d"), EX.p, EX.int(0))])
        #expect(kg.triples(in: .defaultGraph).isEmpty)
        try kg.update(prologue + "MOVE :g1 TO :g1")
        #expect(kg.triples(in: .named(EX.g1)).count == 1)
    }

    @Test("ADD, MOVE and COPY from a missing graph fail unless SILENT")
    func missingSource() throws {
        let kg = try twoGraphs()
        let before = kg.allQuads
        for op in ["ADD", "MOVE", "COPY"] {
            #expect(throws: KnowledgeGraphError.self) { try kg.update(prologue + "\(op) :missing TO :g1") }
            try kg.update(prologue + "\(op) SILENT :missing TO :g1")
        }
        #expect(kg.allQuads == before)
    }
}
