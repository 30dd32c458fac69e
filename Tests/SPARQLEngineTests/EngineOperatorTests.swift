import Testing
import SPARQLEngine
import SPARQLResults

/// Each algebra operator against a small real store.
@Suite("Engine operators")
struct EngineOperatorTests {
    static let data = """
    ex:alice ex:name "Alice" ; ex:age 30 ; ex:knows ex:bob , ex:carol ; ex:dept ex:police .
    ex:bob ex:name "Bob" ; ex:age 25 ; ex:knows ex:carol ; ex:dept ex:health .
    ex:carol ex:name "Carol" ; ex:age 35 ; ex:dept ex:police ; ex:email "carol@example.org" .
    ex:dave ex:name "Dave" .
    ex:g1 { ex:alice ex:role "officer" . ex:bob ex:role "clerk" . }
    ex:g2 { ex:carol ex:role "chief" . ex:alice ex:role "officer" . }
    """

    let f: EngineFixture
    init() throws { f = try EngineFixture(Self.data) }

    @Test func basicGraphPatternJoinsOnSharedVariables() throws {
        let names = try f.column("SELECT ?n WHERE { ?p ex:dept ex:police . ?p ex:name ?n } ORDER BY ?n", "n")
        #expect(names == [str("Alice"), str("Carol")])
    }

    @Test func repeatedVariableInOneTriple() throws {
        let f2 = try EngineFixture("ex:a ex:p ex:a . ex:a ex:p ex:b .")
        #expect(try f2.column("SELECT ?x WHERE { ?x ex:p ?x }", "x") == [ex("a")])
    }

    @Test func optionalKeepsRowsWithoutMatch() throws {
        let rows = try f.rows("SELECT ?p ?e WHERE { ?p ex:name ?n OPTIONAL { ?p ex:email ?e } } ORDER BY ?p")
        #expect(rows.count == 4)
        #expect(rows.filter { $0["e"] != nil }.map { $0["p"] } == [ex("carol")])
    }

    @Test func optionalWithFilterUsesBothSides() throws {
        let rows = try f.rows("""
            SELECT ?p ?q WHERE { ?p ex:age ?a OPTIONAL { ?p ex:knows ?q . ?q ex:age ?b FILTER(?b > ?a) } } ORDER BY ?p ?q
            """)
        #expect(rows.map { $0["q"] ?? "-" } == [ex("carol"), ex("carol"), "-"])
    }

    @Test func filterErrorsDropTheRow() throws {
        let names = try f.column("SELECT ?n WHERE { ?p ex:name ?n OPTIONAL { ?p ex:age ?a } FILTER(?a > 26) } ORDER BY ?n", "n")
        #expect(names == [str("Alice"), str("Carol")])
    }

    @Test func filterInsideAGroupSeesOnlyThatGroup() throws {
        // ?n is bound outside the inner group, so inside it the filter reads an unbound variable.
        #expect(try f.rows("SELECT * WHERE { ?p ex:name ?n . { ?p ex:knows ?q FILTER(?n = \"Alice\") } }").isEmpty)
        #expect(try f.rows("SELECT * WHERE { ?p ex:name ?n . ?p ex:knows ?q FILTER(?n = \"Alice\") }").count == 2)
    }

    @Test func unionConcatenates() throws {
        let rows = try f.rows("SELECT ?x WHERE { { ex:alice ex:knows ?x } UNION { ex:bob ex:knows ?x } }")
        #expect(rows.count == 3)
    }

    @Test func minusRemovesCompatibleRowsAndIgnoresDisjointOnes() throws {
        let names = try f.column("SELECT ?n WHERE { ?p ex:name ?n MINUS { ?p ex:dept ex:police } } ORDER BY ?n", "n")
        #expect(names == [str("Bob"), str("Dave")])
        // No shared variable: nothing is removed.
        let all = try f.column("SELECT ?n WHERE { ?p ex:name ?n MINUS { ?x ex:dept ex:police } }", "n")
        #expect(all.count == 4)
    }

    @Test func graphWithVariableAndConstant() throws {
        let rows = try f.rows("SELECT ?g ?r WHERE { GRAPH ?g { ex:alice ex:role ?r } } ORDER BY ?g")
        #expect(rows.map { $0["g"] } == [ex("g1"), ex("g2")])
        let roles = try f.column("SELECT ?r WHERE { GRAPH ex:g2 { ?p ex:role ?r } } ORDER BY ?r", "r")
        #expect(roles == [str("chief"), str("officer")])
        // The default graph does not contain the named graphs' triples.
        #expect(try f.rows("SELECT * WHERE { ?p ex:role ?r }").isEmpty)
        #expect(try f.column("SELECT ?g WHERE { GRAPH ?g { } } ORDER BY ?g", "g") == [ex("g1"), ex("g2")])
    }

    @Test func fromAndFromNamed() throws {
        let merged = try f.rows("SELECT ?p ?r FROM ex:g1 FROM ex:g2 WHERE { ?p ex:role ?r }")
        #expect(merged.count == 3)   // alice/officer appears in both graphs but the merge is a set
        let named = try f.column("SELECT ?g FROM NAMED ex:g2 WHERE { GRAPH ?g { ?s ?p ?o } }", "g")
        #expect(Set(named) == [ex("g2")])
        #expect(try f.rows("SELECT * FROM NAMED ex:g1 WHERE { ?s ?p ?o }").isEmpty)
    }

    @Test func unionDefaultGraphOption() throws {
        var options = QueryOptions()
        options.unionDefaultGraph = true
        let rows = try f.rows("SELECT ?p ?r WHERE { ?p ex:role ?r }", options: options)
        #expect(rows.count == 3)   // alice/officer is in both graphs, once in the merge
    }

    @Test func bindAndErrorsLeaveUnbound() throws {
        let rows = try f.rows("""
            SELECT ?n ?next ?bad WHERE { ?p ex:name ?n ; ex:age ?a BIND(?a + 1 AS ?next) BIND(?n + 1 AS ?bad) } ORDER BY ?n
            """)
        #expect(rows.map { $0["next"] } == [int(31), int(26), int(36)])
        #expect(rows.allSatisfy { $0["bad"] == nil })
    }

    @Test func valuesJoinsWithUndef() throws {
        let rows = try f.rows("""
            SELECT ?p ?n WHERE { VALUES (?p ?n) { (ex:alice UNDEF) (UNDEF "Bob") (ex:zed "Zed") } ?p ex:name ?n } ORDER BY ?n
            """)
        #expect(rows.map { $0["n"] } == [str("Alice"), str("Bob")])
    }

    @Test func subqueryProjectsAndLimits() throws {
        let rows = try f.rows("""
            SELECT ?p ?n WHERE { { SELECT ?p WHERE { ?p ex:age ?a } ORDER BY DESC(?a) LIMIT 1 } ?p ex:name ?n }
            """)
        #expect(rows == [["p": ex("carol"), "n": str("Carol")]])
    }

    @Test func limitedSubqueryOnTheRightOfANestedLoopKeepsItsLimit() throws {
        // The subquery's LIMIT applies to its own solutions, not per row of the other side,
        // whatever join the planner picks (VALUES makes the left side tiny: a nested loop).
        let rows = try f.rows("""
            SELECT ?p WHERE { VALUES ?p { ex:alice ex:bob ex:carol } { SELECT ?p WHERE { ?p ex:age ?a } ORDER BY ?a LIMIT 2 } }
            """)
        #expect(Set(rows.map { $0["p"] }) == [ex("bob"), ex("alice")])
        let offset = try f.rows("""
            SELECT ?p WHERE { VALUES ?p { ex:alice ex:bob ex:carol } { SELECT ?p WHERE { ?p ex:age ?a } ORDER BY ?a OFFSET 2 } }
            """)
        #expect(offset.map { $0["p"] } == [ex("carol")])
    }

    @Test func existsAndNotExistsSubstituteTheRow() throws {
        let with = try f.column("SELECT ?n WHERE { ?p ex:name ?n FILTER EXISTS { ?p ex:knows ?x } } ORDER BY ?n", "n")
        #expect(with == [str("Alice"), str("Bob")])
        let without = try f.column("SELECT ?n WHERE { ?p ex:name ?n FILTER NOT EXISTS { ?p ex:knows ?x } } ORDER BY ?n", "n")
        #expect(without == [str("Carol"), str("Dave")])
        // The outer row is visible to filters inside EXISTS.
        let older = try f.column("""
            SELECT ?n WHERE { ?p ex:name ?n ; ex:age ?a FILTER EXISTS { ?p ex:knows ?q . ?q ex:age ?b FILTER(?b < ?a) } }
            """, "n")
        #expect(older == [str("Alice")])
        // A subquery inside EXISTS has its own ?a: the outer ?a is not substituted into it.
        let sub = try f.column("""
            SELECT ?n WHERE { ?p ex:name ?n . ex:bob ex:age ?a FILTER EXISTS { SELECT ?p WHERE { ?p ex:age ?a } } }
            """, "n")
        #expect(Set(sub) == [str("Alice"), str("Bob"), str("Carol")])
        let plan = try f.explain("SELECT ?n WHERE { ?p ex:name ?n FILTER EXISTS { ?p ex:knows ?x } }", analyze: true)
        #expect(plan.contains("Exists (bgp"))
    }

    @Test func orderByIsStableAndSpecOrdered() throws {
        let f2 = try EngineFixture("""
            ex:a ex:v 2 . ex:b ex:v "x" . ex:c ex:v ex:z . ex:d ex:v _:b . ex:e ex:v 10 . ex:f ex:w 1 .
            """)
        let order = try f2.column("SELECT ?s WHERE { ?s ?p ?o OPTIONAL { ?s ex:v ?v } } ORDER BY ?v ?s", "s")
        #expect(order == [ex("f"), ex("d"), ex("c"), ex("a"), ex("e"), ex("b")])
        let desc = try f2.column("SELECT ?s WHERE { ?s ex:v ?v FILTER(isNumeric(?v)) } ORDER BY DESC(?v)", "s")
        #expect(desc == [ex("e"), ex("a")])
    }

    @Test func topKMatchesFullSort() throws {
        let full = try f.column("SELECT ?n WHERE { ?p ex:name ?n } ORDER BY DESC(?n)", "n")
        let top = try f.column("SELECT ?n WHERE { ?p ex:name ?n } ORDER BY DESC(?n) LIMIT 2 OFFSET 1", "n")
        #expect(top == Array(full[1...2]))
        #expect(try f.explain("SELECT ?n WHERE { ?p ex:name ?n } ORDER BY ?n LIMIT 2").contains("TopK 2"))
    }

    @Test func distinctReducedAndSlice() throws {
        let depts = try f.column("SELECT DISTINCT ?d WHERE { ?p ex:dept ?d } ORDER BY ?d", "d")
        #expect(depts == [ex("health"), ex("police")])
        #expect(try f.rows("SELECT REDUCED ?d WHERE { ?p ex:dept ?d }").count <= 3)
        #expect(try f.rows("SELECT ?p WHERE { ?p ex:name ?n } ORDER BY ?p LIMIT 2 OFFSET 1").map { $0["p"] } == [ex("bob"), ex("carol")])
    }

    @Test func askConstructDescribe() throws {
        #expect(try f.ask("ASK { ex:alice ex:knows ex:bob }"))
        #expect(try !f.ask("ASK { ex:bob ex:knows ex:alice }"))
        let triples = try f.graph("CONSTRUCT { ?b ex:knownBy ?a . ?a ex:link [ ex:to ?b ] } WHERE { ?a ex:knows ?b }")
        #expect(triples.count == 9)
        let f2 = try EngineFixture("ex:x ex:addr [ ex:city \"Wuhan\" ; ex:geo [ ex:lat 1 ] ] ; ex:name \"X\" . ex:y ex:p ex:x .")
        let description = try f2.graph("DESCRIBE ex:x")
        #expect(description.count == 5)
    }

    @Test func bnodeWithALabelIsOnePerSolution() throws {
        let rows = try f.rows("""
            SELECT ?x ?a ?b WHERE { VALUES ?x { 1 2 } BIND(BNODE("k") AS ?a) BIND(BNODE("k") AS ?b) }
            """)
        #expect(rows.count == 2)
        #expect(rows.allSatisfy { $0["a"] != nil && $0["a"] == $0["b"] })
        #expect(rows[0]["a"] != rows[1]["a"])
    }

    @Test func describeAVariableAndConstructFromANamedGraph() throws {
        let described = try f.graph("DESCRIBE ?p WHERE { ?p ex:email ?e }")
        #expect(described.count == 4)   // carol's name, age, dept and email
        #expect(Set(described.map(\.subject)) == [.iri("http://example.org/carol")])
        let built = try f.graph("CONSTRUCT { ?p ex:hasRole ?r } FROM ex:g1 WHERE { ?p ex:role ?r }")
        #expect(built.count == 2)
    }

    @Test func existsInsideGraphReadsThatGraph() throws {
        let rows = try f.rows("""
            SELECT ?g ?p WHERE { GRAPH ?g { ?p ex:role ?r FILTER EXISTS { ?p ex:role "officer" } } } ORDER BY ?g
            """)
        #expect(rows.map { $0["g"] } == [ex("g1"), ex("g2")])
        #expect(rows.allSatisfy { $0["p"] == ex("alice") })
    }

    @Test func cancelledEngineRefusesNewQueries() throws {
        let engine = f.engine()
        engine.cancel()
        #expect {
            _ = try engine.execute(f.parse("ASK { ?s ?p ?o }"))
        } throws: { ($0 as? QueryError)?.kind == .cancelled }
    }

    @Test func constantsNotInTheStoreStillDecode() throws {
        let rows = try f.rows("SELECT ?x ?y WHERE { BIND(\"not stored anywhere\" AS ?x) VALUES ?y { \"nor this\" } }")
        #expect(rows == [["x": str("not stored anywhere"), "y": str("nor this")]])
    }

    @Test func solutionsForUpdates() throws {
        let sols = try f.engine().solutions(of: try f.parse("SELECT * WHERE { ?p ex:dept ex:health }").pattern)
        #expect(sols.count == 1)
    }

    @Test func serviceIsUnsupportedUnlessSilent() throws {
        #expect(throws: QueryError.self) { try f.rows("SELECT * WHERE { SERVICE <http://remote.example/sparql> { ?s ?p ?o } }") }
        #expect(try f.rows("SELECT * WHERE { SERVICE SILENT <http://remote.example/sparql> { ?s ?p ?o } }").count == 1)
    }
}

/// The union default graph is a merge: a triple stored in several graphs counts once.
@Suite("Engine union default graph")
struct EngineUnionGraphTests {
    @Test func mergeHasNoDuplicates() throws {
        let f = try EngineFixture("""
            ex:alice a ex:Person .
            ex:police { ex:alice a ex:Person . ex:bob a ex:Person . }
            ex:health { ex:alice a ex:Person . ex:bob a ex:Person . ex:carol a ex:Person . }
            """)
        var options = QueryOptions()
        options.unionDefaultGraph = true
        let count = try f.column("SELECT (COUNT(*) AS ?n) WHERE { ?p a ex:Person }", "n", options: options)
        #expect(count == [int(3)])
        let merged = try f.column("SELECT (COUNT(*) AS ?n) FROM ex:police FROM ex:health WHERE { ?p a ex:Person }", "n")
        #expect(merged == [int(3)])
    }
}
