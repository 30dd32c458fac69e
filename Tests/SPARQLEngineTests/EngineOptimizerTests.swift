import Testing
import RDFModel
import SPARQLEngine

/// The plan does not depend on the written order, and explain shows the chosen order.
@Suite("Engine optimizer")
struct EngineOptimizerTests {
    static func data() -> String {
        var s = ""
        for i in 0..<200 {
            s += "ex:p\(i) a ex:Person ; ex:name \"P\(i)\" ; ex:dept ex:d\(i % 10) .\n"
        }
        s += "ex:p7 ex:badge \"B7\" .\n"
        s += "ex:g { ex:p7 ex:score 9 . ex:p8 ex:score 3 . }\n"
        return s
    }

    let f: EngineFixture
    init() throws { f = try EngineFixture(Self.data()) }

    static let permutations = [
        "?p a ex:Person . ?p ex:name ?n . ?p ex:badge ?b .",
        "?p ex:badge ?b . ?p ex:name ?n . ?p a ex:Person .",
        "?p ex:name ?n . ?p a ex:Person . ?p ex:badge ?b .",
    ]

    @Test func writtenOrderDoesNotChangeResultsOrPlan() throws {
        var plans = Set<String>()
        for body in Self.permutations {
            let q = "SELECT ?n ?b WHERE { \(body) }"
            #expect(try f.rows(q) == [["n": str("P7"), "b": str("B7")]])
            plans.insert(try f.explain(q))
        }
        #expect(plans.count == 1)
        // The most selective pattern (one badge) runs first.
        let plan = plans.first!
        let badge = plan.range(of: "ex:badge")?.lowerBound ?? plan.range(of: "badge>")!.lowerBound
        let person = plan.range(of: "Person")!.lowerBound
        #expect(badge < person)
    }

    @Test func optionalAndPatternOrderDoNotDecideThePlan() throws {
        let variants = [
            "?p ex:name ?n . ?p ex:dept ex:d7 OPTIONAL { ?p ex:badge ?b } OPTIONAL { ?p a ?t }",
            "?p ex:dept ex:d7 . ?p ex:name ?n OPTIONAL { ?p a ?t } OPTIONAL { ?p ex:badge ?b }",
        ]
        var plans = Set<String>()
        var results = Set<Set<[String: String]>>()
        for body in variants {
            let q = "SELECT ?p ?n ?b ?t WHERE { \(body) }"
            plans.insert(try f.explain(q))
            results.insert(Set(try f.rows(q)))
        }
        #expect(plans.count == 1, "\(plans.sorted().joined(separator: "\n"))")
        #expect(results.count == 1)
        #expect(results.first?.count == 20)
        #expect(plans.first?.contains("LeftJoin") == true)
        // OPTIONAL is not commutative: an OPTIONAL first only keeps what it matched.
        #expect(try f.rows("SELECT * WHERE { OPTIONAL { ?p ex:badge ?b } ?p ex:dept ex:d7 }").count == 1)
    }

    @Test func filterInsideGraphCostsTheSameAsAtTheEnd() throws {
        let inside = "SELECT ?p WHERE { GRAPH ex:g { ?p ex:score ?s FILTER(?s > 5) } }"
        let after = "SELECT ?p WHERE { GRAPH ex:g { ?p ex:score ?s } FILTER(?s > 5) }"
        #expect(try f.rows(inside) == [["p": ex("p7")]])
        #expect(try f.rows(after) == [["p": ex("p7")]])
        #expect(try f.explain(inside) == f.explain(after))
    }

    @Test func equalityFilterOnAnIRIDrivesTheScan() throws {
        let q = "SELECT ?p WHERE { ?p ex:dept ?d ; ex:badge ?b FILTER(?d = ex:d7) }"
        #expect(try f.rows(q) == [["p": ex("p7")]])
        let plan = try f.explain(q)
        #expect(plan.contains("Values (?d) 1 rows"))
        let graphPlan = try f.explain("SELECT ?p WHERE { GRAPH ?g { ?p ex:score ?s } FILTER(?g = ex:g) }", analyze: true)
        #expect(graphPlan.contains("Values (?g)"))
    }

    @Test func graphBlocksOnTheSameGraphArePlannedTogether() throws {
        let split = "SELECT ?p ?s WHERE { GRAPH ex:g { ?p ex:score ?s } GRAPH ex:g { ?p ex:score 9 } }"
        let joined = "SELECT ?p ?s WHERE { GRAPH ex:g { ?p ex:score 9 . ?p ex:score ?s } }"
        #expect(try f.rows(split) == [["p": ex("p7"), "s": int(9)]])
        #expect(try f.explain(split) == f.explain(joined))
        let byVariable = "SELECT ?g ?p WHERE { GRAPH ?g { ?p ex:score ?s } GRAPH ?g { ?p ex:score 3 } }"
        #expect(try f.rows(byVariable) == [["g": ex("g"), "p": ex("p8")]])
    }

    @Test func explainAnalyzeShowsActualRows() throws {
        let text = try f.explain("SELECT ?n WHERE { ?p ex:dept ex:d3 . ?p ex:name ?n }", analyze: true)
        #expect(text.contains("actual 20"))
        #expect(text.contains("NestedLoopJoin"))
        #expect(text.contains("est "))
    }

    @Test func crossProductUsesHashJoin() throws {
        let text = try f.explain("SELECT * WHERE { ?a ex:badge ?b . ?x ex:dept ?y }")
        #expect(text.contains("HashJoin on ()"))
        #expect(try f.rows("SELECT * WHERE { ?a ex:badge ?b . ?x ex:dept ?y }").count == 200)
        let rows = try f.rows("SELECT * WHERE { { SELECT ?d (COUNT(*) AS ?n) WHERE { ?p ex:dept ?d } GROUP BY ?d } ?q ex:dept ?d }")
        #expect(rows.count == 200)
        #expect(try f.explain("SELECT * WHERE { { SELECT ?d (COUNT(*) AS ?n) WHERE { ?p ex:dept ?d } GROUP BY ?d } ?q ex:dept ?d }").contains("Join"))
    }

    @Test func constantFilterFolds() throws {
        #expect(try f.rows("SELECT * WHERE { ?p ex:badge ?b FILTER(1 > 2) }").isEmpty)
        #expect(try f.rows("SELECT * WHERE { ?p ex:badge ?b FILTER(1 < 2) }").count == 1)
    }
}

/// Two big sides joined on a shared variable: one scan each and a hash table.
@Suite("Engine big joins")
struct EngineBigJoinTests {
    @Test func bothSidesBigUsesHashJoin() throws {
        var quads: [Quad] = []
        for i in 0..<12_000 {
            let p = Term.iri("http://example.org/p\(i)")
            quads.append(Quad(p, .iri("http://example.org/dept"), .iri("http://example.org/d\(i % 7)")))
            quads.append(Quad(p, .iri("http://example.org/name"), .literal(Literal("N\(i)"))))
        }
        let f = try EngineFixture(quads: quads)
        let q = "SELECT ?p ?n ?d WHERE { ?p ex:dept ?d . ?p ex:name ?n }"
        #expect(try f.explain(q).contains("HashJoin on (?p)"))
        let rows = try f.rows(q)
        #expect(rows.count == 12_000)
        var plain = QueryOptions()
        plain.optimize = false
        #expect(EngineDifferentialTests.multiset(rows) == EngineDifferentialTests.multiset(try f.rows(q, options: plain)))
    }
}

/// OPTIONAL over a big left side: the optional part is scanned once and hashed.
@Suite("Engine big optionals")
struct EngineBigOptionalTests {
    @Test func bigLeftSideHashesTheOptionalPart() throws {
        var quads: [Quad] = []
        for i in 0..<12_000 {
            let p = Term.iri("http://example.org/p\(i)")
            quads.append(Quad(p, .iri("http://example.org/name"), .literal(Literal("N\(i)"))))
            if i % 3 == 0 { quads.append(Quad(p, .iri("http://example.org/email"), .literal(Literal("e\(i)")))) }
        }
        let f = try EngineFixture(quads: quads)
        let q = "SELECT ?p ?e WHERE { ?p ex:name ?n OPTIONAL { ?p ex:email ?e } }"
        #expect(try f.explain(q).contains("HashLeftJoin on (?p)"))
        let rows = try f.rows(q)
        #expect(rows.count == 12_000)
        #expect(rows.filter { $0["e"] != nil }.count == 4_000)
    }
}
