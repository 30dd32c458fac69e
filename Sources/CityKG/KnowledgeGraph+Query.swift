import SPARQLEngine
import SPARQLResults
import SPARQLSyntax

extension KnowledgeGraph {
    /// Runs a SPARQL 1.1 query against a snapshot of the graph.
    ///
    /// ```swift
    /// var options = QueryOptions()
    /// options.timeout = 5
    /// let results = try kg.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", options: options)
    /// ```
    ///
    /// SELECT results stream (``QueryResults/stream(variables:rows:)``): rows are computed as they
    /// are read, and an evaluation failure after this returns (such as the timeout) ends the stream
    /// with the engine's `QueryError` in ``QuerySolutionStream/failure``; use
    /// ``QueryResults/materialized()`` to have it thrown.
    ///
    /// - Parameter baseIRI: resolves relative IRIs when the query has no BASE.
    /// - Throws: ``KnowledgeGraphError``: `.syntax` with the offset, line and column where the
    ///   parser stopped, or `.query` when evaluation failed (timeout, limits, unsupported feature).
    public func query(_ text: String, baseIRI: String? = nil, options: QueryOptions = QueryOptions()) throws -> QueryResults {
        let query = try parseQuery(text, baseIRI: baseIRI)
        do {
            return try QueryEngine(dataset: dataset(), options: options).execute(query)
        } catch let error as QueryError {
            throw KnowledgeGraphError.query(error)
        }
    }

    /// The plan the engine would run for a query; with `analyze`, run it and show actual row counts.
    public func explain(_ text: String, baseIRI: String? = nil, analyze: Bool = false, options: QueryOptions = QueryOptions()) throws -> String {
        let query = try parseQuery(text, baseIRI: baseIRI)
        do {
            return try QueryEngine(dataset: dataset(), options: options).explain(query, analyze: analyze)
        } catch let error as QueryError {
            throw KnowledgeGraphError.query(error)
        }
    }

    /// Parses a query, turning a syntax error into ``KnowledgeGraphError/syntax(message:line:column:offset:)``.
    public func parseQuery(_ text: String, baseIRI: String? = nil) throws -> Query {
        do {
            return try SPARQLParser.parseQuery(text, baseIRI: baseIRI)
        } catch {
            throw KnowledgeGraphError(error)
        }
    }
}
