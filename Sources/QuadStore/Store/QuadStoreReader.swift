import RDFModel
import Synchronization

/// A consistent, read-only view of a ``QuadStore``: every call sees the same snapshot.
public final class QuadStoreReader: @unchecked Sendable {
    let snapshot: any KeyValueSnapshot
    let engine: any OrderedKeyValueStore
    /// The statistics as of the snapshot.
    public let statistics: StoreStatistics
    let collisions: [[UInt8]: TermID]
    /// Terms decoded from the dictionary (the snapshot never changes, so entries never go stale).
    private let decoded = Mutex<[TermID: Term]>([:])
    private static let decodedLimit = 65_536

    init(snapshot: any KeyValueSnapshot, statistics: StoreStatistics, collisions: [[UInt8]: TermID], engine: any OrderedKeyValueStore) {
        self.snapshot = snapshot
        self.statistics = statistics
        self.collisions = collisions
        self.engine = engine
    }

    // MARK: - Terms

    /// The id `term` has, or would have if stored.
    public func termID(for term: Term) -> TermID {
        if let inline = TermCodec.inlineID(of: term) { return inline }
        var bytes: [UInt8] = []
        TermCodec.canonicalBytes(of: term, into: &bytes)
        if !collisions.isEmpty, let id = collisions[bytes] { return id }
        return bytes.withUnsafeBytes { TermCodec.hashedID(ofCanonical: $0) }
    }

    /// Decodes an id; nil if it is neither inline nor in the dictionary.
    public func term(for id: TermID) -> Term? {
        if TermCodec.isInline(id) { return TermCodec.inlineTerm(id) }
        if let cached = decoded.withLock({ $0[id] }) { return cached }
        var key: [UInt8] = [KeySpace.dictionary.rawValue]
        key.appendBigEndian(id.raw)
        guard let bytes = try? snapshot.get(key), let term = bytes.withUnsafeBytes({ TermCodec.term(fromCanonical: $0) }) else { return nil }
        decoded.withLock { cache in
            // Results repeat predicates, classes and graphs; bound the cache rather than evict precisely.
            if cache.count >= Self.decodedLimit { cache.removeAll(keepingCapacity: true) }
            cache[id] = term
        }
        return term
    }

    /// Decodes an encoded quad.
    public func decode(_ q: EncodedQuad) -> Quad? {
        guard let s = term(for: q.subject), let p = term(for: q.predicate), let o = term(for: q.object) else { return nil }
        if let g = q.graph {
            guard let gt = term(for: g) else { return nil }
            return Quad(s, p, o, .named(gt))
        }
        return Quad(s, p, o, .defaultGraph)
    }

    /// The graph selector for a graph name.
    public func selector(for graph: GraphName) -> GraphSelector {
        switch graph {
        case .defaultGraph: return .defaultGraph
        case .named(let t): return .named(termID(for: t))
        }
    }

    // MARK: - Scans

    /// Streams the quads matching `pattern`.
    public func quads(matching pattern: EncodedQuadPattern) -> AnyIterator<EncodedQuad> {
        let plans = scanPlans(for: pattern)
        // Every position bound: one point read (bloom filters answer most misses) instead of a cursor.
        if plans.count == 1, let plan = plans.first, plan.lower.count == plan.order.keyLength {
            var done = false
            return AnyIterator {
                guard !done else { return nil }
                done = true
                guard (try? self.snapshot.contains(plan.lower)) == true else { return nil }
                let q = plan.lower.withUnsafeBytes { plan.order.quad(fromKey: $0) }
                return EncodedQuad(subject: TermID(raw: q.s), predicate: TermID(raw: q.p), object: TermID(raw: q.o),
                                   graph: plan.order.isDefaultGraph ? nil : TermID(raw: q.g))
            }
        }
        var index = 0
        var current: QuadScan? = nil
        return AnyIterator {
            while true {
                if current == nil {
                    guard index < plans.count else { return nil }
                    current = QuadScan(snapshot: self.snapshot, plan: plans[index])
                    index += 1
                }
                if let q = current!.next() { return q }
                current = nil
            }
        }
    }

    /// Decoded quads matching a pattern of terms (nil = any); convenient for tools and tests.
    public func quads(subject: Term? = nil, predicate: Term? = nil, object: Term? = nil, graph: GraphSelector = .union) -> [Quad] {
        let pattern = EncodedQuadPattern(subject: subject.map(termID), predicate: predicate.map(termID), object: object.map(termID), graph: graph)
        return quads(matching: pattern).compactMap(decode)
    }

    /// True when the quad is stored.
    public func contains(_ quad: Quad) -> Bool {
        let ids = QuadIDs(s: termID(for: quad.subject).raw, p: termID(for: quad.predicate).raw, o: termID(for: quad.object).raw,
                          g: quad.graph.term.map { termID(for: $0).raw } ?? 0)
        let order: QuadOrder = ids.g == 0 ? .dspo : .spog
        return (try? snapshot.contains(order.key(ids))) ?? false
    }

    /// An estimate of the number of matches: exact counters where the pattern allows, a bounded
    /// count for small ranges, and the engine's size estimate for large ones.
    public func estimatedCount(of pattern: EncodedQuadPattern) -> Int {
        let bound = (pattern.subject != nil ? 1 : 0) + (pattern.predicate != nil ? 1 : 0) + (pattern.object != nil ? 1 : 0)
        if bound == 0 {
            switch pattern.graph {
            case .defaultGraph: return statistics.quadsPerGraph[StoreStatistics.defaultGraphID] ?? 0
            case .named(let g): return statistics.quadsPerGraph[g] ?? 0
            case .anyNamedGraph: return statistics.quadCount - (statistics.quadsPerGraph[StoreStatistics.defaultGraphID] ?? 0)
            case .union: return statistics.quadCount
            }
        }
        if bound == 1, let p = pattern.predicate, pattern.graph == .union || pattern.graph == .anyNamedGraph {
            return statistics.quadsPerPredicate[p] ?? 0
        }
        let limit = 1000
        var total = 0
        for plan in scanPlans(for: pattern) {
            let scan = QuadScan(snapshot: snapshot, plan: plan)
            var n = 0
            while n < limit, scan.next() != nil { n += 1 }
            if n == limit, let bytes = engine.approximateSize(from: plan.lower, to: plan.upper) {
                // Compressed bytes per key are roughly a third of the key length.
                n = max(limit, Int(bytes) / max(1, plan.order.keyLength / 3))
            }
            total += n
        }
        return total
    }

    /// Named graphs holding at least one quad, plus those created explicitly.
    public func namedGraphs() -> [TermID] {
        var graphs = Set(statistics.quadsPerGraph.keys.filter { $0.raw != 0 })
        try? snapshot.forEach(prefix: [KeySpace.graphName.rawValue]) { k in
            if k.count == 9 { graphs.insert(TermID(raw: UInt64(bigEndian: k.loadUnaligned(fromByteOffset: 1, as: UInt64.self)))) }
            return true
        }
        return graphs.sorted()
    }

    /// True when a named graph exists (has quads or was created).
    public func graphExists(_ id: TermID) -> Bool {
        if (statistics.quadsPerGraph[id] ?? 0) > 0 { return true }
        var key: [UInt8] = [KeySpace.graphName.rawValue]
        key.appendBigEndian(id.raw)
        return (try? snapshot.contains(key)) ?? false
    }

    // MARK: - Index choice

    struct ScanPlan {
        var order: QuadOrder
        var lower: [UInt8]
        var upper: [UInt8]
        /// Components bound but not in the prefix (checked per key).
        var filter: QuadIDs?
        var filterMask: (Bool, Bool, Bool, Bool)
    }

    func scanPlans(for pattern: EncodedQuadPattern) -> [ScanPlan] {
        let s = pattern.subject?.raw, p = pattern.predicate?.raw, o = pattern.object?.raw
        func plan(_ order: QuadOrder, graph: UInt64?) -> ScanPlan {
            var values: [UInt64?] = [s, p, o, graph]
            var prefix: [UInt64] = []
            for c in order.components {
                guard let v = values[c] else { break }
                prefix.append(v)
                values[c] = nil
            }
            let lower = order.prefix(prefix)
            let leftover = values.contains { $0 != nil }
            return ScanPlan(order: order, lower: lower, upper: KeyRange.successor(of: lower),
                            filter: leftover ? QuadIDs(s: values[0] ?? 0, p: values[1] ?? 0, o: values[2] ?? 0, g: values[3] ?? 0) : nil,
                            filterMask: (values[0] != nil, values[1] != nil, values[2] != nil, values[3] != nil))
        }
        func defaultPlan() -> ScanPlan {
            if s != nil { return plan(o != nil && p == nil ? .dosp : .dspo, graph: nil) }
            if p != nil { return plan(.dpos, graph: nil) }
            if o != nil { return plan(.dosp, graph: nil) }
            return plan(.dspo, graph: nil)
        }
        func namedPlan(_ g: UInt64?) -> ScanPlan {
            if let g {
                if s != nil { return plan(o != nil && p == nil ? .gosp : .gspo, graph: g) }
                if p != nil { return plan(.gpos, graph: g) }
                if o != nil { return plan(.gosp, graph: g) }
                return plan(.gspo, graph: g)
            }
            if s != nil { return plan(o != nil && p == nil ? .ospg : .spog, graph: nil) }
            if p != nil { return plan(.posg, graph: nil) }
            if o != nil { return plan(.ospg, graph: nil) }
            return plan(.spog, graph: nil)
        }
        switch pattern.graph {
        case .defaultGraph: return [defaultPlan()]
        case .named(let g): return g.raw == 0 ? [defaultPlan()] : [namedPlan(g.raw)]
        case .anyNamedGraph: return [namedPlan(nil)]
        case .union: return [defaultPlan(), namedPlan(nil)]
        }
    }
}

/// Walks one key range of one index, decoding keys into quads.
final class QuadScan {
    let cursor: any KeyValueCursor
    let plan: QuadStoreReader.ScanPlan
    var failure: Error?

    init(snapshot: any KeyValueSnapshot, plan: QuadStoreReader.ScanPlan) {
        self.plan = plan
        self.cursor = snapshot.cursor(from: plan.lower, to: plan.upper)
    }

    func next() -> EncodedQuad? {
        while true {
            let more: Bool
            do { more = try cursor.advance() } catch {
                failure = error
                return nil
            }
            guard more else { return nil }
            let q = cursor.withKey { plan.order.quad(fromKey: $0) }
            if let f = plan.filter {
                let m = plan.filterMask
                if (m.0 && q.s != f.s) || (m.1 && q.p != f.p) || (m.2 && q.o != f.o) || (m.3 && q.g != f.g) { continue }
            }
            return EncodedQuad(subject: TermID(raw: q.s), predicate: TermID(raw: q.p), object: TermID(raw: q.o),
                               graph: plan.order.isDefaultGraph ? nil : TermID(raw: q.g))
        }
    }
}
