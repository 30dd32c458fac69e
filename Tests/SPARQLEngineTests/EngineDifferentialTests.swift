import Testing
import SPARQLEngine

/// Optimized plans must give exactly the solutions (as a multiset) of the algebra evaluated
/// as written, with nested-loop joins and no rewriting.
@Suite("Engine differential: optimizer on and off")
struct EngineDifferentialTests {
    static let data = """
    ex:alice ex:name "Alice" ; ex:age 30 ; ex:knows ex:bob , ex:carol ; ex:dept ex:police ; ex:mgr ex:carol .
    ex:bob ex:name "Bob" ; ex:age 25 ; ex:knows ex:carol ; ex:dept ex:health .
    ex:carol ex:name "Carol" ; ex:age 35 ; ex:dept ex:police ; ex:email "carol@example.org" ; ex:knows ex:alice .
    ex:dave ex:name "Dave" ; ex:age "unknown" .
    ex:erin ex:name "Erin"@en ; ex:age 41 ; ex:dept ex:health ; ex:knows ex:erin .
    ex:g1 { ex:alice ex:role "officer" . ex:bob ex:role "clerk" . ex:bob ex:age 26 . }
    ex:g2 { ex:carol ex:role "chief" . ex:alice ex:role "officer" . ex:erin ex:knows ex:dave . }
    """

    static let queries = [
        "SELECT * WHERE { ?p ex:knows ?q . ?q ex:age ?a . ?p ex:age ?b FILTER(?a > ?b) }",
        "SELECT * WHERE { ?p ex:name ?n OPTIONAL { ?p ex:email ?e } OPTIONAL { ?p ex:mgr ?m . ?m ex:age ?ma } }",
        "SELECT * WHERE { ?p ex:name ?n OPTIONAL { ?p ex:knows ?q OPTIONAL { ?q ex:email ?e } } FILTER(!bound(?e) || ?n != \"x\") }",
        "SELECT * WHERE { { ?p ex:dept ex:police } UNION { ?p ex:age ?a FILTER(?a > 30) } ?p ex:name ?n }",
        "SELECT * WHERE { ?p ex:name ?n MINUS { ?p ex:knows ?q . ?q ex:dept ex:police } }",
        "SELECT * WHERE { ?p ex:name ?n FILTER NOT EXISTS { ?p ex:knows ?p } FILTER EXISTS { ?p ex:age ?a } }",
        "SELECT * WHERE { GRAPH ?g { ?p ex:role ?r } ?p ex:age ?a FILTER(?a < 33) }",
        "SELECT * WHERE { ?p ex:age ?a GRAPH ?g { ?p ?x ?y FILTER(?y != \"clerk\") } }",
        "SELECT * WHERE { ?p ex:age ?a BIND(?a * 2 AS ?d) ?q ex:age ?d2 FILTER(?d2 < ?d) }",
        "SELECT * WHERE { ?p ex:knows+ ?q . ?q ex:name ?n OPTIONAL { ?q ex:dept ?d } }",
        "SELECT * WHERE { ?q ex:name ?n . ?p ex:knows/ex:knows ?q . ?p ex:dept ?d }",
        "SELECT * WHERE { { SELECT ?d (COUNT(*) AS ?c) WHERE { ?p ex:dept ?d } GROUP BY ?d } ?x ex:dept ?d ; ex:name ?n }",
        "SELECT * WHERE { VALUES ?p { ex:alice ex:dave ex:nobody } OPTIONAL { ?p ex:age ?a } ?p ex:name ?n }",
        "SELECT * WHERE { ?a ex:dept ?d . ?b ex:dept ?e FILTER(?d != ?e) }",
        "SELECT * WHERE { OPTIONAL { ?p ex:email ?e } ?p ex:name ?n }",
        "SELECT * WHERE { GRAPH ?g { ?p ex:role ?r } FILTER(?g = ex:g2) }",
        "SELECT * WHERE { GRAPH ?g { ?p ex:role ?r } GRAPH ?g { ?p ?x ?y } GRAPH ex:g2 { ?q ex:role ?r2 } GRAPH ex:g2 { ?q ex:role ?r3 } }",
        "SELECT * WHERE { ?p ex:dept ?d ; ex:name ?n FILTER(sameTerm(?d, ex:police) && ?n != \"Bob\") }",
        "SELECT * WHERE { ?p ex:name ?n OPTIONAL { ?p ex:dept ?d } FILTER(?d = ex:health || !bound(?d)) }",
        "SELECT * WHERE { ?p ex:name ?n { ?p ex:age ?a FILTER(?a > 20) } UNION { ?p ex:dept ?d } }",
        "SELECT * WHERE { ?p ex:name ?n . { ?p ex:knows ?q FILTER(?n = \"Alice\") } }",
        "SELECT * WHERE { ?x ex:knows ?y OPTIONAL { ?y ex:knows ?z FILTER(?z != ?x) } MINUS { ?x ex:dept ex:health } }",
    ]

    @Test(arguments: queries)
    func sameSolutions(_ query: String) throws {
        let f = try EngineFixture(Self.data)
        var plain = QueryOptions()
        plain.optimize = false
        let optimized = try f.rows(query)
        let reference = try f.rows(query, options: plain)
        #expect(Self.multiset(optimized) == Self.multiset(reference))
        // Every query but the filter-scope one has answers, so the comparison is not vacuous.
        #expect(!reference.isEmpty || query.contains("FILTER(?n = "))
    }

    static func multiset(_ rows: [[String: String]]) -> [[String: String]: Int] {
        rows.reduce(into: [:]) { $0[$1, default: 0] += 1 }
    }
}

/// OPTIONAL parts that bound values cannot narrow are hashed, with the same answers.
@Suite("Engine hash left join")
struct EngineHashLeftJoinTests {
    @Test func groupedOptionalIsEvaluatedOnce() throws {
        var data = ""
        for i in 0..<100 { data += "ex:p\(i) a ex:Person ; ex:dept ex:d\(i % 4) .\n" }
        for i in 0..<30 { data += "ex:p\(i) ex:knows ex:p\(i + 1) .\n" }
        let f = try EngineFixture(data)
        let q = """
            SELECT ?p ?n WHERE { ?p a ex:Person OPTIONAL { SELECT ?p (COUNT(*) AS ?n) WHERE { ?p ex:knows ?x } GROUP BY ?p }
              OPTIONAL { SELECT (COUNT(*) AS ?all) WHERE { ?a ex:knows ?b } } FILTER(!bound(?all) || ?all = 30) }
            """
        var plain = QueryOptions()
        plain.optimize = false
        #expect(EngineDifferentialTests.multiset(try f.rows(q)) == EngineDifferentialTests.multiset(try f.rows(q, options: plain)))
        #expect(try f.rows(q).filter { $0["n"] != nil }.count == 30)
        #expect(try f.explain(q).contains("HashLeftJoin"))
    }
}
