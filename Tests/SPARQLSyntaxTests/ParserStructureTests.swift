import RDFModel
import SPARQLSyntax
import Testing

/// What the evaluator reads besides the algebra: forms, datasets, bases, update operations.
@Suite struct ParserStructureTests {
    @Test func selectFormListsProjectedVariables() throws {
        let q = try SPARQLParser.parseQuery("SELECT ?b (1 AS ?a) ?b { ?b ?p ?o }")
        #expect(q.form == .select(variables: [Variable("b"), Variable("a")]))
        #expect(q.dataset == nil)
        #expect(q.baseIRI == nil)
    }

    @Test func selectStarProjectsVisibleVariablesOnly() throws {
        let q = try SPARQLParser.parseQuery("SELECT * { ?s <http://ex/p> [ <http://ex/q> ?o ] }")
        #expect(q.form == .select(variables: [Variable("s"), Variable("o")]))
        guard case .project(let inner, _) = q.pattern else {
            Issue.record("expected a projection at the top")
            return
        }
        let generated = inner.inScopeVariables.filter { $0.isGenerated }
        #expect(generated.count == 1)
    }

    @Test func fromWithoutFromNamedMeansNoNamedGraphs() throws {
        let q = try SPARQLParser.parseQuery("ASK FROM <http://ex/g> { ?s ?p ?o }")
        #expect(q.dataset == QueryDataset(defaultGraphs: [IRI("http://ex/g")], namedGraphs: []))
        #expect(q.form == .ask)
    }

    @Test func withBecomesDefaultGraphOfTheDataset() throws {
        let u = try SPARQLParser.parseUpdate("WITH <http://ex/g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }")
        guard case .deleteInsert(let delete, let insert, let using, _) = u.operations.first else {
            Issue.record("expected a DELETE/INSERT operation")
            return
        }
        #expect(delete == [QuadPattern(.variable(Variable("s")), .variable(Variable("p")), .variable(Variable("o")), .named(IRI("http://ex/g")))])
        #expect(insert.isEmpty)
        #expect(using == QueryDataset(defaultGraphs: [IRI("http://ex/g")], namedGraphs: nil))
    }

    @Test func insertDataHoldsGroundQuads() throws {
        let u = try SPARQLParser.parseUpdate("BASE <http://ex/> INSERT DATA { <a> <b> \"c\"@en . GRAPH <g> { <a> <b> 1 } }")
        #expect(u.operations == [.insertData([
            Quad(.iri("http://ex/a"), .iri("http://ex/b"), .literal(Literal("c", language: "en"))),
            Quad(.iri("http://ex/a"), .iri("http://ex/b"), .literal(Literal("1", datatype: XSD.integer)), .named(.iri("http://ex/g"))),
        ])])
        #expect(u.baseIRI == IRI("http://ex/"))
    }

    @Test func emptyUpdateHasNoOperations() throws {
        let prologueOnly = try SPARQLParser.parseUpdate("PREFIX ex: <http://ex/>")
        let empty = try SPARQLParser.parseUpdate("")
        #expect(prologueOnly.operations.isEmpty)
        #expect(empty.operations.isEmpty)
    }

    @Test func aggregatesNeverReachTheAlgebraAsExpressions() throws {
        let q = try SPARQLParser.parseQuery("SELECT (COUNT(*) + 1 AS ?n) { ?s ?p ?o } HAVING (MAX(?o) > 2) ORDER BY MIN(?o)")
        var found = false
        func scan(_ p: GraphPattern) {
            switch p {
            case .extend(let inner, _, let e): if e.containsAggregate { found = true }; scan(inner)
            case .filter(let e, let inner): if e.containsAggregate { found = true }; scan(inner)
            case .orderBy(let inner, let keys): if keys.contains(where: { $0.expression.containsAggregate }) { found = true }; scan(inner)
            case .project(let inner, _), .distinct(let inner), .reduced(let inner), .slice(let inner, _, _): scan(inner)
            case .group(_, _, let aggs): #expect(aggs.count == 3)
            default: break
            }
        }
        scan(q.pattern)
        #expect(!found)
    }

    @Test func backslashUThatIsNoEscapeIsLeftToTheLexer() throws {
        // Not four hex digits: no codepoint escape, and harmless inside a comment.
        let q = try SPARQLParser.parseQuery(#"ASK { ?s ?p "\u00e9" } # see C:\users\x"#)
        #expect(q.pattern == .bgp([TriplePattern(.variable(Variable("s")), .variable(Variable("p")), .term(.literal(Literal("é"))))]))
        #expect(throws: SPARQLSyntaxError.self) { try SPARQLParser.parseQuery(#"ASK { ?s ?p "\users" }"#) }
    }
}
