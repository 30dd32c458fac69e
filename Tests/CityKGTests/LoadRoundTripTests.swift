import CityKG
import Foundation
import QuadStore
import RDFIO
import RDFModel
import Testing

@Suite("Loading and dumping files")
struct LoadRoundTripTests {
    @Test("N-Quads written, loaded through raptor2 and read back are isomorphic to what was written", arguments: [1, 2, 3])
    func nquadsRoundTrip(seed: UInt64) throws {
        let folder = ScratchFolder()
        defer { folder.cleanup() }
        var random = SerialisationQuads(seed: seed)
        let quads = random.quads(2000)
        try writeNQuads(quads, to: folder.file("in.nq"))
        let kg = try KnowledgeGraph(path: folder.file("db"))
        let report = try kg.load(files: [folder.file("in.nq")])
        #expect(report.quadsRead == quads.count)
        let stored = kg.dataset().quads(matching: EncodedQuadPattern(graph: .union)).map { kg.dataset().decode($0)! }
        #expect(stored.count == Set(quads).count)
        #expect(Isomorphism.areIsomorphic(stored, Set(quads)))
    }

    @Test("citykg dump gives back exactly what citykg load read (up to blank-node labels)")
    func dumpRoundTrip() throws {
        let folder = ScratchFolder()
        defer { folder.cleanup() }
        var random = SerialisationQuads(seed: 99)
        let quads = Set(random.quads(1500))
        try writeNQuads(Array(quads), to: folder.file("in.nq"))
        let db = folder.file("db")
        let load = try runCityKG(["load", "--db", db, "--quiet", folder.file("in.nq")])
        #expect(load.status == 0, "\(load.error)")
        let dump = try runCityKG(["dump", "--db", db, "--output", folder.file("out.nq")])
        #expect(dump.status == 0, "\(dump.error)")
        let back = try RDFParser(format: .nquads).quads(file: folder.file("out.nq"))
        #expect(back.count == quads.count)
        #expect(Isomorphism.areIsomorphic(back, quads))
        // And the dump loads again into the same dataset.
        let again = try runCityKG(["load", "--db", folder.file("db2"), "--quiet", folder.file("out.nq")])
        #expect(again.status == 0)
        let kg2 = try KnowledgeGraph(path: folder.file("db2"))
        let reader = kg2.dataset()
        #expect(Isomorphism.areIsomorphic(reader.quads(matching: EncodedQuadPattern(graph: .union)).map { reader.decode($0)! }, quads))
    }

    @Test("Turtle, TriG and RDF/XML loads equal the N-Triples of the same graph; --graph sends triples to a named graph")
    func otherFormats() throws {
        let folder = ScratchFolder()
        defer { folder.cleanup() }
        let turtle = """
        @prefix ck: <https://citykg.example/ontology#> .
        @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
        <https://citykg.example/person/1> a ck:Person ; ck:name "王芳"@zh ; ck:age "035"^^xsd:integer ; ck:home [ ck:street "建国路" ] .
        """
        let rdfxml = """
        <?xml version="1.0"?>
        <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ck="https://citykg.example/ontology#">
          <ck:Person rdf:about="https://citykg.example/person/1">
            <ck:name xml:lang="zh">王芳</ck:name>
            <ck:age rdf:datatype="http://www.w3.org/2001/XMLSchema#integer">035</ck:age>
            <ck:home><rdf:Description><ck:street>建国路</ck:street></rdf:Description></ck:home>
          </ck:Person>
        </rdf:RDF>
        """
        let trig = "@prefix ck: <https://citykg.example/ontology#> .\n@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n<https://citykg.example/graph/x> { " +
            "<https://citykg.example/person/1> a ck:Person ; ck:name \"王芳\"@zh ; ck:age \"035\"^^xsd:integer ; ck:home [ ck:street \"建国路\" ] . }"
        try turtle.write(toFile: folder.file("a.ttl"), atomically: true, encoding: .utf8)
        try rdfxml.write(toFile: folder.file("a.rdf"), atomically: true, encoding: .utf8)
        try trig.write(toFile: folder.file("a.trig"), atomically: true, encoding: .utf8)
        let g = GraphName.named(.iri("https://citykg.example/graph/x"))
        var results: [[Quad]] = []
        for file in ["a.ttl", "a.rdf", "a.trig"] {
            let kg = KnowledgeGraph(store: QuadStore.inMemory())
            try kg.load(files: [folder.file(file)], graph: g)
            let r = kg.dataset()
            results.append(r.quads(matching: EncodedQuadPattern(graph: .union)).map { r.decode($0)! })
            #expect(results.last!.allSatisfy { $0.graph == g }, "\(file)")
            #expect(results.last!.count == 5, "\(file)")
        }
        #expect(Isomorphism.areIsomorphic(results[0], results[1]))
        #expect(Isomorphism.areIsomorphic(results[0], results[2]))
        // The lexical form "035" is kept.
        #expect(results[0].contains { $0.object == .literal(Literal("035", datatype: XSD.integer)) })
    }

    @Test("blank-node labels are scoped per file: _:b1 in two files are two nodes")
    func blankNodeScoping() throws {
        let folder = ScratchFolder()
        defer { folder.cleanup() }
        try "_:b1 <urn:p> \"one\" .\n".write(toFile: folder.file("1.nt"), atomically: true, encoding: .utf8)
        try "_:b1 <urn:p> \"two\" .\n".write(toFile: folder.file("2.nt"), atomically: true, encoding: .utf8)
        let kg = KnowledgeGraph(store: QuadStore.inMemory())
        try kg.load(files: [folder.file("1.nt"), folder.file("2.nt")])
        let subjects = Set(kg.dataset().quads(predicate: .iri("urn:p")).map(\.subject))
        #expect(subjects.count == 2)
    }

    @Test("gzip-compressed files load like the plain ones; a truncated one fails and loads nothing")
    func gzipInput() throws {
        let folder = ScratchFolder()
        defer { folder.cleanup() }
        var random = SerialisationQuads(seed: 12)
        let quads = Set(random.quads(3000))
        try writeNQuads(Array(quads), to: folder.file("in.nq"))
        let gzip = Process()
        gzip.executableURL = URL(fileURLWithPath: "/bin/gzip")
        gzip.arguments = ["-k", folder.file("in.nq")]
        try gzip.run()
        gzip.waitUntilExit()
        let kg = KnowledgeGraph(store: QuadStore.inMemory())
        let report = try kg.load(files: [folder.file("in.nq.gz")])
        #expect(report.quadsRead == quads.count)
        let r = kg.dataset()
        #expect(Isomorphism.areIsomorphic(r.quads(matching: EncodedQuadPattern(graph: .union)).map { r.decode($0)! }, quads))

        let whole = try Data(contentsOf: URL(fileURLWithPath: folder.file("in.nq.gz")))
        try whole.prefix(whole.count / 2).write(to: URL(fileURLWithPath: folder.file("cut.nq.gz")))
        let empty = KnowledgeGraph(store: QuadStore.inMemory())
        #expect(throws: (any Error).self) { try empty.load(files: [folder.file("cut.nq.gz")]) }
        #expect(empty.store.isEmpty)
    }
}
