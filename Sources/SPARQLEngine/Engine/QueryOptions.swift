import Foundation

/// How a query runs: which default graph it sees, and the limits it must respect.
///
/// ```swift
/// var options = QueryOptions()
/// options.timeout = 2.5          // seconds
/// options.maxResults = 10_000
/// let engine = QueryEngine(dataset: kg.dataset(), options: options)
/// ```
public struct QueryOptions: Sendable {
    /// When the query has no FROM clause, use the union of all graphs as the default graph
    /// instead of the store's default graph.
    public var unionDefaultGraph = false
    /// Wall-clock limit in seconds, counted from the start of `execute`; nil means none.
    public var timeout: Double? = nil
    /// The most solutions (SELECT) or triples (CONSTRUCT, DESCRIBE) a query may return;
    /// exceeding it throws ``QueryError/Kind/resultTooLarge``.
    public var maxResults: Int? = nil
    /// The instant `NOW()` returns; nil means the moment the query starts.
    public var now: Date? = nil
    /// Base IRI for `IRI()`/`URI()` when the query itself has no BASE.
    public var baseIRI: String? = nil
    /// Run the optimizer (constant folding, filter push-down, join ordering, hash joins).
    /// Turning it off evaluates the algebra as written, with nested-loop joins: slow, but a
    /// reference for differential tests and for checking a suspected optimizer bug.
    public var optimize = true

    /// Default options: the store's default graph, no limits.
    public init() {}
}
