import RDFModel
import SPARQLSyntax
import Testing
@testable import SPARQLEngine

@Suite("Aggregate accumulators")
struct FunctionsAggregateTests {
    func run(_ f: AggregateAccumulator.Function, distinct: Bool = false, _ values: [Term?]) -> Term? {
        var acc = AggregateAccumulator(f, distinct: distinct)
        for v in values { acc.add(v) }
        return acc.result
    }

    @Test func count() {
        #expect(run(.count, [int("1"), nil, int("1"), plain("a")]) == int("3"))
        #expect(run(.count, distinct: true, [int("1"), nil, int("1"), plain("a")]) == int("2"))
        #expect(run(.count, []) == int("0"))
    }

    @Test func sumAndAvg() {
        #expect(run(.sum, [int("1"), dec("2.5"), int("3")]) == dec("6.5"))
        #expect(run(.sum, []) == int("0"))
        #expect(run(.sum, [int("1"), plain("x")]) == nil)
        #expect(run(.sum, [int("1"), nil]) == nil)
        #expect(run(.sum, [int("1"), dbl("2")]) == dbl("3"))
        #expect(run(.avg, [int("1"), int("2")]) == dec("1.5"))
        #expect(run(.avg, [int("2"), int("2")]) == dec("2"))
        #expect(run(.avg, []) == int("0"))
        #expect(run(.avg, distinct: true, [int("1"), int("1"), int("4")]) == dec("2.5"))
        #expect(run(.avg, [flt("1"), flt("2")]) == flt("1.5"))
    }

    @Test func minMaxSample() {
        let values: [Term?] = [int("3"), plain("a"), dec("1.5"), .iri("http://x"), .blank("b")]
        #expect(run(.min, values) == .blank("b"))
        #expect(run(.max, values) == plain("a"))
        #expect(run(.max, [int("3"), dec("10.5"), dbl("7")]) == dec("10.5"))
        #expect(run(.min, []) == nil)
        #expect(run(.sample, [nil, int("7"), int("8")]) == int("7"))
        #expect(run(.min, [int("1"), nil]) == nil)
    }

    @Test func groupConcat() {
        #expect(run(.groupConcat(separator: " "), [plain("a"), plain("b")]) == plain("a b"))
        #expect(run(.groupConcat(separator: ", "), distinct: true, [plain("a"), plain("a"), xstr("b")]) == plain("a, b"))
        #expect(run(.groupConcat(separator: " "), [lang("1", "en"), lang("2", "en")]) == plain("1 2"))   // agg-groupconcat-04
        #expect(run(.groupConcat(separator: "-"), [lang("a", "en"), plain("b")]) == plain("a-b"))
        #expect(run(.groupConcat(separator: " "), []) == plain(""))
        #expect(run(.groupConcat(separator: " "), [plain("a"), int("1")]) == plain("a 1"))
        #expect(run(.groupConcat(separator: " "), [plain("a"), .blank("b")]) == nil)
        #expect(run(.groupConcat(separator: " "), [plain("a"), nil]) == nil)
    }

    @Test func fromParsedAggregate() {
        let acc = AggregateAccumulator(.groupConcat(.variable(Variable("x")), distinct: true, separator: nil))
        #expect(acc?.function == .groupConcat(separator: " ") && acc?.distinct == true)
        #expect(AggregateAccumulator(.custom(IRI("http://example.org/agg"), [], distinct: false)) == nil)
        var all = AggregateAccumulator(.countAll(distinct: true))!
        all.addRow()
        all.add(.boolean(true))
        all.add(.boolean(true))
        #expect(all.result == int("3"))
    }
}
