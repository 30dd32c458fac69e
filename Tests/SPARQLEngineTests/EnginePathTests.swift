import Testing
import SPARQLEngine

/// Property paths, including cycles and zero-length paths.
@Suite("Engine property paths")
struct EnginePathTests {
    // a → b → c → a (a cycle), c → d, and e alone with a label.
    static let data = """
    ex:a ex:next ex:b . ex:b ex:next ex:c . ex:c ex:next ex:a . ex:c ex:next ex:d .
    ex:a ex:label "A" . ex:e ex:label "E" . ex:b ex:other ex:e .
    """

    let f: EngineFixture
    init() throws { f = try EngineFixture(Self.data) }

    @Test func oneOrMoreTerminatesOnCyclesWithDistinctNodes() throws {
        let reached = try f.column("SELECT ?x WHERE { ex:a ex:next+ ?x } ORDER BY ?x", "x")
        #expect(reached == [ex("a"), ex("b"), ex("c"), ex("d")])
    }

    @Test func zeroOrMoreIncludesTheStart() throws {
        let reached = try f.column("SELECT ?x WHERE { ex:d ex:next* ?x }", "x")
        #expect(reached == [ex("d")])
        let back = try f.column("SELECT ?x WHERE { ?x ex:next* ex:a } ORDER BY ?x", "x")
        #expect(back == [ex("a"), ex("b"), ex("c")])
    }

    @Test func zeroLengthWithBothEndsFreeCoversAllNodes() throws {
        let rows = try f.rows("SELECT ?x ?y WHERE { ?x ex:nothing* ?y }")
        // Every subject and object of the graph, each paired with itself.
        #expect(rows.count == 7)
        #expect(rows.allSatisfy { $0["x"] == $0["y"] })
    }

    @Test func zeroOrOne() throws {
        let rows = try f.column("SELECT ?x WHERE { ex:a ex:next? ?x } ORDER BY ?x", "x")
        #expect(rows == [ex("a"), ex("b")])
    }

    @Test func sequenceAlternativeInverse() throws {
        #expect(try f.column("SELECT ?x WHERE { ex:a ex:next/ex:next ?x }", "x") == [ex("c")])
        #expect(try f.column("SELECT ?x WHERE { ex:b ^ex:next ?x }", "x") == [ex("a")])
        let alt = try f.column("SELECT ?x WHERE { ex:b (ex:next|ex:other) ?x } ORDER BY ?x", "x")
        #expect(alt == [ex("c"), ex("e")])
        let labels = try f.column("SELECT ?l WHERE { ex:a ex:next/ex:other/ex:label ?l }", "l")
        #expect(labels == [str("E")])
    }

    @Test func negatedPropertySets() throws {
        let out = try f.column("SELECT ?x WHERE { ex:b !ex:next ?x }", "x")
        #expect(out == [ex("e")])
        let inv = try f.column("SELECT ?x WHERE { ex:e !^ex:label ?x }", "x")
        #expect(inv == [ex("b")])
    }

    @Test func sameVariableBothEnds() throws {
        let loops = try f.column("SELECT ?x WHERE { ?x ex:next+ ?x } ORDER BY ?x", "x")
        #expect(loops == [ex("a"), ex("b"), ex("c")])
    }
}
