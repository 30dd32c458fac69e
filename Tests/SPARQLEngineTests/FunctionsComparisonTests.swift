import RDFModel
import Testing
@testable import SPARQLEngine

@Suite("Value comparison, EBV and ORDER BY")
struct FunctionsComparisonTests {
    @Test("= across types", arguments: [
        (int("1"), dec("1.0"), true), (int("1"), dbl("1e0"), true), (int("01"), int("1"), true),
        (typed("1", XSD.byte), int("1"), true), (dbl("NaN"), dbl("NaN"), false), (plain("a"), xstr("a"), true),
        (plain("a"), lang("a", "en"), false), (lang("a", "en"), lang("a", "EN"), true), (lang("a", "en"), lang("a", "fr"), false),
        (bool(true), typed("1", XSD.boolean), true), (int("1"), plain("1"), false), (int("1"), bool(true), false),
        (dateTime("2010-06-21T11:28:01Z"), dateTime("2010-06-21T12:28:01+01:00"), true),
        (.iri("http://a"), .iri("http://a"), true), (.iri("http://a"), plain("http://a"), false),
        (.blank("x"), .blank("x"), true), (typed("x", IRI("http://u")), typed("x", IRI("http://u")), true),
        (typed("PT1H", XSD.dayTimeDuration), typed("PT60M", XSD.dayTimeDuration), true),
    ] as [(Term, Term, Bool)])
    func equality(a: Term, b: Term, expected: Bool) throws {
        #expect(try ValueComparison.equals(a, b) == expected)
        #expect(try ValueComparison.notEquals(a, b) == !expected)
    }

    @Test("= raises a type error for unknown or ill-typed literals (open-eq tests)", arguments: [
        (typed("x", IRI("http://u")), typed("y", IRI("http://u"))), (typed("abc", XSD.integer), int("1")),
        (typed("1", IRI("http://u")), int("1")),
        (dateTime("2010-06-21T11:28:01Z"), dateTime("2010-06-21T11:28:01")),
    ] as [(Term, Term)])
    func equalityErrors(a: Term, b: Term) {
        #expect(throws: ExpressionError.self) { try ValueComparison.equals(a, b) }
    }

    @Test("< and friends", arguments: [
        (int("1"), dec("1.5"), ValueOrder.less), (dbl("2"), int("1"), .greater), (plain("a"), plain("b"), .less),
        (plain("B"), plain("a"), .less), (plain("é"), plain("z"), .greater), (lang("a", "en"), lang("b", "en"), .less),
        (bool(false), bool(true), .less), (dateTime("2008-06-20T23:59:00Z"), dateTime("2010-06-21T11:28:01Z"), .less),
        (dateTime("2011-02-01T01:02:03"), dateTime("2010-02-01T01:02:03Z"), .greater),
        (typed("2001-01-01", XSD.date), typed("2000-12-31", XSD.date), .greater),
    ] as [(Term, Term, ValueOrder)])
    func ordering(a: Term, b: Term, expected: ValueOrder) throws {
        #expect(try ValueComparison.compare(a, b) == expected)
        #expect(try ValueComparison.lessThan(a, b) == (expected == .less))
        #expect(try ValueComparison.greaterThanOrEqual(a, b) == (expected != .less))
    }

    @Test func relationalErrors() throws {
        #expect(throws: ExpressionError.self) { try ValueComparison.lessThan(int("1"), plain("1")) }
        #expect(throws: ExpressionError.self) { try ValueComparison.lessThan(.iri("a"), .iri("b")) }
        #expect(throws: ExpressionError.self) { try ValueComparison.lessThan(lang("a", "en"), lang("a", "fr")) }
        #expect(try ValueComparison.lessThan(dbl("NaN"), int("1")) == false)
        #expect(try ValueComparison.greaterThan(dbl("NaN"), int("1")) == false)
    }

    @Test("Effective boolean value", arguments: [
        (bool(true), true), (typed("0", XSD.boolean), false), (typed("maybe", XSD.boolean), false),
        (int("0"), false), (int("2"), true), (dec("0.0"), false), (dbl("NaN"), false), (dbl("-0"), false),
        (typed("abc", XSD.integer), false), (plain(""), false), (plain("x"), true), (xstr(""), false), (lang("x", "en"), true),
    ] as [(Term, Bool)])
    func ebv(term: Term, expected: Bool) throws {
        #expect(try term.effectiveBooleanValue() == expected)
    }

    @Test func ebvErrors() {
        #expect(throws: ExpressionError.self) { try Term.iri("http://a").effectiveBooleanValue() }
        #expect(throws: ExpressionError.self) { try Term.blank("b").effectiveBooleanValue() }
        #expect(throws: ExpressionError.self) { try dateTime("2010-06-21T11:28:01Z").effectiveBooleanValue() }
        #expect(throws: ExpressionError.self) { try typed("x", IRI("http://u")).effectiveBooleanValue() }
    }

    @Test func orderByTotalOrder() {
        let terms: [Term?] = [
            plain("b"), int("10"), nil, .iri("http://b"), .blank("z"), dec("2.5"), plain("a"), .iri("http://a"),
            lang("a", "en"), bool(true), dateTime("2010-01-01T00:00:00Z"), int("2"), typed("x", IRI("http://u")),
        ]
        let sorted = terms.sorted { TermOrder.compare($0, $1) == .less }
        #expect(sorted == [
            nil, .blank("z"), .iri("http://a"), .iri("http://b"), int("2"), dec("2.5"), int("10"), plain("a"), plain("b"),
            lang("a", "en"), bool(true), dateTime("2010-01-01T00:00:00Z"), typed("x", IRI("http://u")),
        ])
        #expect(TermOrder.compare(int("1"), dec("1.0")) != .equal)
        #expect(TermOrder.compare(int("1"), int("1")) == .equal)
    }

    @Test func sameTerm() throws {
        let c = FunctionContext()
        #expect(try FunctionLibrary.evaluate(.sameTerm, [int("1"), int("01")], context: c) == bool(false))
        #expect(try FunctionLibrary.evaluate(.sameTerm, [int("1"), int("1")], context: c) == bool(true))
    }
}

@Suite("Canonical forms for result comparison")
struct FunctionsCanonicalizationTests {
    @Test(arguments: [
        (dec("1.0"), dec("1")), (dec("01.50"), dec("1.5")), (dbl("1.0e6"), dbl("1.0E6")), (int("+007"), int("7")),
        (typed("0", XSD.boolean), bool(false)), (typed("05", XSD.byte), typed("5", XSD.byte)),
        (dateTime("2002-10-10T17:00:00+00:00"), dateTime("2002-10-10T17:00:00Z")),
        (typed("PT60M", XSD.dayTimeDuration), typed("PT1H", XSD.dayTimeDuration)),
        (plain(" 1 "), plain(" 1 ")), (typed("x", XSD.integer), typed("x", XSD.integer)), (.iri("http://a"), .iri("http://a")),
    ] as [(Term, Term)])
    func canonicalized(input: Term, expected: Term) {
        #expect(input.canonicalized == expected)
    }
}
