import RDFModel
import Testing
@testable import SPARQLResults

@Suite("Result parsers on damaged input")
struct ResultsRobustnessTests {
    /// Truncations and byte flips of valid documents must give a result or a ResultsError, never a trap.
    @Test(arguments: [QueryResultsFormat.json, .xml, .csv, .tsv])
    func damagedDocuments(format: QueryResultsFormat) {
        let document = Array(trickySolutions.serialized(as: format).utf8)
        var state: UInt64 = 7
        func next() -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int(truncatingIfNeeded: state >> 33)
        }
        var parsed = 0, rejected = 0
        for i in 0..<400 {
            var bytes = document
            if i % 2 == 0 {
                bytes = Array(bytes.prefix(next() % (bytes.count + 1)))
            } else {
                for _ in 0..<3 { bytes[next() % bytes.count] = UInt8(truncatingIfNeeded: next()) }
            }
            do {
                _ = try QueryResults.parse(String(decoding: bytes, as: UTF8.self), format: format)
                parsed += 1
            } catch {
                rejected += 1
            }
        }
        #expect(parsed + rejected == 400)
        #expect(rejected > 0)
    }

    @Test func oddTSVTerms() throws {
        for field in ["<", "\"", "\"\\", "\"\\u12\"", "\"a\"@", "\"a\"^^", "\"a\"^^<x", "_:", "1.", "+", "'''a", "1e+", "'it''s'"] {
            let text = "?x\n" + field + "\n"
            #expect(throws: ResultsError.self, "\(field)") { try QueryResults.parse(text, format: .tsv) }
        }
        #expect(try QueryResults.parse("?x\n\"\"\"a\"b\"\"\"\n", format: .tsv)
                == .solutions(variables: ["x"], rows: [["x": .literal(Literal("a\"b"))]]))
        #expect(try QueryResults.parse("?x\n'it\\'s'\n", format: .tsv)
                == .solutions(variables: ["x"], rows: [["x": .literal(Literal("it's"))]]))
    }
}
