import QuadStore
import RDFModel
import SPARQLEngine

/// A store snapshot with an update request's pending changes laid over it: what the WHERE
/// clause of a later operation in the same request reads.
///
/// Quads in `removed` are hidden, quads in `added` appear; ids come from the snapshot's
/// dictionary, and terms not stored yet are decoded from `newTerms`.
struct OverlayDataset: QueryableDataset {
    let base: QuadStoreReader
    let added: Set<EncodedQuad>
    let removed: Set<EncodedQuad>
    let newTerms: [TermID: Term]
    let graphs: [TermID]

    func quads(matching pattern: EncodedQuadPattern) -> AnyIterator<EncodedQuad> {
        let inner = base.quads(matching: pattern)
        let removed = removed
        var extra = added.filter { Self.matches(pattern, $0) }.makeIterator()
        if removed.isEmpty && added.isEmpty { return inner }
        return AnyIterator {
            while let q = inner.next() {
                if !removed.contains(q) { return q }
            }
            return extra.next()
        }
    }

    func estimatedCount(of pattern: EncodedQuadPattern) -> Int {
        base.estimatedCount(of: pattern) + (added.isEmpty ? 0 : added.count { Self.matches(pattern, $0) })
    }

    func termID(for term: Term) -> TermID { base.termID(for: term) }

    func term(for id: TermID) -> Term? { newTerms[id] ?? base.term(for: id) }

    func namedGraphs() -> [TermID] { graphs }

    /// True when an encoded quad matches a pattern (the store's scan rules, done by hand).
    static func matches(_ p: EncodedQuadPattern, _ q: EncodedQuad) -> Bool {
        if let s = p.subject, s != q.subject { return false }
        if let pr = p.predicate, pr != q.predicate { return false }
        if let o = p.object, o != q.object { return false }
        switch p.graph {
        case .defaultGraph: return q.graph == nil
        case .anyNamedGraph: return q.graph != nil
        case .named(let g): return g.raw == 0 ? q.graph == nil : q.graph == g
        case .union: return true
        }
    }
}
