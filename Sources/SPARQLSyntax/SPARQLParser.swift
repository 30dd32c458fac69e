import RDFModel

/// Parses SPARQL 1.1 Query and Update text and translates it to the algebra.
///
/// ```swift
/// let q = try SPARQLParser.parseQuery("SELECT * { ?s ?p ?o } LIMIT 10", baseIRI: "http://example.org/")
/// print(q.sse)   // (slice _ 10 (project (?s ?p ?o) (bgp (triple ?s ?p ?o))))
/// ```
public enum SPARQLParser {
    /// Parses a query. Relative IRIs resolve against BASE, else against `baseIRI`.
    /// - Throws: ``SPARQLSyntaxError`` on a syntax error or one of the spec's static errors.
    public static func parseQuery(_ text: String, baseIRI: String? = nil) throws(SPARQLSyntaxError) -> Query {
        try typed {
            var parser = try Parser(text: text, baseIRI: baseIRI)
            return try parser.queryUnit()
        }
    }

    /// Parses an update request. Relative IRIs resolve against BASE, else against `baseIRI`.
    /// - Throws: ``SPARQLSyntaxError`` on a syntax error or one of the spec's static errors.
    public static func parseUpdate(_ text: String, baseIRI: String? = nil) throws(SPARQLSyntaxError) -> Update {
        try typed {
            var parser = try Parser(text: text, baseIRI: baseIRI)
            return try parser.updateUnit()
        }
    }

    /// Runs the parser, whose rules throw nothing but ``SPARQLSyntaxError``.
    private static func typed<T>(_ body: () throws -> T) throws(SPARQLSyntaxError) -> T {
        do {
            return try body()
        } catch let error as SPARQLSyntaxError {
            throw error
        } catch {
            throw SPARQLSyntaxError(message: "internal parser error: \(error)", line: 1, column: 1, offset: 0)
        }
    }
}
