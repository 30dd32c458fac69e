import Foundation
import RDFModel
@testable import QuadStore

/// A fresh folder under the system temporary folder, removed by `cleanup()`.
struct TemporaryFolder {
    let path: String
    init() {
        var template = Array("/tmp/citykg-test-XXXXXX".utf8CString)
        path = template.withUnsafeMutableBufferPointer { String(cString: mkdtemp($0.baseAddress!)!) }
    }
    func cleanup() { try? FileManager.default.removeItem(atPath: path) }
}

/// A small deterministic PRNG for property tests (SplitMix64).
struct TestRandom: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Random terms of every kind, drawn from a vocabulary small enough that patterns match often.
struct QuadFactory {
    var rng: TestRandom
    let vocabulary: Int

    init(seed: UInt64, vocabulary: Int = 12) {
        rng = TestRandom(seed: seed)
        self.vocabulary = vocabulary
    }

    static let strings = ["张伟", "李娜", "王芳", "x", "", "hello world", "line\nbreak \"quoted\" \\ back", "emoji 🏙️", "短",
                          String(repeating: "长文本", count: 200), "tab\there", "ñandú", "日本語テキスト"]

    mutating func pick(_ n: Int) -> Int { Int(rng.next() % UInt64(n)) }

    mutating func iri() -> Term { .iri("https://citykg.example/e/\(pick(vocabulary))") }
    mutating func predicate() -> Term { .iri("https://citykg.example/ontology#p\(pick(max(2, vocabulary / 3)))") }
    mutating func graph() -> GraphName {
        switch pick(4) {
        case 0: return .defaultGraph
        case 1: return .named(.blank("g\(pick(2))"))
        default: return .named(.iri("https://citykg.example/graph/\(pick(3))"))
        }
    }

    mutating func object() -> Term {
        switch pick(11) {
        case 0, 1: return iri()
        case 2: return .blank("b\(pick(vocabulary))")
        case 3: return .literal(Literal(Self.strings[pick(Self.strings.count)]))
        case 4: return .literal(Literal(Self.strings[pick(Self.strings.count)], language: ["zh", "en", "zh-Hans-CN"][pick(3)]))
        case 5: return .literal(Literal(String(Int(pick(2000)) - 1000), datatype: XSD.integer))
        case 6: return .literal(Literal(["01", "+5", "-0", "007", "123456789012345678901234567890"][pick(5)], datatype: XSD.integer))
        case 7: return .literal(Literal(["true", "false", "1", "0"][pick(4)], datatype: XSD.boolean))
        case 8: return .literal(Literal(["2024-02-29", "1999-12-31", "2023-02-29", "2024-01-01Z", "0001-01-01"][pick(5)], datatype: XSD.date))
        case 9: return .literal(Literal(["1.5", "2.0E3", "NaN"][pick(3)], datatype: [XSD.decimal, XSD.double][pick(2)]))
        default: return .literal(Literal(Self.strings[pick(Self.strings.count)], datatype: IRI("https://citykg.example/dt/custom")))
        }
    }

    mutating func subject() -> Term { pick(5) == 0 ? .blank("b\(pick(vocabulary))") : iri() }

    mutating func quad() -> Quad { Quad(subject(), predicate(), object(), graph()) }

    mutating func quads(_ n: Int) -> [Quad] { (0..<n).map { _ in quad() } }
}

extension QuadStoreReader {
    /// Everything in the store, decoded.
    func allQuads() -> Set<Quad> {
        Set(quads(matching: EncodedQuadPattern(graph: .union)).map { decode($0)! })
    }
}

/// Statistics computed by brute force over a set of quads.
func bruteForceStatistics(_ quads: Set<Quad>, reader: QuadStoreReader) -> StoreStatistics {
    var s = StoreStatistics()
    s.quadCount = quads.count
    for q in quads {
        let g = q.graph.term.map { reader.termID(for: $0) } ?? StoreStatistics.defaultGraphID
        s.quadsPerGraph[g, default: 0] += 1
        s.quadsPerPredicate[reader.termID(for: q.predicate), default: 0] += 1
    }
    var members: Set<[Term]> = []
    for q in quads where q.predicate == .iri(RDF.type) { members.insert([q.subject, q.object]) }
    for m in members { s.membersPerClass[reader.termID(for: m[1]), default: 0] += 1 }
    return s
}
