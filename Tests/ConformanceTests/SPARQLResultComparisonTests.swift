import RDFModel
import SPARQLResults
import Testing

/// The harness's comparison must be exactly as strict as the suites require, no looser.
@Suite("SPARQL harness: result comparison")
struct SPARQLResultComparisonTests {
    typealias C = SPARQLResultComparison
    let a: Term = .iri("http://example.org/a"), b: Term = .iri("http://example.org/b")
    func rows(_ values: [[String: Term]]) -> QueryResults { .solutions(variables: ["x", "y"], rows: values.map(QuerySolution.init)) }

    @Test("blank nodes match under one bijection across all rows")
    func blankNodeBijection() {
        let shared = rows([["x": .blank("1"), "y": a], ["x": .blank("1"), "y": b]])
        let renamed = rows([["x": .blank("z"), "y": b], ["x": .blank("z"), "y": a]])
        let split = rows([["x": .blank("p"), "y": a], ["x": .blank("q"), "y": b]])
        #expect(C.difference(actual: renamed, expected: shared, mode: .init()) == nil)
        #expect(C.difference(actual: split, expected: shared, mode: .init()) != nil)
        #expect(C.difference(actual: shared, expected: split, mode: .init()) != nil)
    }

    @Test("multisets count duplicates; LaxCardinality compares sets")
    func cardinality() {
        let once = rows([["x": a]]), twice = rows([["x": a], ["x": a]])
        #expect(C.difference(actual: twice, expected: once, mode: .init()) != nil)
        #expect(C.difference(actual: twice, expected: once, mode: .init(lax: true)) == nil)
    }

    @Test("with ORDER BY, order matters except among rows tying on the sort keys")
    func order() {
        let one: Term = .literal(Literal("1", datatype: XSD.integer)), two: Term = .literal(Literal("2", datatype: XSD.integer))
        let expected = rows([["x": one, "y": a], ["x": one, "y": b], ["x": two, "y": a]])
        let tiesSwapped = rows([["x": one, "y": b], ["x": one, "y": a], ["x": two, "y": a]])
        let misordered = rows([["x": two, "y": a], ["x": one, "y": a], ["x": one, "y": b]])
        #expect(C.difference(actual: tiesSwapped, expected: expected, mode: .init(orderKeys: ["x"])) == nil)
        #expect(C.difference(actual: misordered, expected: expected, mode: .init(orderKeys: ["x"])) != nil)
        #expect(C.difference(actual: misordered, expected: expected, mode: .init()) == nil)
    }

    @Test("literals compare as terms: lexical form, datatype and language all count")
    func literals() {
        let canonical = rows([["x": .literal(Literal("1.0", datatype: XSD.decimal))]])
        let other = rows([["x": .literal(Literal("1", datatype: XSD.decimal))]])
        let plain = rows([["x": .literal(Literal("1.0"))]])
        let tagged = rows([["x": .literal(Literal("1.0", language: "en"))]])
        #expect(C.difference(actual: other, expected: canonical, mode: .init())?.contains("equal by value") == true)
        #expect(C.difference(actual: plain, expected: canonical, mode: .init()) != nil)
        #expect(C.difference(actual: tagged, expected: plain, mode: .init()) != nil)
    }

    @Test("an unbound variable differs from any value")
    func unbound() {
        #expect(C.difference(actual: rows([["x": a]]), expected: rows([["x": a, "y": b]]), mode: .init()) != nil)
    }

    @Test("graphs compare by isomorphism, booleans by value, kinds never across")
    func otherForms() {
        let p: Term = .iri("http://example.org/p")
        #expect(C.difference(actual: .graph([Triple(.blank("u"), p, a)]), expected: .graph([Triple(.blank("v"), p, a)]), mode: .init()) == nil)
        #expect(C.difference(actual: .graph([Triple(.blank("u"), p, .blank("u"))]), expected: .graph([Triple(.blank("v"), p, .blank("w"))]), mode: .init()) != nil)
        #expect(C.difference(actual: .boolean(true), expected: .boolean(false), mode: .init()) != nil)
        #expect(C.difference(actual: .boolean(true), expected: rows([]), mode: .init()) != nil)
    }
}
