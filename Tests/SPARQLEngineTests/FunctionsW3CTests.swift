import Foundation
import RDFIO
import RDFModel
import SPARQLResults
import SPARQLSyntax
import Testing
@testable import SPARQLEngine

/// Replays the W3C `sparql11/functions` tests of the shape
/// `SELECT ?s (F(?in) AS ?out) WHERE { ?s :pred ?in }` directly against the function library:
/// the data file is loaded, F is applied to every matching object, and the (key, result) pairs
/// must equal the expected `.srx` rows. Numeric results compare by canonical form, because the
/// suite mixes XSD 1.0 and 1.1 canonical decimals ("-1" and "-1.0").
@Suite("W3C functions suite, function by function")
struct FunctionsW3CTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var result: String
        var data: String
        var predicate: String
        var output: String
        var function: @Sendable (Term) throws(ExpressionError) -> Term
        var testDescription: String { result }
    }

    static func call(_ f: BuiltinFunction, _ extra: [Term] = []) -> @Sendable (Term) throws(ExpressionError) -> Term {
        { t throws(ExpressionError) in try FunctionLibrary.evaluate(f, [t] + extra, context: FunctionContext()) }
    }

    static let cases: [Case] = [
        Case(result: "ucase01", data: "data", predicate: "str", output: "ustr", function: call(.ucase)),
        Case(result: "ucase01-non-bmp", data: "data5", predicate: "str", output: "ustr", function: call(.ucase)),
        Case(result: "lcase01", data: "data", predicate: "str", output: "lstr", function: call(.lcase)),
        Case(result: "lcase01-non-bmp", data: "data5", predicate: "str", output: "lstr", function: call(.lcase)),
        Case(result: "length01", data: "data", predicate: "str", output: "len", function: call(.strlen)),
        Case(result: "length01-non-bmp", data: "data5", predicate: "str", output: "len", function: call(.strlen)),
        Case(result: "encode01", data: "data", predicate: "str", output: "encoded", function: call(.encodeForURI)),
        Case(result: "encode01-non-bmp", data: "data5", predicate: "str", output: "encoded", function: call(.encodeForURI)),
        Case(result: "substring01", data: "data", predicate: "str", output: "substr",
             function: call(.substr, [.integer(1), .integer(1)])),
        Case(result: "substring01-non-bmp", data: "data5", predicate: "str", output: "substr",
             function: call(.substr, [.integer(1), .integer(1)])),
        Case(result: "substring02", data: "data", predicate: "str", output: "substr", function: call(.substr, [.integer(2)])),
        Case(result: "substring02-non-bmp", data: "data5", predicate: "str", output: "substr", function: call(.substr, [.integer(2)])),
        Case(result: "ceil01", data: "data", predicate: "num", output: "ceil", function: call(.ceil)),
        Case(result: "floor01", data: "data", predicate: "num", output: "floor", function: call(.floor)),
        Case(result: "round01", data: "data", predicate: "num", output: "round", function: call(.round)),
        Case(result: "year-01", data: "data", predicate: "date", output: "x", function: call(.year)),
        Case(result: "month-01", data: "data", predicate: "date", output: "x", function: call(.month)),
        Case(result: "day-01", data: "data", predicate: "date", output: "x", function: call(.day)),
        Case(result: "hours-01", data: "data", predicate: "date", output: "x", function: call(.hours)),
        Case(result: "minutes-01", data: "data", predicate: "date", output: "x", function: call(.minutes)),
        Case(result: "seconds-01", data: "data", predicate: "date", output: "x", function: call(.seconds)),
        Case(result: "timezone-01", data: "data", predicate: "date", output: "x", function: call(.timezone)),
        Case(result: "tz-01", data: "data", predicate: "date", output: "x", function: call(.tz)),
        Case(result: "strbefore01a", data: "data2", predicate: "str", output: "prefix", function: call(.strBefore, [.literal(Literal("s"))])),
        Case(result: "strafter01a", data: "data2", predicate: "str", output: "suffix", function: call(.strAfter, [.literal(Literal("e"))])),
        Case(result: "replace01", data: "data3", predicate: "str", output: "new",
             function: call(.replace, [.literal(Literal("[^a-z0-9]")), .literal(Literal("-"))])),
    ]

    static func load(_ name: String) throws -> [Triple] {
        try loadTurtle(w3cSPARQLDirectory.appendingPathComponent("sparql11/functions/\(name).ttl").path)
    }

    /// A comparable rendering: numeric literals in canonical form, everything else in N-Triples.
    static func normalized(_ t: Term?) -> String {
        guard let t else { return "UNBOUND" }
        if let n = t.numericValue, case .literal(let l) = t { return n.canonicalLexicalForm + "^^" + l.datatype.value }
        return t.ntriples
    }

    @Test(arguments: cases)
    func replay(_ c: Case) throws {
        let expected = try QueryResults.parse(try w3cFile("sparql11/functions/\(c.result).srx"), format: .xml)
        guard case .solutions(let variables, let rows) = expected else { Issue.record("not a SELECT result"); return }
        let keyVariable = variables.contains("s") ? "s" : "str"
        let predicate = Term.iri("http://example.org/" + c.predicate)
        var actual: [String] = []
        for t in try Self.load(c.data) where t.predicate == predicate {
            let key = keyVariable == "s" ? t.subject : t.object
            let value: Term?
            do { value = try c.function(t.object) } catch { value = nil }
            actual.append(Self.normalized(key) + " -> " + Self.normalized(value))
        }
        let wanted = rows.map { Self.normalized($0[keyVariable]) + " -> " + Self.normalized($0[c.output]) }
        #expect(actual.sorted() == wanted.sorted())
    }

    @Test("Single-value tests (md5-01, sha*-01 on :s1 \"foo\"; concat01; iri01)")
    func singleValues() throws {
        for (name, algorithm) in [("md5-01", FunctionLibrary.HashAlgorithm.md5), ("sha1-01", .sha1), ("sha256-01", .sha256),
                                  ("sha384-01", .sha384), ("sha512-01", .sha512)] {
            let r = try QueryResults.parse(try w3cFile("sparql11/functions/\(name).srx"), format: .xml)
            guard case .solutions(_, let rows) = r else { continue }
            #expect(rows.first?["hash"] == (try FunctionLibrary.hash(algorithm, .literal(Literal("foo")))), "\(name)")
        }
        let concat = try QueryResults.parse(try w3cFile("sparql11/functions/concat01.srx"), format: .xml)
        guard case .solutions(_, let rows) = concat else { return }
        #expect(rows.first?["str"] == (try FunctionLibrary.concat([xstr("abc"), xstr("DEF")])))
    }

    @Test("isnumeric01 picks exactly the valid numbers of data.ttl")
    func isNumeric() throws {
        let r = try QueryResults.parse(try w3cFile("sparql11/functions/isnumeric01.srx"), format: .xml)
        guard case .solutions(_, let rows) = r else { return }
        let numeric = try Self.load("data").filter { $0.object.numericValue != nil }
        #expect(Set(numeric.map(\.subject)) == Set(rows.compactMap { $0["s"] }))
    }
}
