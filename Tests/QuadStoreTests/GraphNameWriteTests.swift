import RDFModel
import Testing
@testable import QuadStore

@Suite("Quad store: graph names in atomic writes")
struct GraphNameWriteTests {
    @Test("one write removes and inserts quads, drops and creates graph names together")
    func quadsAndGraphNamesTogether() throws {
        try withEachEngine { store, engine in
            let g1: Term = .iri("urn:g1"), g2: Term = .iri("urn:g2"), g3: Term = .iri("urn:g3")
            let a = Quad(.iri("urn:s"), .iri("urn:p"), .literal(Literal("a")), .named(g1))
            let b = Quad(.iri("urn:s"), .iri("urn:p"), .literal(Literal("b")), .defaultGraph)
            try store.insert([a])
            try store.createGraph(g2)
            let r = try store.apply(removing: [a], inserting: [b], droppingGraphs: [g1, g2], creatingGraphs: [g3])
            #expect(r.removed == 1 && r.inserted == 1, "engine \(engine)")
            let reader = store.reader()
            #expect(reader.allQuads() == [b], "engine \(engine)")
            #expect(reader.namedGraphs() == [reader.termID(for: g3)], "engine \(engine)")
            #expect(!reader.graphExists(reader.termID(for: g1)), "engine \(engine)")
            #expect(reader.statistics == bruteForceStatistics([b], reader: reader), "engine \(engine)")
        }
    }

    @Test("a graph both dropped and created in one write stays recorded")
    func dropThenCreate() throws {
        try withEachEngine { store, engine in
            let g: Term = .iri("urn:g")
            try store.createGraph(g)
            try store.apply(removing: [], inserting: [], droppingGraphs: [g], creatingGraphs: [g])
            let reader = store.reader()
            #expect(reader.graphExists(reader.termID(for: g)), "engine \(engine)")
        }
    }

    @Test("a created graph name that is a new term is decodable afterwards")
    func createdNameIsInDictionary() throws {
        try withEachEngine { store, engine in
            let g: Term = .iri("urn:never-seen-before")
            try store.apply(removing: [], inserting: [], droppingGraphs: [], creatingGraphs: [g])
            let reader = store.reader()
            #expect(reader.namedGraphs().compactMap(reader.term(for:)) == [g], "engine \(engine)")
        }
    }
}
