import RDFModel
import Testing
@testable import SPARQLResults

@Suite("Result equivalence")
struct ResultsEquivalenceTests {
    let ex = "http://example.org/"

    @Test func rowOrderAndVariableOrderDoNotMatterUnlessOrdered() {
        let a = QueryResults.solutions(variables: ["x", "y"], rows: [["x": .iri(ex + "a")], ["x": .iri(ex + "b"), "y": .literal(Literal("1"))]])
        let b = QueryResults.solutions(variables: ["y", "x"], rows: [["x": .iri(ex + "b"), "y": .literal(Literal("1"))], ["x": .iri(ex + "a")]])
        #expect(a.isEquivalent(to: b))
        #expect(!a.isEquivalent(to: b, ordered: true))
        #expect(!a.isEquivalent(to: .solutions(variables: ["x"], rows: [["x": .iri(ex + "a")], ["x": .iri(ex + "b")]])))
    }

    @Test func blankNodesMatchUpToOneRenaming() {
        let a = QueryResults.solutions(variables: ["s", "o"], rows: [
            ["s": .blank("a"), "o": .blank("b")], ["s": .blank("b"), "o": .iri(ex + "x")],
        ])
        let renamed = QueryResults.solutions(variables: ["s", "o"], rows: [
            ["s": .blank("q"), "o": .iri(ex + "x")], ["s": .blank("p"), "o": .blank("q")],
        ])
        let inconsistent = QueryResults.solutions(variables: ["s", "o"], rows: [
            ["s": .blank("q"), "o": .iri(ex + "x")], ["s": .blank("p"), "o": .blank("r")],
        ])
        let merged = QueryResults.solutions(variables: ["s", "o"], rows: [
            ["s": .blank("q"), "o": .iri(ex + "x")], ["s": .blank("q"), "o": .blank("q")],
        ])
        #expect(a.isEquivalent(to: renamed))
        #expect(!a.isEquivalent(to: inconsistent))
        #expect(!a.isEquivalent(to: merged))
    }

    @Test func duplicatesCount() {
        let one = QueryResults.solutions(variables: ["x"], rows: [["x": .blank("a")], ["x": .blank("a")], ["x": .blank("b")]])
        let two = QueryResults.solutions(variables: ["x"], rows: [["x": .blank("c")], ["x": .blank("d")], ["x": .blank("d")]])
        let three = QueryResults.solutions(variables: ["x"], rows: [["x": .blank("c")], ["x": .blank("d")], ["x": .blank("e")]])
        #expect(one.isEquivalent(to: two))
        #expect(!one.isEquivalent(to: three))
    }

    @Test func normalizationAppliesToBothSides() {
        let a = QueryResults.solutions(variables: ["n"], rows: [["n": .literal(Literal("1.0", datatype: XSD.decimal))]])
        let b = QueryResults.solutions(variables: ["n"], rows: [["n": .literal(Literal("1", datatype: XSD.decimal))]])
        #expect(!a.isEquivalent(to: b))
        let dropZeros: (Term) -> Term = { t in
            guard case .literal(let l) = t, l.datatype == XSD.decimal, l.lexical.hasSuffix(".0") else { return t }
            return .literal(Literal(String(l.lexical.dropLast(2)), datatype: XSD.decimal))
        }
        #expect(a.isEquivalent(to: b, normalize: dropZeros))
    }

    @Test func booleansAndGraphs() {
        #expect(QueryResults.boolean(true).isEquivalent(to: .boolean(true)))
        #expect(!QueryResults.boolean(true).isEquivalent(to: .boolean(false)))
        let g1 = QueryResults.graph([Triple(.blank("x"), .iri(ex + "p"), .blank("y")), Triple(.blank("y"), .iri(ex + "p"), .literal(Literal("z")))])
        let g2 = QueryResults.graph([Triple(.blank("m"), .iri(ex + "p"), .literal(Literal("z"))), Triple(.blank("n"), .iri(ex + "p"), .blank("m"))])
        let g3 = QueryResults.graph([Triple(.blank("m"), .iri(ex + "p"), .literal(Literal("z"))), Triple(.blank("m"), .iri(ex + "p"), .blank("m"))])
        #expect(g1.isEquivalent(to: g2))
        #expect(!g1.isEquivalent(to: g3))
        #expect(!g1.isEquivalent(to: .boolean(true)))
    }

    @Test func w3cResultsAreEquivalentToTheirRoundTrips() throws {
        for path in w3cFiles(withExtension: "srx").prefix(200) {
            let r = try QueryResults.parse(try w3cFile(path), format: .xml)
            let back = try QueryResults.parse(r.serialized(as: .tsv), format: .tsv)
            #expect(r.isEquivalent(to: back), "\(path)")
        }
    }
}
