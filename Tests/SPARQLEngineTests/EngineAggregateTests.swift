import Testing
import SPARQLEngine

/// GROUP BY, every aggregate, HAVING, and errors inside aggregates.
@Suite("Engine aggregates")
struct EngineAggregateTests {
    static let data = """
    ex:a ex:dept ex:police ; ex:salary 100 ; ex:tag "x" .
    ex:b ex:dept ex:police ; ex:salary 200 ; ex:tag "y" .
    ex:c ex:dept ex:police ; ex:salary 200 .
    ex:d ex:dept ex:health ; ex:salary 50 ; ex:tag "z" .
    ex:e ex:dept ex:health ; ex:salary "n/a" .
    """

    let f: EngineFixture
    init() throws { f = try EngineFixture(Self.data) }

    @Test func countSumAvgMinMaxPerGroup() throws {
        let rows = try f.rows("""
            SELECT ?d (COUNT(*) AS ?n) (COUNT(DISTINCT ?s) AS ?ds) (SUM(?s) AS ?sum) (AVG(?s) AS ?avg) (MIN(?s) AS ?min) (MAX(?s) AS ?max)
            WHERE { ?p ex:dept ?d ; ex:salary ?s } GROUP BY ?d ORDER BY ?d
            """)
        #expect(rows.count == 2)
        let police = rows[1]
        #expect(police["n"] == int(3))
        #expect(police["ds"] == int(2))
        #expect(police["sum"] == int(500))
        #expect(police["min"] == int(100))
        #expect(police["max"] == int(200))
        #expect(police["avg"]?.hasPrefix("\"166.6") == true)
        // health has a non-numeric salary: SUM and AVG are errors (unbound), COUNT still counts.
        let health = rows[0]
        #expect(health["n"] == int(2))
        #expect(health["sum"] == nil)
        #expect(health["avg"] == nil)
    }

    @Test func groupConcatSampleAndSeparator() throws {
        let rows = try f.rows("""
            SELECT ?d (GROUP_CONCAT(?t; SEPARATOR="|") AS ?tags) (SAMPLE(?t) AS ?one)
            WHERE { ?p ex:dept ?d OPTIONAL { ?p ex:tag ?t } } GROUP BY ?d ORDER BY ?d
            """)
        // police has an unbound tag in one row: GROUP_CONCAT over an unbound is an error.
        #expect(rows[1]["tags"] == nil)
        #expect(rows[1]["one"] != nil)
        let tags = try f.column("""
            SELECT (GROUP_CONCAT(?t; SEPARATOR="|") AS ?tags) WHERE { ?p ex:tag ?t } GROUP BY ?x
            """, "tags")
        #expect(tags.count == 1)
        #expect(Set(tags[0].dropFirst().dropLast().split(separator: "|")) == ["x", "y", "z"])
    }

    @Test func emptyInputWithoutGroupByGivesOneRow() throws {
        let rows = try f.rows("SELECT (COUNT(*) AS ?n) (SUM(?x) AS ?s) WHERE { ?p ex:missing ?x }")
        #expect(rows == [["n": int(0), "s": int(0)]])
        #expect(try f.rows("SELECT ?d (COUNT(*) AS ?n) WHERE { ?p ex:missing ?d } GROUP BY ?d").isEmpty)
    }

    @Test func havingFiltersGroups() throws {
        let depts = try f.column("""
            SELECT ?d WHERE { ?p ex:dept ?d } GROUP BY ?d HAVING(COUNT(?p) > 2)
            """, "d")
        #expect(depts == [ex("police")])
    }

    @Test func groupByExpression() throws {
        let rows = try f.rows("""
            SELECT ?big (COUNT(*) AS ?n) WHERE { ?p ex:salary ?s FILTER(isNumeric(?s)) } GROUP BY (?s >= 150 AS ?big) ORDER BY ?big
            """)
        #expect(rows.map { $0["n"] } == [int(2), int(2)])
    }
}
