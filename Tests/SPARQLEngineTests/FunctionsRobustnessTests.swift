import RDFModel
import SPARQLSyntax
import Testing
@testable import SPARQLEngine

/// Throws thousands of odd lexical forms at every datatype, function and cast: errors are fine,
/// traps (integer overflow, out-of-range conversions) would take the server down.
@Suite("Robustness against hostile literals")
struct FunctionsRobustnessTests {
    /// A small deterministic generator (SplitMix64), so failures reproduce.
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let datatypes: [IRI] = [
        XSD.integer, XSD.decimal, XSD.double, XSD.float, XSD.boolean, XSD.dateTime, XSD.date, XSD.time,
        XSD.duration, XSD.dayTimeDuration, XSD.yearMonthDuration, XSD.byte, XSD.unsignedLong, XSD.string,
    ]

    static let seeds = [
        "170141183460469231731.687303715884105727", "-170141183460469231731.687303715884105728",
        "170141183460469231731687303715884105727", "-170141183460469231731687303715884105728", "1e308", "-1e-320",
        "P99999999999999999999D", "-P9223372036854775807Y", "PT99999999999999999999.999S", "P9223372036854775807M",
        "999999999-12-31T23:59:59Z", "-999999999-01-01T00:00:00+14:00", "9999999999999-01-01", "24:00:00", "INF", "NaN",
        "0.000000000000000000001", "+", "-", ".", "e", "1e", "T", "P", "PT", "--", "",
    ]

    static func randomLexical(_ g: inout Generator) -> String {
        let alphabet = Array("0123456789+-.eE:TZPYMDHS INFa")
        let length = Int.random(in: 0...24, using: &g)
        return String((0..<length).map { _ in alphabet.randomElement(using: &g)! })
    }

    @Test func noTraps() throws {
        var g = Generator(state: 42)
        var lexicals = Self.seeds
        for _ in 0..<3000 { lexicals.append(Self.randomLexical(&g)) }
        let context = FunctionContext()
        let unary: [BuiltinFunction] = [.abs, .ceil, .floor, .round, .year, .month, .day, .hours, .minutes, .seconds,
                                        .timezone, .tz, .str, .strlen, .ucase, .isNumeric, .datatype]
        let others: [Term] = [.integer(1), .literal(Literal("1.5", datatype: XSD.decimal)), .literal(Literal("NaN", datatype: XSD.double)),
                              .literal(Literal("2010-06-21T11:28:01Z", datatype: XSD.dateTime)), .literal(Literal("PT1H", datatype: XSD.dayTimeDuration))]
        var values = 0
        for (i, lexical) in lexicals.enumerated() {
            let term = Term.literal(Literal(lexical, datatype: Self.datatypes[i % Self.datatypes.count]))
            if case .illTyped = XSDValue(term.literal!) {} else { values += 1 }
            _ = term.canonicalized
            _ = try? term.effectiveBooleanValue()
            for f in unary { _ = try? FunctionLibrary.evaluate(f, [term], context: context) }
            for target in FunctionLibrary.castTargets { _ = try? FunctionLibrary.cast(term, to: target) }
            for other in others + [term] {
                _ = try? FunctionLibrary.add(term, other)
                _ = try? FunctionLibrary.subtract(other, term)
                _ = try? FunctionLibrary.multiply(term, other)
                _ = try? FunctionLibrary.divide(other, term)
                _ = try? FunctionLibrary.unaryMinus(term)
                _ = try? ValueComparison.equals(term, other)
                _ = try? ValueComparison.compare(term, other)
                _ = TermOrder.compare(term, other)
                _ = try? FunctionLibrary.evaluate(.substr, [.literal(Literal("abc")), term, other], context: context)
            }
        }
        #expect(values > 100)
    }

    @Test func extremeDecimalsOverflowCleanly() {
        let max = Term.literal(Literal("170141183460469231731.6", datatype: XSD.decimal))
        let min = Term.literal(Literal("-170141183460469231731.6", datatype: XSD.decimal))
        #expect(attempt { () throws(ExpressionError) in try FunctionLibrary.ceil(max) } == nil)
        #expect(attempt { () throws(ExpressionError) in try FunctionLibrary.floor(min) } == nil)
        #expect(attempt { () throws(ExpressionError) in try FunctionLibrary.round(max) } == nil)
        #expect(attempt { () throws(ExpressionError) in try FunctionLibrary.floor(max) } == dec("170141183460469231731"))
        #expect(attempt { () throws(ExpressionError) in try FunctionLibrary.add(max, max) } == nil)
        #expect(attempt { () throws(ExpressionError) in try FunctionLibrary.multiply(max, max) } == nil)
    }
}
