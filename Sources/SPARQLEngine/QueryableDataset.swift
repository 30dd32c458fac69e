@_exported import RDFModel

/// The one seam through which the query engine reads data.
///
/// The store implements it; permission filtering and owl:sameAs handling wrap it (a wrapper is a
/// `QueryableDataset` holding another one), so every query path is governed by the same code.
/// All calls read one consistent snapshot for the lifetime of the value.
public protocol QueryableDataset: Sendable {
    /// Streams the quads that match `pattern`, in no promised order.
    func quads(matching pattern: EncodedQuadPattern) -> AnyIterator<EncodedQuad>

    /// An estimate of how many quads match `pattern` (exact where cheap); used by the planner.
    func estimatedCount(of pattern: EncodedQuadPattern) -> Int

    /// The id `term` has in this dataset, or would have if it were stored. Pure apart from
    /// the store's collision table: it never writes.
    func termID(for term: Term) -> TermID

    /// Decodes an id; nil when the id is neither inline nor known to the dataset.
    func term(for id: TermID) -> Term?

    /// The names of the non-empty (or explicitly created) named graphs.
    func namedGraphs() -> [TermID]
}
