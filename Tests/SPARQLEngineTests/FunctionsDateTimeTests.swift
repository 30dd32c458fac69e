import RDFModel
import SPARQLSyntax
import Foundation
import Testing
@testable import SPARQLEngine

@Suite("Date and time functions")
struct FunctionsDateTimeTests {
    let c = FunctionContext()

    func call(_ f: BuiltinFunction, _ args: Term...) -> Term? {
        attempt { () throws(ExpressionError) in try FunctionLibrary.evaluate(f, args, context: c) }
    }

    // The four dates of the W3C functions/data.ttl with the expected results of year-01 … tz-01.
    @Test("Accessors (W3C year-01 … tz-01)", arguments: [
        ("2010-06-21T11:28:01Z", 2010, 6, 21, 11, 28, "1", "PT0S", "Z"),
        ("2010-12-21T15:38:02-08:00", 2010, 12, 21, 15, 38, "2", "-PT8H", "-08:00"),
        ("2008-06-20T23:59:00Z", 2008, 6, 20, 23, 59, "0", "PT0S", "Z"),
        ("2011-02-01T01:02:03", 2011, 2, 1, 1, 2, "3", nil, ""),
    ] as [(String, Int, Int, Int, Int, Int, String, String?, String)])
    func accessors(lexical: String, y: Int, mo: Int, d: Int, h: Int, mi: Int, s: String, timezone: String?, tz: String) {
        let t = dateTime(lexical)
        #expect(call(.year, t) == .integer(y))
        #expect(call(.month, t) == .integer(mo))
        #expect(call(.day, t) == .integer(d))
        #expect(call(.hours, t) == .integer(h))
        #expect(call(.minutes, t) == .integer(mi))
        #expect(call(.seconds, t).flatMap(\.numericValue) == .decimal(XSDDecimal(lexical: s)!))
        #expect(call(.timezone, t) == timezone.map { typed($0, XSD.dayTimeDuration) })
        #expect(call(.tz, t) == plain(tz))
    }

    @Test func parsing() {
        #expect(XSDDateTime(lexical: "2010-02-29T00:00:00Z", kind: .dateTime) == nil)
        #expect(XSDDateTime(lexical: "2012-02-29T00:00:00Z", kind: .dateTime) != nil)
        #expect(XSDDateTime(lexical: "2010-06-21T11:28:01.25+05:30", kind: .dateTime)?.second == XSDDecimal(lexical: "1.25"))
        #expect(XSDDateTime(lexical: "2010-06-21T11:28", kind: .dateTime) == nil)
        #expect(XSDDateTime(lexical: "2010-06-21T25:00:00", kind: .dateTime) == nil)
        #expect(XSDDateTime(lexical: "2010-06-21T11:28:01+15:00", kind: .dateTime) == nil)
        #expect(XSDDateTime(lexical: "-0044-03-15T12:00:00", kind: .dateTime)?.year == -44)
        let midnight = XSDDateTime(lexical: "1999-12-31T24:00:00", kind: .dateTime)
        #expect(midnight?.canonicalLexicalForm == "2000-01-01T00:00:00")
        #expect(XSDDateTime(lexical: "13:20:00-05:00", kind: .time)?.hour == 13)
        #expect(XSDDateTime(lexical: "2002-09-24", kind: .date)?.day == 24)
        #expect(call(.year, typed("2002-09-24", XSD.date)) == int("2002"))
        #expect(call(.hours, typed("13:20:00", XSD.time)) == int("13"))
        #expect(call(.hours, typed("2002-09-24", XSD.date)) == nil)
        #expect(call(.year, plain("2002-09-24")) == nil)
        #expect(call(.year, typed("2002-13-24T00:00:00", XSD.dateTime)) == nil)
    }

    @Test func comparisonAcrossTimezones() throws {
        #expect(try ValueComparison.equals(dateTime("2002-04-02T12:00:00-01:00"), dateTime("2002-04-02T17:00:00+04:00")))
        #expect(try ValueComparison.lessThan(dateTime("2002-04-02T12:00:00"), dateTime("2002-04-04T12:00:00Z")))
        #expect(throws: ExpressionError.self) {
            try ValueComparison.lessThan(dateTime("2002-04-02T12:00:00"), dateTime("2002-04-02T13:00:00Z"))
        }
    }

    @Test func durations() {
        #expect(XSDDuration(lexical: "P1Y2M3DT4H5M6.5S", kind: .duration)?.canonicalLexicalForm == "P1Y2M3DT4H5M6.5S")
        #expect(XSDDuration(lexical: "PT36H", kind: .dayTime)?.canonicalLexicalForm == "P1DT12H")
        #expect(XSDDuration(lexical: "-PT8H", kind: .dayTime)?.canonicalLexicalForm == "-PT8H")
        #expect(XSDDuration(lexical: "P14M", kind: .yearMonth)?.canonicalLexicalForm == "P1Y2M")
        #expect(XSDDuration(lexical: "P1Y", kind: .dayTime) == nil)
        #expect(XSDDuration(lexical: "P1D", kind: .yearMonth) == nil)
        #expect(XSDDuration(lexical: "P", kind: .duration) == nil)
        #expect(XSDDuration(lexical: "PT", kind: .duration) == nil)
        #expect(XSDDuration(lexical: "P1H", kind: .duration) == nil)
        #expect(XSDDuration(kind: .dayTime, months: 0, seconds: .zero).canonicalLexicalForm == "PT0S")
    }

    @Test func nowIsFixedAndCanonical() {
        let ctx = FunctionContext(now: Date(timeIntervalSince1970: 1_277_119_681.5))
        #expect(ctx.now.canonicalLexicalForm == "2010-06-21T11:28:01.5Z")
        let pre = FunctionContext(now: Date(timeIntervalSince1970: -86_400))
        #expect(pre.now.canonicalLexicalForm == "1969-12-31T00:00:00Z")
    }
}

@Suite("Date and time arithmetic")
struct FunctionsTemporalArithmeticTests {
    func dt(_ s: String) -> Term { typed(s, XSD.dateTime) }
    func dtd(_ s: String) -> Term { typed(s, XSD.dayTimeDuration) }
    func ymd(_ s: String) -> Term { typed(s, XSD.yearMonthDuration) }
    func add(_ a: Term, _ b: Term) -> Term? { attempt { () throws(ExpressionError) in try FunctionLibrary.add(a, b) } }
    func sub(_ a: Term, _ b: Term) -> Term? { attempt { () throws(ExpressionError) in try FunctionLibrary.subtract(a, b) } }

    @Test func xpathExamples() {
        // XPath F&O 3.1 examples for op:add-*-to-dateTime and op:subtract-dateTimes.
        #expect(add(dt("2000-10-30T11:12:00"), ymd("P1Y2M")) == dt("2001-12-30T11:12:00"))
        #expect(add(dt("2000-10-30T11:12:00"), dtd("P3DT1H15M")) == dt("2000-11-02T12:27:00"))
        #expect(sub(dt("2000-10-30T11:12:00"), ymd("P1Y2M")) == dt("1999-08-30T11:12:00"))
        #expect(sub(dt("2000-10-30T11:12:00"), dtd("P3DT1H15M")) == dt("2000-10-27T09:57:00"))
        #expect(sub(dt("2000-10-30T06:12:00-05:00"), dt("1999-11-28T09:00:00Z")) == dtd("P337DT2H12M"))
        #expect(add(typed("2000-02-29", XSD.date), ymd("P1Y")) == typed("2001-02-28", XSD.date))
        #expect(add(typed("2004-10-30Z", XSD.date), dtd("P2DT2H30M0S")) == typed("2004-11-01Z", XSD.date))
        #expect(sub(typed("2000-10-30", XSD.date), typed("1999-11-28", XSD.date)) == dtd("P337D"))
        #expect(add(typed("11:12:00", XSD.time), dtd("P3DT1H15M")) == typed("12:27:00", XSD.time))
        #expect(sub(typed("11:12:00Z", XSD.time), dtd("P3DT1H15M")) == typed("09:57:00Z", XSD.time))
    }

    @Test func monthEndsAndDurations() {
        #expect(add(dt("2020-01-31T00:00:00Z"), ymd("P1M")) == dt("2020-02-29T00:00:00Z"))
        #expect(add(dt("2020-12-31T23:59:59.5Z"), dtd("PT0.5S")) == dt("2021-01-01T00:00:00Z"))
        #expect(sub(dt("2021-01-01T00:00:00Z"), dtd("-P1D")) == dt("2021-01-02T00:00:00Z"))
        #expect(add(dtd("PT1H"), dtd("PT30M")) == dtd("PT1H30M"))
        #expect(sub(ymd("P1Y"), ymd("P1M")) == ymd("P11M"))
        #expect(add(dtd("PT1H"), ymd("P1M")) == nil)
        #expect(sub(dt("2021-01-01T00:00:00Z"), dt("2021-01-01T00:00:00")) == nil)
        #expect(add(dt("2021-01-01T00:00:00Z"), dt("2021-01-01T00:00:00Z")) == nil)
        #expect(add(dt("2021-01-01T00:00:00Z"), int("1")) == nil)
        #expect(add(typed("11:12:00", XSD.time), ymd("P1M")) == nil)
    }
}
