import RDFModel

/// A single-pass, lazily produced sequence of SELECT solutions, as the query engine streams them.
///
/// Rows are computed only when asked for, so a large result never sits in memory. Iterate it
/// once, from one thread. Evaluation can fail midway (a timeout, a cancellation): iteration
/// then ends and ``failure`` holds the error; ``nextSolution()`` throws it instead.
///
/// ```swift
/// if case .stream(let variables, let rows) = results {
///     for row in rows { print(row) }
///     if let error = rows.failure { throw error }
/// }
/// ```
public final class QuerySolutionStream: Sequence, IteratorProtocol, Hashable, @unchecked Sendable {
    private let produce: () throws -> QuerySolution?
    private var finished = false
    /// The error that ended the stream early, if any.
    public private(set) var failure: (any Error)?

    /// Wraps a producer that returns nil at the end and throws on failure.
    public init(_ produce: @escaping () throws -> QuerySolution?) {
        self.produce = produce
    }

    /// The next solution, nil at the end; rethrows the error that ended evaluation.
    public func nextSolution() throws -> QuerySolution? {
        if let failure { throw failure }
        if finished { return nil }
        do {
            if let row = try produce() { return row }
            finished = true
            return nil
        } catch {
            failure = error
            finished = true
            throw error
        }
    }

    /// The next solution; nil at the end or after a failure (see ``failure``).
    public func next() -> QuerySolution? {
        try? nextSolution()
    }

    /// Reads the remaining solutions into an array, throwing if evaluation fails.
    public func collect() throws -> [QuerySolution] {
        var rows: [QuerySolution] = []
        while let row = try nextSolution() { rows.append(row) }
        return rows
    }

    /// Streams are equal only to themselves.
    public static func == (a: QuerySolutionStream, b: QuerySolutionStream) -> Bool { a === b }
    /// Hashes the identity.
    public func hash(into hasher: inout Hasher) { hasher.combine(ObjectIdentifier(self)) }
}

extension QueryResults {
    /// The same result with a streamed solution sequence read into ``solutions(variables:rows:)``;
    /// other results are returned unchanged. Throws the error that stopped the stream.
    public func materialized() throws -> QueryResults {
        guard case .stream(let variables, let rows) = self else { return self }
        return .solutions(variables: variables, rows: try rows.collect())
    }
}
