import Dispatch
import RDFModel
#if canImport(Glibc)
import Glibc
#endif

/// What a bulk load did.
public struct BulkLoadSummary: Sendable {
    /// Quads handed to the loader (duplicates included).
    public var quadsRead = 0
    /// Quads that were not in the store before.
    public var quadsAdded = 0
    /// Terms added to the dictionary.
    public var termsAdded = 0
    /// Sorted runs spilled to disk (0 when everything fit in memory).
    public var runsSpilled = 0
    /// Seconds spent receiving quads (parsing and encoding, for a file load).
    public var readSeconds = 0.0
    /// Seconds spent sorting and writing the index files.
    public var sortSeconds = 0.0
    /// Seconds spent making the files visible.
    public var ingestSeconds = 0.0
}

extension QuadStore {
    /// Loads many quads at once: `body` adds them through the loader, and when it returns they
    /// all become visible in one atomic step. If `body` throws (a syntax error, an interruption),
    /// or the process dies before the end, the store is exactly as it was.
    ///
    /// Writers are excluded for the whole load; readers are not.
    ///
    /// - Parameter runLimit: quads held in memory before a sorted run is spilled to disk
    ///   (32 bytes each; the sort needs as much again).
    @discardableResult
    public func bulkLoad(runLimit: Int = 1 << 24, _ body: (BulkLoader) throws -> Void) throws -> BulkLoadSummary {
        try writeLock.withLock { _ in
            let state = shared.withLock { $0 }
            let ingestion = try engine.makeBulkIngestion()
            let loader = BulkLoader(store: self, snapshot: engine.snapshot(), state: state, ingestion: ingestion, runLimit: max(runLimit, 1024))
            do {
                let started = monotonicSeconds()
                try body(loader)
                var summary = try loader.commit()
                summary.readSeconds = loader.commitStarted - started
                shared.withLock { s in
                    s.didWrite()
                    s.statistics = loader.statistics
                    for (bytes, id) in loader.newCollisions { s.collisions[bytes] = id }
                }
                return summary
            } catch {
                loader.cleanUp()
                ingestion.abort()
                throw error
            }
        }
    }
}

/// Receives the quads of a bulk load (see ``QuadStore/bulkLoad(runLimit:_:)``).
///
/// Each term is hashed to its id as it arrives; an in-memory table of the ids seen in this load
/// (with a second hash to notice two terms sharing an id) decides whether it needs a new
/// dictionary entry, so loading into an empty store does no reads at all. Quads are buffered as
/// four ids, sorted and, past `runLimit`, spilled as sorted runs; at the end every index order is
/// sorted and written as one SST file, and all files are ingested together.
public final class BulkLoader {
    let store: QuadStore
    let snapshot: any KeyValueSnapshot
    let ingestion: any BulkIngestion
    let runLimit: Int
    let storeWasEmpty: Bool
    var statistics: StoreStatistics
    var collisions: [[UInt8]: TermID]
    var newCollisions: [([UInt8], TermID)] = []

    private var seen = IDTable(capacity: 1 << 16)
    private var scratch: [UInt8] = []
    private var arena: [UInt8] = []
    private var newTerms: [(id: UInt64, offset: Int, length: Int)] = []
    private var buffer: [QuadIDs] = []
    private var runs: [SortedRun] = []
    private var tempFiles: [String] = []
    private let tempFolder: String

    /// Quads received so far.
    public private(set) var quadsRead = 0

    init(store: QuadStore, snapshot: any KeyValueSnapshot, state: QuadStore.Shared, ingestion: any BulkIngestion, runLimit: Int) {
        self.store = store
        self.snapshot = snapshot
        self.ingestion = ingestion
        self.runLimit = runLimit
        self.statistics = state.statistics
        self.collisions = state.collisions
        self.storeWasEmpty = state.statistics.quadCount == 0
        if let dir = ingestion.scratchDirectory {
            tempFolder = dir
        } else {
            var template = Array("/tmp/citykg-bulk-XXXXXX".utf8CString)
            tempFolder = template.withUnsafeMutableBufferPointer { buf in
                mkdtemp(buf.baseAddress!).map { String(cString: $0) } ?? "/tmp"
            }
        }
        buffer.reserveCapacity(min(runLimit, 1 << 20))
    }

    /// Adds one quad.
    public func add(_ quad: Quad) throws {
        let g: UInt64
        if let gt = quad.graph.term { g = try id(for: gt) } else { g = 0 }
        let q = QuadIDs(s: try id(for: quad.subject), p: try id(for: quad.predicate), o: try id(for: quad.object), g: g)
        buffer.append(q)
        quadsRead += 1
        if buffer.count >= runLimit { try spill() }
    }

    // MARK: - Terms

    private func id(for term: Term) throws -> UInt64 {
        if case .literal = term, let inline = TermCodec.inlineID(of: term) { return inline.raw }
        TermCodec.canonicalBytes(of: term, into: &scratch)
        if !collisions.isEmpty, let known = collisions[scratch] { return known.raw }
        let (id, check) = scratch.withUnsafeBytes { TermCodec.hashedIDAndCheck(ofCanonical: $0) }
        if let seenCheck = seen.value(for: id.raw) {
            if seenCheck == check { return id.raw }
            return try resolveCollision(check: check)
        }
        if !storeWasEmpty, let stored = try snapshot.get(Self.dictionaryKey(id.raw)) {
            if stored == scratch {
                seen.set(id.raw, check)
                return id.raw
            }
            return try resolveCollision(check: check)
        }
        seen.set(id.raw, check)
        addTerm(id.raw)
        return id.raw
    }

    /// The term in `scratch` hashed to an id taken by another term: take the next free round.
    private func resolveCollision(check: UInt64) throws -> UInt64 {
        var round: UInt64 = 1
        while true {
            let id = scratch.withUnsafeBytes { TermCodec.hashedID(ofCanonical: $0, round: round) }.raw
            round += 1
            if seen.value(for: id) != nil { continue }
            if !storeWasEmpty, try snapshot.get(Self.dictionaryKey(id)) != nil { continue }
            seen.set(id, check)
            addTerm(id)
            collisions[scratch] = TermID(raw: id)
            newCollisions.append((scratch, TermID(raw: id)))
            return id
        }
    }

    private func addTerm(_ id: UInt64) {
        newTerms.append((id, arena.count, scratch.count))
        arena.append(contentsOf: scratch)
    }

    static func dictionaryKey(_ id: UInt64) -> [UInt8] {
        var key: [UInt8] = [KeySpace.dictionary.rawValue]
        key.appendBigEndian(id)
        return key
    }

    // MARK: - Runs

    private func spill() throws {
        buffer.sortUnique()
        let path = tempFolder + "/run-\(runs.count).bin"
        tempFiles.append(path)
        runs.append(try SortedRun.spill(buffer, to: path))
        buffer.removeAll(keepingCapacity: true)
    }

    func cleanUp() {
        for f in tempFiles { unlink(f) }
        tempFiles.removeAll()
        if ingestion.scratchDirectory == nil && tempFolder != "/tmp" { rmdir(tempFolder) }
    }

    // MARK: - Commit

    private(set) var commitStarted = 0.0

    func commit() throws -> BulkLoadSummary {
        defer { cleanUp() }
        commitStarted = monotonicSeconds()
        var summary = BulkLoadSummary()
        summary.quadsRead = quadsRead
        summary.termsAdded = newTerms.count
        if runs.isEmpty {
            buffer.sortUnique()
            runs = [.memory(buffer)]
        } else {
            try spill()
            summary.runsSpilled = runs.count
        }
        buffer = []
        seen = IDTable(capacity: 0)   // not needed any more: give its memory back before sorting

        // Sort and write the nine index orders, two at a time (one per core).
        let tasks = try QuadOrder.allCases.map { OrderTask(order: $0, file: try ingestion.makeFile()) }
        let context = OrderContext(runs: runs, snapshot: snapshot, storeWasEmpty: storeWasEmpty, typeID: store.rdfTypeID, tempFolder: tempFolder)
        DispatchQueue.concurrentPerform(iterations: tasks.count) { i in
            tasks[i].run(context)
        }
        var delta = StatisticsDelta()
        var typedPairs: [QuadIDs] = []
        for t in tasks {
            tempFiles.append(contentsOf: t.tempFiles)
            if let error = t.error { throw error }
            for (k, v) in t.delta.deltas { delta.deltas[k, default: 0] += v }
            typedPairs.append(contentsOf: t.typedPairs)
            summary.quadsAdded += t.added
        }
        runs = []

        // Class membership: a (subject, class) pair counts once over all graphs.
        typedPairs.sortUnique()
        for pair in typedPairs {
            var before = false
            if !storeWasEmpty {
                try snapshot.forEach(prefix: QuadOrder.spog.prefix([pair.s, pair.p, pair.o])) { _ in
                    before = true
                    return false
                }
                if !before { before = try snapshot.contains(QuadOrder.dspo.key(pair)) }
            }
            if !before { delta.add(.classMembers, pair.o, 1) }
        }

        // Dictionary entries, in id order.
        let dictionaryFile = try ingestion.makeFile()
        newTerms.sort { $0.id < $1.id }
        var dkey = [UInt8](repeating: 0, count: 9)
        dkey[0] = KeySpace.dictionary.rawValue
        try arena.withUnsafeBytes { bytes in
            for t in newTerms {
                try dkey.withUnsafeMutableBytes { k in
                    k.storeBytes(of: t.id.bigEndian, toByteOffset: 1, as: UInt64.self)
                    try dictionaryFile.add(key: UnsafeRawBufferPointer(k), value: UnsafeRawBufferPointer(rebasing: bytes[t.offset..<(t.offset + t.length)]))
                }
            }
        }
        try dictionaryFile.finish()
        newTerms = []
        arena = []

        // Collision table entries.
        if !newCollisions.isEmpty {
            let file = try ingestion.makeFile()
            for (bytes, id) in newCollisions.sorted(by: { $0.0.lexicographicallyPrecedes($1.0) }) {
                var k: [UInt8] = [KeySpace.collision.rawValue]
                k.append(contentsOf: bytes)
                var v: [UInt8] = []
                v.appendBigEndian(id.raw)
                try k.withUnsafeBytes { kb in try v.withUnsafeBytes { vb in try file.add(key: kb, value: vb) } }
            }
            try file.finish()
        }

        // Counters, as new absolute values.
        let counterFile = try ingestion.makeFile()
        for e in delta.updatedEntries(from: statistics) {
            guard let v = e.value else { continue }
            try e.key.withUnsafeBytes { kb in try v.withUnsafeBytes { vb in try counterFile.add(key: kb, value: vb) } }
            statistics.add(e.kind, e.id, e.delta)
        }
        try counterFile.finish()

        let ingestStarted = monotonicSeconds()
        try ingestion.commit()
        summary.ingestSeconds = monotonicSeconds() - ingestStarted
        summary.sortSeconds = ingestStarted - commitStarted
        return summary
    }
}

/// Monotonic clock in seconds.
func monotonicSeconds() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}
