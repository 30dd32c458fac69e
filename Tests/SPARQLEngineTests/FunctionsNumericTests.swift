import RDFModel
import Testing
@testable import SPARQLEngine

@Suite("Numeric tower and arithmetic")
struct FunctionsNumericTests {
    @Test("Arithmetic results and promotion", arguments: [
        (int("1"), int("2"), "+", int("3")),
        (int("1"), dec("2.5"), "+", dec("3.5")),
        (dec("1.0"), int("2"), "+", dec("3")),
        (int("1"), dbl("2"), "+", dbl("3")),
        (int("1"), flt("2"), "+", flt("3")),
        (flt("1"), dbl("2"), "+", dbl("3")),
        (typed("1", XSD.int), typed("2", XSD.unsignedByte), "+", int("3")),
        (int("7"), int("2"), "/", dec("3.5")),
        (int("1"), int("3"), "/", dec("0.333333333333333333")),
        (int("6"), int("3"), "/", dec("2")),
        (int("3"), int("4"), "*", int("12")),
        (dec("1.5"), dec("1.5"), "*", dec("2.25")),
        (dec("0.1"), dec("0.2"), "+", dec("0.3")),
        (int("5"), int("7"), "-", int("-2")),
        (dbl("1"), dbl("0"), "/", dbl("INF")),
        (dbl("-1"), int("0"), "/", dbl("-INF")),
        (dbl("0"), dbl("0"), "/", dbl("NaN")),
        (int("-2"), dec("-0.5"), "*", dec("1")),
    ] as [(Term, Term, String, Term)])
    func arithmetic(a: Term, b: Term, op: String, expected: Term) throws {
        let result: Term
        switch op {
        case "+": result = try FunctionLibrary.add(a, b)
        case "-": result = try FunctionLibrary.subtract(a, b)
        case "*": result = try FunctionLibrary.multiply(a, b)
        default: result = try FunctionLibrary.divide(a, b)
        }
        #expect(result == expected)
    }

    @Test("Arithmetic errors", arguments: [
        (int("1"), int("0")), (dec("1.5"), dec("0.0")), (int("1"), plain("1")), (int("1"), typed("x", XSD.integer)),
        (plain("1"), plain("2")),
    ] as [(Term, Term)])
    func divisionErrors(a: Term, b: Term) {
        #expect(attempt { () throws(ExpressionError) in try FunctionLibrary.divide(a, b) } == nil)
    }

    @Test func integerOverflowIsAnError() {
        let big = int("170141183460469231731687303715884105727")
        #expect(attempt { () throws(ExpressionError) in try FunctionLibrary.add(big, int("1")) } == nil)
        #expect(attempt { () throws(ExpressionError) in try FunctionLibrary.multiply(big, int("2")) } == nil)
    }

    @Test func decimalMultiplicationKeepsPrecision() throws {
        let r = try FunctionLibrary.multiply(dec("123456789.123456789"), dec("1000000000"))
        #expect(r == dec("123456789123456789"))
        let big = try FunctionLibrary.multiply(dec("99999999999.5"), dec("2"))
        #expect(big == dec("199999999999"))
    }

    @Test func unaryOperators() throws {
        #expect(try FunctionLibrary.unaryMinus(int("5")) == int("-5"))
        #expect(try FunctionLibrary.unaryMinus(dec("-1.50")) == dec("1.5"))
        #expect(try FunctionLibrary.unaryPlus(int("+05")) == int("5"))
        #expect(try FunctionLibrary.unaryMinus(dbl("INF")) == dbl("-INF"))
    }

    @Test("ABS, CEIL, FLOOR, ROUND (W3C functions/abs01, ceil01, floor01, round01)", arguments: [
        ("ABS", int("-2"), int("2")), ("ABS", dec("-1.6"), dec("1.6")), ("ABS", dbl("-1.5e0"), dbl("1.5")),
        ("CEIL", dec("-1.6"), dec("-1")), ("CEIL", dec("1.1"), dec("2")), ("CEIL", dec("2.5"), dec("3")),
        ("CEIL", int("-2"), int("-2")), ("CEIL", dbl("1.1"), dbl("2")),
        ("FLOOR", dec("-1.6"), dec("-2")), ("FLOOR", dec("1.1"), dec("1")), ("FLOOR", dec("2.5"), dec("2")),
        ("ROUND", dec("-1.6"), dec("-2")), ("ROUND", dec("1.1"), dec("1")), ("ROUND", dec("2.5"), dec("3")),
        ("ROUND", dec("-2.5"), dec("-2")), ("ROUND", dbl("-2.5"), dbl("-2")), ("ROUND", dbl("2.4999"), dbl("2")),
        ("ROUND", dbl("-0.3"), dbl("-0")), ("ROUND", int("-1"), int("-1")),
    ] as [(String, Term, Term)])
    func rounding(name: String, input: Term, expected: Term) throws {
        let r: Term
        switch name {
        case "ABS": r = try FunctionLibrary.abs(input)
        case "CEIL": r = try FunctionLibrary.ceil(input)
        case "FLOOR": r = try FunctionLibrary.floor(input)
        default: r = try FunctionLibrary.round(input)
        }
        #expect(r == expected)
    }

    @Test("XSD 1.0 canonical forms", arguments: [
        (XSDNumeric.double(1), "1.0E0"), (.double(0.001), "1.0E-3"), (.double(123456.789), "1.23456789E5"),
        (.double(-0.0), "-0.0E0"), (.double(.nan), "NaN"), (.double(-.infinity), "-INF"), (.double(1e300), "1.0E300"),
        (.float(0.1), "1.0E-1"), (.float(3.25), "3.25E0"),
        (.decimal(XSDDecimal(lexical: "00012.5000")!), "12.5"), (.decimal(XSDDecimal(lexical: "-.5")!), "-0.5"),
        (.decimal(XSDDecimal(lexical: "+3.")!), "3.0"), (.integer(-0), "0"),
    ])
    func xsd10Canonical(value: XSDNumeric, expected: String) {
        #expect(value.xsd10CanonicalForm == expected)
    }

    @Test("Lexical forms of computed numbers (XPath 3.1 string values)", arguments: [
        (XSDNumeric.double(1), "1"), (.double(0.001), "0.001"), (.double(123456.789), "123456.789"), (.double(1e6), "1.0E6"),
        (.double(1.5e-7), "1.5E-7"), (.double(-0.0), "-0"), (.double(.nan), "NaN"), (.double(.infinity), "INF"),
        (.double(1050), "1050"), (.float(0.1), "0.1"), (.float(3.25), "3.25"), (.float(6), "6"),
        (.decimal(XSDDecimal(lexical: "00012.5000")!), "12.5"), (.decimal(XSDDecimal(lexical: "3.0")!), "3"),
        (.decimal(XSDDecimal(lexical: "-0.50")!), "-0.5"), (.integer(-12), "-12"),
    ])
    func computedForms(value: XSDNumeric, expected: String) {
        #expect(value.canonicalLexicalForm == expected)
        #expect(value.literal.lexical == expected)
    }

    @Test("Numeric lexical validity", arguments: [
        (int(" 12 "), true), (int("1.0"), false), (int("+-1"), false), (dec("1."), true), (dec(".5"), true),
        (dec("."), false), (dec("1e3"), false), (dbl("1e3"), true), (dbl("1.e3"), true), (dbl("INF"), true),
        (dbl("inf"), false), (dbl("0x10"), false), (dbl("1e"), false), (flt("-INF"), true),
        (typed("128", XSD.byte), false), (typed("-128", XSD.byte), true), (typed("-1", XSD.nonNegativeInteger), false),
        (typed("0", XSD.positiveInteger), false), (typed("4294967295", XSD.unsignedInt), true),
        (typed("4294967296", XSD.unsignedInt), false), (plain("1"), false), (typed("1", IRI("http://example/num")), false),
    ] as [(Term, Bool)])
    func isNumeric(term: Term, expected: Bool) throws {
        let r = try FunctionLibrary.evaluate(.isNumeric, [term], context: FunctionContext())
        #expect(r == bool(expected))
    }

    @Test func decimalParsingAndFormatting() {
        #expect(XSDDecimal(lexical: "0.1234567890123456789")?.canonicalLexicalForm == "0.123456789012345678")
        #expect(XSDDecimal(lexical: "170141183460469231732.0") == nil)
        #expect(XSDDecimal(1e-7)?.canonicalLexicalForm == "0.0000001")
        #expect(XSDDecimal(1.5e10)?.canonicalLexicalForm == "15000000000.0")
        #expect(XSDDecimal(Double.nan) == nil)
        #expect(XSDDecimal(lexical: "2.50")!.xpathString == "2.5")
        #expect(XSDDecimal(lexical: "2.0")!.xpathString == "2")
    }
}
