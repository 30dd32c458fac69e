import CityKG
import Foundation
import QuadStore
import RDFModel

/// An empty in-memory knowledge graph.
func emptyGraph() -> KnowledgeGraph {
    KnowledgeGraph(store: .inMemory())
}

extension KnowledgeGraph {
    /// Every quad, decoded.
    var allQuads: Set<Quad> {
        let reader = dataset()
        return Set(reader.quads(matching: EncodedQuadPattern(graph: .union)).compactMap(reader.decode))
    }

    /// The named graphs that exist (with quads or created).
    var graphNames: Set<Term> {
        let reader = dataset()
        return Set(reader.namedGraphs().compactMap(reader.term(for:)))
    }

    /// The triples of one graph.
    func triples(in graph: GraphName) -> Set<Triple> {
        Set(allQuads.filter { $0.graph == graph }.map(\.triple))
    }
}

/// Short names for the example vocabulary of the tests.
enum EX {
    static func iri(_ local: String) -> Term { .iri("http://example.org/" + local) }
    static let g1: Term = iri("g1")
    static let g2: Term = iri("g2")
    static let p: Term = iri("p")
    static let q: Term = iri("q")
    static func lit(_ s: String) -> Term { .literal(Literal(s)) }
    static func int(_ n: Int) -> Term { .literal(Literal(String(n), datatype: XSD.integer)) }
}

/// The request prologue every test uses.
let prologue = "PREFIX : <http://example.org/>\n"

extension ScratchFolder {
    /// Writes a text file in the folder and returns its path.
    func write(_ name: String, _ text: String) throws -> String {
        try text.write(toFile: file(name), atomically: true, encoding: .utf8)
        return file(name)
    }
}
