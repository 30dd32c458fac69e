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
    let added: AddedQuads
    let removed: Set<EncodedQuad>
    let newTerms: [TermID: Term]
    let graphs: [TermID]

    func quads(matching pattern: EncodedQuadPattern) -> AnyIterator<EncodedQuad> {
        let inner = base.quads(matching: pattern)
        if removed.isEmpty && added.isEmpty { return inner }
        let removed = removed
        var extra = added.matching(pattern).makeIterator()
        return AnyIterator {
            while let q = inner.next() {
                if !removed.contains(q) { return q }
            }
            return extra.next()
        }
    }

    func estimatedCount(of pattern: EncodedQuadPattern) -> Int {
        base.estimatedCount(of: pattern) + added.matching(pattern).count
    }

    func termID(for term: Term) -> TermID { base.termID(for: term) }

    func term(for id: TermID) -> Term? { newTerms[id] ?? base.term(for: id) }

    func namedGraphs() -> [TermID] { graphs }
}

/// The quads a request adds, indexed by subject, predicate and object so that a pattern with
/// a bound position does not scan them all (WHERE clauses probe once per partial solution).
struct AddedQuads: Sendable {
    private var all: [EncodedQuad] = []
    private var bySubject: [TermID: [EncodedQuad]] = [:]
    private var byPredicate: [TermID: [EncodedQuad]] = [:]
    private var byObject: [TermID: [EncodedQuad]] = [:]

    init(_ quads: some Sequence<EncodedQuad>) {
        for q in quads {
            all.append(q)
            bySubject[q.subject, default: []].append(q)
            byPredicate[q.predicate, default: []].append(q)
            byObject[q.object, default: []].append(q)
        }
    }

    var isEmpty: Bool { all.isEmpty }

    /// The added quads that match a pattern.
    func matching(_ p: EncodedQuadPattern) -> [EncodedQuad] {
        if all.isEmpty { return [] }
        var candidates = all
        if let s = p.subject { candidates = bySubject[s] ?? [] }
        if let o = p.object {
            let list = byObject[o] ?? []
            if list.count < candidates.count { candidates = list }
        }
        if let pr = p.predicate {
            let list = byPredicate[pr] ?? []
            if list.count < candidates.count { candidates = list }
        }
        return candidates.filter { Self.matches(p, $0) }
    }

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
