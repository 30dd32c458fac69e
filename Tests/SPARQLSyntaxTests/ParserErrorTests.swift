import SPARQLSyntax
import Testing

/// Syntax and static errors: the message and the position they report.
@Suite struct ParserErrorTests {
    /// Text that must be rejected, with the expected message and position.
    struct Case: Sendable, CustomTestStringConvertible {
        var text: String
        var isUpdate = false
        var message: String
        var line: Int
        var column: Int
        var offset: Int
        var testDescription: String { message }
    }

    static let cases: [Case] = [
        Case(text: #"SELECT * {\#n  ?s ?p ?o\#n  ?s ?p ?x .\#n}"#,
             message: #"expected '}' or '.' after triple pattern, found '?s'"#, line: 3, column: 3, offset: 24),
        Case(text: #"SELECT ?x { ?s ?p ?o } GROUP BY ?s"#,
             message: #"projected variable ?x is not a GROUP BY key"#, line: 1, column: 8, offset: 7),
        Case(text: #"SELECT * WHERE {\#n  ?s ?p ?o .\#n  BIND(1 AS ?o)\#n}"#,
             message: #"BIND variable ?o is already in scope"#, line: 3, column: 3, offset: 32),
        Case(text: #"SELECT * { ?s ex:p ?o }"#,
             message: #"undeclared prefix 'ex:'"#, line: 1, column: 15, offset: 14),
        Case(text: #"SELECT * { ?s ?p "abc }"#,
             message: #"unterminated string literal"#, line: 1, column: 18, offset: 17),
        Case(text: #"SELECT (1 AS ?x) (2 AS ?x) {}"#,
             message: #"variable ?x is already in scope and cannot be bound by AS"#, line: 1, column: 18, offset: 17),
        Case(text: #"SELECT * { ?s ?p ?o FILTER(COUNT(?o) > 1) }"#,
             message: #"aggregate COUNT is not allowed here"#, line: 1, column: 28, offset: 27),
        Case(text: #"ASK { ?s ?p ?o } LIMIT x"#,
             message: #"expected an integer after LIMIT, found 'x'"#, line: 1, column: 24, offset: 23),
        Case(text: #"SELECT * { ?s ?p ?o . OPTIONAL ?s }"#,
             message: #"expected '{' to open a group graph pattern, found '?s'"#, line: 1, column: 32, offset: 31),
        Case(text: #"SELECT * { _:a ?p ?o OPTIONAL { ?x ?y ?z } _:a ?q ?r }"#,
             message: #"blank node label '_:a' is already used in another basic graph pattern"#, line: 1, column: 44, offset: 43),
        Case(text: #"INSERT DATA { ?s <p> <o> }"#, isUpdate: true,
             message: #"variables are not allowed in a data block"#, line: 1, column: 15, offset: 14),
        Case(text: #"DELETE { ?s <http://ex/p> [] } WHERE { ?s ?p ?o }"#, isUpdate: true,
             message: #"blank nodes are not allowed in a DELETE template"#, line: 1, column: 27, offset: 26),
        Case(text: #"INSERT DATA { _:b <http://ex/p> 1 } ;\#nINSERT DATA { _:b <http://ex/p> 2 }"#, isUpdate: true,
             message: #"blank node label '_:b' is already used by an earlier operation"#, line: 2, column: 15, offset: 52),
        Case(text: #"CLEAR GRAPH"#, isUpdate: true,
             message: #"expected an IRI after GRAPH, found end of input"#, line: 1, column: 12, offset: 11),
        Case(text: #"SELECT * { ?s <http://ex/p> "été" ; ?p ?o ?x }"#,
             message: #"expected '}' or '.' after triple pattern, found '?x'"#, line: 1, column: 43, offset: 44),
        Case(text: #"SELECT * { ?s ?p "\uD800" }"#,
             message: #"codepoint escape names no Unicode character"#, line: 1, column: 19, offset: 18),
        Case(text: #"SELECT * { ?s ?p ?o } GROUP BY ?s"#,
             message: #"SELECT * is not allowed in a grouped query"#, line: 1, column: 1, offset: 0),
        Case(text: #"SELECT * { VALUES (?a ?b) { (1) } }"#,
             message: #"VALUES row has 1 value but there are 2 variables"#, line: 1, column: 31, offset: 30),
        Case(text: #"SELECT ((?a + ?b) AS ?c) (COUNT(?d) AS ?n) { ?a ?b ?d } GROUP BY (?a + ?b)"#,
             message: #"variable ?a is used outside an aggregate but is not a GROUP BY key"#, line: 1, column: 8, offset: 7),
        Case(text: #"SELECT * { ?s ?p ?o } }"#,
             message: #"expected end of query, found '}'"#, line: 1, column: 23, offset: 22),
        Case(text: #"PREFIX ex:ex: <http://ex/> ASK {}"#,
             message: #"expected a prefix such as 'ex:' after PREFIX, found 'ex:ex:'"#, line: 1, column: 8, offset: 7),
        Case(text: #"SELECT * { ?s ?p ?o FILTER(?o = ) }"#,
             message: #"expected an expression, found ')'"#, line: 1, column: 33, offset: 32),
        Case(text: #"SELECT * { ?s _:b ?o }"#,
             message: #"expected a predicate after the subject, found '_:b'"#, line: 1, column: 15, offset: 14),
        Case(text: #"SELECT (STRLEN(?a, ?b) AS ?l) {}"#,
             message: #"STRLEN does not take 2 arguments"#, line: 1, column: 9, offset: 8),
        Case(text: #"DELETE DATA { GRAPH <http://ex/g> { _:b <http://ex/p> 1 } }"#, isUpdate: true,
             message: #"blank nodes are not allowed in DELETE DATA"#, line: 1, column: 37, offset: 36),
        Case(text: #"INSERT WHERE { ?s ?p ?o }"#, isUpdate: true,
             message: #"expected '{' to open the quad block, found 'WHERE'"#, line: 1, column: 8, offset: 7),
        Case(text: #"CREATE GRAPH <http://ex/g>\#nLOAD <http://ex/d>"#, isUpdate: true,
             message: #"expected ';' between update operations, found 'LOAD'"#, line: 2, column: 1, offset: 27),
    ]

    @Test("rejected with message and position", arguments: cases)
    func rejected(_ c: Case) {
        do {
            if c.isUpdate { _ = try SPARQLParser.parseUpdate(c.text) } else { _ = try SPARQLParser.parseQuery(c.text) }
            Issue.record("accepted: \(c.text)")
        } catch {
            // The entry points throw SPARQLSyntaxError and nothing else (typed throws).
            #expect(error.message == c.message)
            #expect(error.line == c.line)
            #expect(error.column == c.column)
            #expect(error.offset == c.offset)
        }
    }

    @Test func descriptionNamesPosition() {
        #expect(throws: SPARQLSyntaxError.self) { try SPARQLParser.parseQuery("SELECT * {\n  ?s ?p ?o\n  ?s ?p ?x }") }
        do {
            _ = try SPARQLParser.parseQuery("SELECT * {\n  ?s ?p ?o\n  ?s ?p ?x }")
        } catch {
            #expect("\(error)" == "expected '}' or '.' after triple pattern, found '?s' at 3:3")
        }
    }
}
