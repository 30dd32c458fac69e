import RDFModel
import Testing
@testable import SPARQLEngine

@Suite("XSD casts")
struct FunctionsCastTests {
    func cast(_ t: Term, _ dt: IRI) -> Term? {
        attempt { () throws(ExpressionError) in try FunctionLibrary.cast(t, to: dt) }
    }

    // Expectations from the W3C sparql11/cast suite (cast-string, cast-decimal, cast-int, cast-bool, ...).
    @Test("To xsd:string (W3C cast-string)", arguments: [
        (Term.iri("http://example.org/z"), "http://example.org/z"), (plain("-10.2E3"), "-10.2E3"),
        (dateTime("2002-10-10T17:00:00Z"), "2002-10-10T17:00:00Z"), (typed("true", XSD.boolean), "true"),
        (typed("0", XSD.boolean), "false"), (int("-1"), "-1"), (dec("0.0"), "0"), (dec("1.0"), "1"),
        (dec("-2.5"), "-2.5"), (dbl("0E1"), "0"), (dbl("1E0"), "1"), (flt("1.25"), "1.25"), (flt("-7.875"), "-7.875"),
        (dbl("1e7"), "1.0E7"), (dbl("1.5e-7"), "1.5E-7"), (dbl("-INF"), "-INF"),
    ] as [(Term, String)])
    func toString(input: Term, expected: String) {
        #expect(cast(input, XSD.string) == plain(expected))
    }

    @Test("To xsd:decimal (W3C cast-decimal)", arguments: [
        (plain("+33.3300"), Optional("33.33")), (plain("0.0"), "0"), (plain("0"), "0"), (plain("1.5"), "1.5"),
        (plain("13"), "13"), (plain("-10.2E3"), nil), (plain("0E1"), nil), (plain("string"), nil), (plain("true"), nil),
        (typed("true", XSD.boolean), "1"), (typed("0", XSD.boolean), "0"), (int("-1"), "-1"),
        (dbl("1.0"), "1"), (flt("1.25"), "1.25"), (flt("-7.875"), "-7.875"), (dbl("NaN"), nil), (dbl("INF"), nil),
        (dateTime("2002-10-10T17:00:00Z"), nil),
    ] as [(Term, String?)])
    func toDecimal(input: Term, expected: String?) {
        #expect(cast(input, XSD.decimal) == expected.map(dec))
    }

    @Test("To xsd:integer (W3C cast-int)", arguments: [
        (plain("13"), Optional("13")), (plain(" 13 "), "13"), (plain("1.5"), nil), (plain("1E0"), nil), (plain("-0"), "0"),
        (typed("true", XSD.boolean), "1"), (dec("-2.5"), "-2"), (dec("2.5"), "2"), (dbl("1.0e0"), "1"),
        (flt("-7.875"), "-7"), (dbl("INF"), nil), (dbl("NaN"), nil), (.iri("http://a"), nil), (.blank("b"), nil),
    ] as [(Term, String?)])
    func toInteger(input: Term, expected: String?) {
        #expect(cast(input, XSD.integer) == expected.map(int))
    }

    @Test("To xsd:boolean (W3C cast-bool)", arguments: [
        (plain("true"), Optional(true)), (plain("1"), true), (plain("false"), false), (plain("0"), false), (plain("TRUE"), nil),
        (plain("string"), nil), (int("0"), false), (int("-1"), true), (dec("0.0"), false), (dbl("NaN"), false),
        (dbl("1E0"), true), (typed("0", XSD.boolean), false),
    ] as [(Term, Bool?)])
    func toBoolean(input: Term, expected: Bool?) {
        #expect(cast(input, XSD.boolean) == expected.map(bool))
    }

    @Test("To xsd:double and xsd:float (W3C cast-double, cast-float)", arguments: [
        (plain("-10.2E3"), Optional(-10200.0)), (plain("+33.3300"), 33.33), (plain("0E1"), 0), (plain("1"), 1), (plain("INF"), .infinity),
        (plain("string"), nil), (plain("1.0e"), nil), (typed("true", XSD.boolean), 1), (dec("-2.5"), -2.5), (int("13"), 13),
    ] as [(Term, Double?)])
    func toDouble(input: Term, expected: Double?) {
        #expect(cast(input, XSD.double) == expected.map { XSDNumeric.double($0).term })
        #expect(cast(input, XSD.float) == expected.map { XSDNumeric.float(Float($0)).term })
    }

    @Test func dateTimeCasts() {
        #expect(cast(plain("2002-10-10T17:00:00Z"), XSD.dateTime) == dateTime("2002-10-10T17:00:00Z"))
        #expect(cast(plain("2002-10-10T17:00:00+00:00"), XSD.dateTime) == dateTime("2002-10-10T17:00:00Z"))
        #expect(cast(plain("2002-10-10"), XSD.dateTime) == nil)
        #expect(cast(dateTime("2002-10-10T17:00:00-05:00"), XSD.date) == typed("2002-10-10-05:00", XSD.date))
        #expect(cast(typed("2002-10-10", XSD.date), XSD.dateTime) == dateTime("2002-10-10T00:00:00"))
        #expect(cast(dateTime("2002-10-10T17:00:00.500Z"), XSD.time) == typed("17:00:00.5Z", XSD.time))
        #expect(cast(int("1"), XSD.dateTime) == nil)
    }

    @Test func derivedIntegerCasts() throws {
        #expect(cast(plain("127"), XSD.byte) == typed("127", XSD.byte))
        #expect(cast(plain("128"), XSD.byte) == nil)
        #expect(cast(int("-1"), XSD.unsignedInt) == nil)
        #expect(try FunctionLibrary.evaluate(function: XSD.short, [dec("12.9")]) == typed("12", XSD.short))
        #expect(throws: ExpressionError.self) { try FunctionLibrary.evaluate(function: IRI("http://example/f"), [int("1")]) }
    }

    @Test func invalidSourcesFail() {
        #expect(cast(typed("abc", XSD.integer), XSD.string) == nil)
        #expect(cast(lang("1", "en"), XSD.integer) == nil)
        #expect(cast(typed("x", IRI("http://u")), XSD.string) == plain("x"))
        #expect(cast(typed("P1D", XSD.dayTimeDuration), XSD.string) == plain("P1D"))
        #expect(cast(plain("PT1H"), XSD.dayTimeDuration) == typed("PT1H", XSD.dayTimeDuration))
    }
}
