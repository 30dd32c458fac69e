import QuadStore
import RDFModel
import SPARQLEngine

/// The pending changes of one SPARQL Update request, over one store snapshot.
///
/// Operations record quad insertions and deletions and graph creations and drops here; later
/// operations read the snapshot with these changes applied (``dataset()``), and ``commit(to:)``
/// writes them all in one atomic store write. Nothing touches the store before the commit.
final class UpdateTransaction {
    /// The snapshot the request started from.
    let base: QuadStoreReader
    /// Quads to insert that the snapshot lacks.
    private(set) var added: [EncodedQuad: Quad] = [:]
    /// Quads of the snapshot to delete.
    private(set) var removed: [EncodedQuad: Quad] = [:]
    /// Named graphs whose record changed: true once created, false once dropped.
    private(set) var graphRecords: [Term: Bool] = [:]
    /// Terms of added quads, by id, for decoding before they are stored.
    private var newTerms: [TermID: Term] = [:]
    /// The overlay as of the last change, rebuilt lazily.
    private var cachedDataset: OverlayDataset?

    init(base: QuadStoreReader) {
        self.base = base
    }

    // MARK: - Quads

    /// Adds a quad (a no-op when it is already there).
    func insert(_ quad: Quad) {
        let e = encode(quad)
        if removed.removeValue(forKey: e) != nil {
            cachedDataset = nil
            return
        }
        guard added[e] == nil, !base.contains(quad) else { return }
        added[e] = quad
        for t in [quad.subject, quad.predicate, quad.object] + (quad.graph.term.map { [$0] } ?? []) {
            newTerms[base.termID(for: t)] = t
        }
        cachedDataset = nil
    }

    /// Deletes a quad (a no-op when it is not there).
    func delete(_ quad: Quad) {
        let e = encode(quad)
        if added.removeValue(forKey: e) != nil {
            cachedDataset = nil
            return
        }
        guard removed[e] == nil, base.contains(quad) else { return }
        removed[e] = quad
        cachedDataset = nil
    }

    /// The quads of one graph as the request sees it now.
    func quads(in graph: GraphName) -> [Quad] {
        let d = dataset()
        let selector: GraphSelector = graph.term.map { .named(base.termID(for: $0)) } ?? .defaultGraph
        return d.quads(matching: EncodedQuadPattern(graph: selector)).compactMap { q in
            guard let s = d.term(for: q.subject), let p = d.term(for: q.predicate), let o = d.term(for: q.object) else { return nil }
            return Quad(s, p, o, graph)
        }
    }

    // MARK: - Graphs

    /// True when a named graph exists as the request sees it now: it holds quads, or it was
    /// created (in this request, or before it and not dropped since).
    func graphExists(_ graph: Term) -> Bool {
        if graphRecords[graph] == true { return true }
        let id = base.termID(for: graph)
        if dataset().quads(matching: EncodedQuadPattern(graph: .named(id))).next() != nil { return true }
        if graphRecords[graph] == false { return false }
        // Recorded in the store while empty.
        return (base.statistics.quadsPerGraph[id] ?? 0) == 0 && base.graphExists(id)
    }

    /// Records a named graph as existing even while empty.
    func create(_ graph: Term) {
        graphRecords[graph] = true
        newTerms[base.termID(for: graph)] = graph
        cachedDataset = nil
    }

    /// Removes every quad of a graph; with `drop`, a named graph stops existing too.
    func clear(_ graph: GraphName, drop: Bool) {
        for q in quads(in: graph) { delete(q) }
        if drop, let t = graph.term {
            graphRecords[t] = false
            cachedDataset = nil
        }
    }

    /// The named graphs that exist as the request sees them now.
    func namedGraphs() -> [Term] {
        dataset().namedGraphs().compactMap { dataset().term(for: $0) }
    }

    // MARK: - Reading and committing

    /// The snapshot with the pending changes applied, as a dataset for the query engine.
    func dataset() -> OverlayDataset {
        if let cachedDataset { return cachedDataset }
        let plain = OverlayDataset(base: base, added: AddedQuads(added.keys), removed: Set(removed.keys), newTerms: newTerms, graphs: [])
        var candidates = Set(base.namedGraphs())
        for q in added.keys { if let g = q.graph { candidates.insert(g) } }
        for (t, _) in graphRecords { candidates.insert(base.termID(for: t)) }
        var graphs: [TermID] = []
        for id in candidates {
            guard let t = plain.term(for: id) else { continue }
            if graphRecords[t] == true || plain.quads(matching: EncodedQuadPattern(graph: .named(id))).next() != nil {
                graphs.append(id)
            } else if graphRecords[t] == nil, (base.statistics.quadsPerGraph[id] ?? 0) == 0, base.graphExists(id) {
                graphs.append(id)
            }
        }
        let d = OverlayDataset(base: base, added: plain.added, removed: plain.removed, newTerms: newTerms, graphs: graphs.sorted())
        cachedDataset = d
        return d
    }

    /// Writes every pending change in one atomic store write.
    func commit(to store: QuadStore) throws -> (removed: Int, inserted: Int) {
        let dropped = graphRecords.filter { !$0.value }.map(\.key)
        let created = graphRecords.filter { $0.value }.map(\.key)
        return try store.apply(removing: Array(removed.values), inserting: Array(added.values), droppingGraphs: dropped, creatingGraphs: created)
    }

    private func encode(_ q: Quad) -> EncodedQuad {
        EncodedQuad(subject: base.termID(for: q.subject), predicate: base.termID(for: q.predicate), object: base.termID(for: q.object),
                    graph: q.graph.term.map { base.termID(for: $0) })
    }
}
