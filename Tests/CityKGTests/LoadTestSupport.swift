import Foundation
import RDFModel

/// A fresh folder under the system temporary folder.
struct ScratchFolder {
    let path: String
    init() {
        var template = Array("/tmp/citykg-kgtest-XXXXXX".utf8CString)
        path = template.withUnsafeMutableBufferPointer { String(cString: mkdtemp($0.baseAddress!)!) }
    }
    func cleanup() { try? FileManager.default.removeItem(atPath: path) }
    func file(_ name: String) -> String { path + "/" + name }
}

/// Deterministic random quads that stress serialisation: every kind of term, Unicode and CJK
/// text, escapes, language tags, typed literals with non-canonical lexical forms, blank nodes as
/// subjects, objects and graph names.
struct SerialisationQuads: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func pick(_ n: Int) -> Int { Int(next() % UInt64(n)) }

    static let texts = ["张伟", "北京市朝阳区建国路88号", "Zhang Wei", "", "a\"quote\"", "back\\slash", "new\nline", "tab\t", "cr\r",
                        "emoji 🏙️🚌", "ünïcödé", "日本語", "한국어", "\u{7F}del", String(repeating: "社区网格", count: 100)]

    mutating func literal() -> Literal {
        let text = Self.texts[pick(Self.texts.count)]
        switch pick(6) {
        case 0: return Literal(text)
        case 1: return Literal(text, language: ["zh", "en-GB", "zh-hans"][pick(3)])
        case 2: return Literal(["1", "01", "-7", "+3", "1234567890123456789012"][pick(5)], datatype: XSD.integer)
        case 3: return Literal(["2024-02-29", "1990-1-1", "2000-01-01+08:00"][pick(3)], datatype: XSD.date)
        case 4: return Literal(["1.50", "1e3", "true", "0"][pick(4)], datatype: [XSD.decimal, XSD.double, XSD.boolean][pick(3)])
        default: return Literal(text, datatype: IRI("https://citykg.example/dt#\(pick(3))"))
        }
    }

    mutating func node() -> Term {
        pick(4) == 0 ? .blank("n\(pick(30))") : .iri("https://citykg.example/\(["人", "person", "楼"][pick(3)])/\(pick(200))")
    }

    mutating func quad() -> Quad {
        let o: Term = pick(2) == 0 ? .literal(literal()) : node()
        let g: GraphName
        switch pick(5) {
        case 0: g = .defaultGraph
        case 1: g = .named(.blank("g\(pick(3))"))
        default: g = .named(.iri("https://citykg.example/graph/\(pick(7))"))
        }
        return Quad(node(), .iri("https://citykg.example/ontology#p\(pick(12))"), o, g)
    }

    mutating func quads(_ n: Int) -> [Quad] { (0..<n).map { _ in quad() } }
}

/// Writes quads as an N-Quads file.
func writeNQuads(_ quads: [Quad], to path: String) throws {
    var text = ""
    for q in quads { q.writeNQuads(to: &text) }
    try text.write(toFile: path, atomically: true, encoding: .utf8)
}

/// The `citykg` executable built next to the test bundle.
var citykgExecutable: String {
    let exe = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
    return URL(fileURLWithPath: exe).deletingLastPathComponent().appendingPathComponent("citykg").path
}

/// Runs `citykg` with arguments; returns exit status and standard output.
@discardableResult
func runCityKG(_ arguments: [String]) throws -> (status: Int32, output: String, error: String) {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: citykgExecutable)
    p.arguments = arguments
    let out = Pipe(), err = Pipe()
    p.standardOutput = out
    p.standardError = err
    try p.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    let edata = err.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return (p.terminationStatus, String(decoding: data, as: UTF8.self), String(decoding: edata, as: UTF8.self))
}
