import RDFModel

// MARK: - Transactional writes (small updates; bulk loads go through BulkLoader)

extension QuadStore {
    /// Inserts quads atomically; returns how many were new.
    @discardableResult
    public func insert(_ quads: some Sequence<Quad>) throws -> Int {
        try apply(removing: [], inserting: Array(quads)).inserted
    }

    /// Removes quads atomically; returns how many were present.
    @discardableResult
    public func remove(_ quads: some Sequence<Quad>) throws -> Int {
        try apply(removing: Array(quads), inserting: []).removed
    }

    /// Removes then inserts, in one atomic write (the semantics of SPARQL's DELETE/INSERT).
    @discardableResult
    public func apply(removing: [Quad], inserting: [Quad]) throws -> (removed: Int, inserted: Int) {
        try apply(removing: removing, inserting: inserting, droppingGraphs: [], creatingGraphs: [])
    }

    /// Removes quads, inserts quads, forgets and records named graphs, all in one atomic write:
    /// the commit of a whole SPARQL Update request (`DROP GRAPH` and `CREATE GRAPH` included).
    ///
    /// Graph names in `droppingGraphs` lose their record of existing while empty (their quads
    /// go only if listed in `removing`); names in `creatingGraphs` are recorded even while empty.
    /// Drops are applied before creations, so a graph in both ends up recorded.
    @discardableResult
    public func apply(removing: [Quad], inserting: [Quad], droppingGraphs: [Term], creatingGraphs: [Term]) throws -> (removed: Int, inserted: Int) {
        try writeLock.withLock { _ in
            let snap = engine.snapshot()
            let state = shared.withLock { $0 }
            var dictionary = DictionaryWriter(snapshot: snap, collisions: state.collisions)
            var batch = KeyValueBatch()
            let reader = QuadStoreReader(snapshot: snap, statistics: state.statistics, collisions: state.collisions, engine: engine)
            let removeIDs = removing.map { q in
                QuadIDs(s: reader.termID(for: q.subject).raw, p: reader.termID(for: q.predicate).raw, o: reader.termID(for: q.object).raw,
                        g: q.graph.term.map { reader.termID(for: $0).raw } ?? 0)
            }
            var insertIDs: [QuadIDs] = []
            insertIDs.reserveCapacity(inserting.count)
            for q in inserting {
                let g = try q.graph.term.map { try dictionary.id(for: $0, batch: &batch) } ?? 0
                insertIDs.append(QuadIDs(s: try dictionary.id(for: q.subject, batch: &batch), p: try dictionary.id(for: q.predicate, batch: &batch),
                                         o: try dictionary.id(for: q.object, batch: &batch), g: g))
            }
            let result = try applyEncoded(snapshot: snap, statistics: state.statistics, removing: removeIDs, inserting: insertIDs, batch: &batch)
            for graph in droppingGraphs {
                var key: [UInt8] = [KeySpace.graphName.rawValue]
                key.appendBigEndian(reader.termID(for: graph).raw)
                batch.delete(key)
            }
            for graph in creatingGraphs {
                var key: [UInt8] = [KeySpace.graphName.rawValue]
                key.appendBigEndian(try dictionary.id(for: graph, batch: &batch))
                batch.put(key)
            }
            try engine.write(batch)
            shared.withLock { s in
                s.didWrite()
                s.statistics = result.statistics
                for (bytes, id) in dictionary.newCollisions { s.collisions[bytes] = id }
            }
            return (result.removed, result.inserted)
        }
    }

    /// Adds the index and counter writes for encoded quads to `batch`, with exact statistics.
    /// The caller holds the write lock.
    func applyEncoded(snapshot snap: any KeyValueSnapshot, statistics: StoreStatistics, removing: [QuadIDs], inserting: [QuadIDs],
                      batch: inout KeyValueBatch) throws -> (removed: Int, inserted: Int, statistics: StoreStatistics) {
        var present: [QuadIDs: Bool] = [:]
        func exists(_ q: QuadIDs) throws -> Bool {
            if let p = present[q] { return p }
            return try snap.contains((q.g == 0 ? QuadOrder.dspo : QuadOrder.spog).key(q))
        }
        var delta = StatisticsDelta()
        var typed: Set<QuadIDs> = []   // (s, C) pairs whose class membership may change, as QuadIDs(s, type, C, 0)
        var removed = 0, inserted = 0
        for q in removing where try exists(q) {
            present[q] = false
            for order in q.g == 0 ? QuadOrder.defaultGraph : QuadOrder.named { batch.delete(order.key(q)) }
            delta.add(.total, 0, -1)
            delta.add(.graph, q.g, -1)
            delta.add(.predicate, q.p, -1)
            if q.p == rdfTypeID { typed.insert(QuadIDs(s: q.s, p: q.p, o: q.o, g: 0)) }
            removed += 1
        }
        for q in inserting where try !exists(q) {
            present[q] = true
            for order in q.g == 0 ? QuadOrder.defaultGraph : QuadOrder.named { batch.put(order.key(q)) }
            delta.add(.total, 0, 1)
            delta.add(.graph, q.g, 1)
            delta.add(.predicate, q.p, 1)
            if q.p == rdfTypeID { typed.insert(QuadIDs(s: q.s, p: q.p, o: q.o, g: 0)) }
            inserted += 1
        }
        // Class membership: is (s rdf:type C) in some graph, before and after this write?
        for t in typed {
            var graphs: Set<UInt64> = []
            try snap.forEach(prefix: QuadOrder.spog.prefix([t.s, t.p, t.o])) { k in
                graphs.insert(QuadOrder.spog.quad(fromKey: k).g)
                return true
            }
            if try snap.contains(QuadOrder.dspo.key(t)) { graphs.insert(0) }
            let before = !graphs.isEmpty
            for (q, isPresent) in present where q.s == t.s && q.p == t.p && q.o == t.o {
                if isPresent { graphs.insert(q.g) } else { graphs.remove(q.g) }
            }
            let after = !graphs.isEmpty
            if before != after { delta.add(.classMembers, t.o, after ? 1 : -1) }
        }
        var stats = statistics
        for e in delta.updatedEntries(from: statistics) {
            if let v = e.value { batch.put(e.key, v) } else { batch.delete(e.key) }
            stats.add(e.kind, e.id, e.delta)
        }
        return (removed, inserted, stats)
    }

    /// Records a named graph as existing even while empty (SPARQL `CREATE GRAPH`).
    public func createGraph(_ graph: Term) throws {
        try writeLock.withLock { _ in
            let snap = engine.snapshot()
            var dictionary = DictionaryWriter(snapshot: snap, collisions: shared.withLock { $0.collisions })
            var batch = KeyValueBatch()
            let id = try dictionary.id(for: graph, batch: &batch)
            var key: [UInt8] = [KeySpace.graphName.rawValue]
            key.appendBigEndian(id)
            batch.put(key)
            try engine.write(batch)
            shared.withLock { s in
                s.didWrite()
                for (bytes, id) in dictionary.newCollisions { s.collisions[bytes] = id }
            }
        }
    }

    /// Removes every quad of a graph atomically; with `dropName`, a created named graph is
    /// forgotten too. Returns the number of quads removed.
    @discardableResult
    public func clearGraph(_ graph: GraphName, dropName: Bool = true) throws -> Int {
        try writeLock.withLock { _ in
            let snap = engine.snapshot()
            let state = shared.withLock { $0 }
            let reader = QuadStoreReader(snapshot: snap, statistics: state.statistics, collisions: state.collisions, engine: engine)
            let selector = reader.selector(for: graph)
            var ids: [QuadIDs] = []
            for q in reader.quads(matching: EncodedQuadPattern(graph: selector)) {
                ids.append(QuadIDs(s: q.subject.raw, p: q.predicate.raw, o: q.object.raw, g: q.graph?.raw ?? 0))
            }
            var batch = KeyValueBatch()
            let result = try applyEncoded(snapshot: snap, statistics: state.statistics, removing: ids, inserting: [], batch: &batch)
            if dropName, case .named(let id) = selector {
                var key: [UInt8] = [KeySpace.graphName.rawValue]
                key.appendBigEndian(id.raw)
                batch.delete(key)
            }
            try engine.write(batch)
            shared.withLock { s in
                s.didWrite()
                s.statistics = result.statistics
            }
            return result.removed
        }
    }
}

/// Gives terms their ids while writing, adding dictionary entries for new terms and resolving
/// hash collisions (the next hash round that is free becomes the id, recorded in the collision table).
struct DictionaryWriter {
    let snapshot: any KeyValueSnapshot
    var collisions: [[UInt8]: TermID]
    var pending: [UInt64: [UInt8]] = [:]
    var newCollisions: [([UInt8], TermID)] = []
    private var scratch: [UInt8] = []

    init(snapshot: any KeyValueSnapshot, collisions: [[UInt8]: TermID]) {
        self.snapshot = snapshot
        self.collisions = collisions
    }

    mutating func id(for term: Term, batch: inout KeyValueBatch) throws -> UInt64 {
        if let inline = TermCodec.inlineID(of: term) { return inline.raw }
        TermCodec.canonicalBytes(of: term, into: &scratch)
        let bytes = scratch
        if let known = collisions[bytes] { return known.raw }
        var round: UInt64 = 0
        while true {
            let id = bytes.withUnsafeBytes { TermCodec.hashedID(ofCanonical: $0, round: round) }.raw
            if let p = pending[id] {
                if p == bytes { return id }
                round += 1
                continue
            }
            var key: [UInt8] = [KeySpace.dictionary.rawValue]
            key.appendBigEndian(id)
            if let stored = try snapshot.get(key) {
                if stored == bytes { return id }
                round += 1
                continue
            }
            pending[id] = bytes
            batch.put(key, bytes)
            if round > 0 {
                collisions[bytes] = TermID(raw: id)
                newCollisions.append((bytes, TermID(raw: id)))
                var ckey: [UInt8] = [KeySpace.collision.rawValue]
                ckey.append(contentsOf: bytes)
                var value: [UInt8] = []
                value.appendBigEndian(id)
                batch.put(ckey, value)
            }
            return id
        }
    }
}
