import Foundation
import SPARQLResults
import SPARQLSyntax

/// Evaluates SPARQL queries over a ``QueryableDataset``.
///
/// One engine runs queries against one dataset snapshot with one set of options. SELECT
/// results stream (``QueryResults/stream(variables:rows:)``): rows are computed as they are
/// read, within the timeout. ``cancel()`` may be called from any thread and stops the running
/// query (and any later one) with ``QueryError/Kind/cancelled``.
///
/// ```swift
/// let query = try SPARQLParser.parseQuery("SELECT ?s WHERE { ?s a <http://example.org/Person> }")
/// let engine = QueryEngine(dataset: kg.dataset())
/// if case .stream(_, let rows) = try engine.execute(query) {
///     while let row = try rows.nextSolution() { print(row["s"]!) }
/// }
/// print(try engine.explain(query, analyze: true))   // plan with estimated and actual rows
/// ```
public final class QueryEngine: @unchecked Sendable {
    /// The data the engine reads.
    public let dataset: any QueryableDataset
    /// The options every query of this engine runs with.
    public let options: QueryOptions
    let cancellation = CancellationFlag()

    /// Creates an engine over a dataset.
    public init(dataset: any QueryableDataset, options: QueryOptions = QueryOptions()) {
        self.dataset = dataset
        self.options = options
    }

    /// Runs a query: SELECT streams its rows, ASK gives a boolean, CONSTRUCT and DESCRIBE a graph.
    /// - Throws: ``QueryError`` (timeout, cancellation, result limit, unsupported feature).
    public func execute(_ query: Query) throws -> QueryResults {
        let run = try QueryRun(engine: self, query: query)
        return try run.results()
    }

    /// The optimized plan as an indented tree with estimated rows per operator; with
    /// `analyze` the query is also run (results discarded) and actual rows are shown.
    public func explain(_ query: Query, analyze: Bool) throws -> String {
        let run = try QueryRun(engine: self, query: query)
        return try run.explain(analyze: analyze)
    }

    /// The solutions of a graph pattern (the WHERE clause of an update), fully evaluated
    /// against `dataset` (USING / USING NAMED / WITH) or the engine's default dataset.
    public func solutions(of pattern: GraphPattern, dataset: QueryDataset? = nil,
                          baseIRI: IRI? = nil) throws -> [[Variable: Term]] {
        let query = Query(form: .select(variables: pattern.visibleVariables), dataset: dataset,
                          pattern: pattern, baseIRI: baseIRI)
        let run = try QueryRun(engine: self, query: query)
        return try run.solutionDictionaries()
    }

    /// Stops the running query and refuses later ones; safe to call from any thread.
    public func cancel() {
        cancellation.cancel()
    }
}

/// A flag one thread sets and query loops poll.
final class CancellationFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var cancelled = false

    /// Sets the flag.
    func cancel() {
        lock.lock()
        cancelled = true
        lock.unlock()
    }

    /// Whether the flag is set.
    var isCancelled: Bool {
        lock.lock()
        defer { lock.unlock() }
        return cancelled
    }
}
