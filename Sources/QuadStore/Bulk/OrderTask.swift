#if canImport(Glibc)
import Glibc
#endif

/// What every order task of one bulk load shares (read-only).
struct OrderContext: @unchecked Sendable {
    let runs: [SortedRun]
    /// RocksDB snapshots are safe to read from several threads.
    let snapshot: any KeyValueSnapshot
    let storeWasEmpty: Bool
    let typeID: UInt64
    let tempFolder: String
}

/// Sorts the quads of a bulk load into one index order and writes them to that order's file.
///
/// Each task owns its file and its results; tasks run concurrently and the loader merges their
/// results afterwards, which is what makes `@unchecked Sendable` sound here.
final class OrderTask: @unchecked Sendable {
    let order: QuadOrder
    let file: any SortedFileWriter
    var delta = StatisticsDelta()
    var typedPairs: [QuadIDs] = []
    var added = 0
    var tempFiles: [String] = []
    var error: Error?

    init(order: QuadOrder, file: any SortedFileWriter) {
        self.order = order
        self.file = file
    }

    func run(_ context: OrderContext) {
        do {
            try write(context)
            try file.finish()
        } catch {
            self.error = error
        }
    }

    private func write(_ context: OrderContext) throws {
        var key = [UInt8](repeating: 0, count: order.keyLength)
        key[0] = order.keySpace.rawValue
        let fourIDs = order.keyLength == 33
        // spog and dspo see each quad once, in s, p, o(, g) order: they keep the statistics.
        let countsStatistics = order == .spog || order == .dspo
        try sortedStream(context) { q in
            try key.withUnsafeMutableBytes { k in
                k.storeBytes(of: q.s.bigEndian, toByteOffset: 1, as: UInt64.self)
                k.storeBytes(of: q.p.bigEndian, toByteOffset: 9, as: UInt64.self)
                k.storeBytes(of: q.o.bigEndian, toByteOffset: 17, as: UInt64.self)
                if fourIDs { k.storeBytes(of: q.g.bigEndian, toByteOffset: 25, as: UInt64.self) }
                try file.add(key: UnsafeRawBufferPointer(k), value: UnsafeRawBufferPointer(start: nil, count: 0))
            }
            guard countsStatistics else { return }
            let isNew = context.storeWasEmpty ? true : !(try context.snapshot.contains(key))
            guard isNew else { return }
            let g = order == .spog ? q.g : 0
            delta.add(.total, 0, 1)
            delta.add(.graph, g, 1)
            delta.add(.predicate, q.p, 1)
            added += 1
            if q.p == context.typeID {
                let pair = QuadIDs(s: q.s, p: q.p, o: q.o, g: 0)
                if typedPairs.last != pair { typedPairs.append(pair) }
            }
        }
    }

    /// Calls `body` with every distinct quad of the load that belongs to this order's kind of
    /// graph, permuted into the order's components, ascending.
    private func sortedStream(_ context: OrderContext, _ body: (QuadIDs) throws -> Void) throws {
        let comps = order.components
        let wantsDefault = order.isDefaultGraph
        let order = self.order
        func permuted(_ run: SortedRun) throws -> [QuadIDs] {
            let records = try run.load()
            var out: [QuadIDs] = []
            if order == .spog {
                // Runs are sorted in spog order already; only the default graph is left out.
                if !records.contains(where: { $0.g == 0 }) { return records }
                out.reserveCapacity(records.count)
                for q in records where q.g != 0 { out.append(q) }
                return out
            }
            out.reserveCapacity(wantsDefault ? records.count / 8 : records.count)
            for q in records where (q.g == 0) == wantsDefault {
                out.append(QuadIDs(s: q[comps[0]], p: q[comps[1]], o: q[comps[2]], g: comps.count == 4 ? q[comps[3]] : 0))
            }
            out.sortUnique()
            return out
        }
        if context.runs.count == 1 {
            for q in try permuted(context.runs[0]) { try body(q) }
            return
        }
        var paths: [(String, Int)] = []
        for (i, run) in context.runs.enumerated() {
            let sorted = try permuted(run)
            let path = context.tempFolder + "/order-\(order.rawValue)-\(i).bin"
            tempFiles.append(path)
            _ = try SortedRun.spill(sorted, to: path)
            paths.append((path, sorted.count))
        }
        var merger = try RunMerger(paths: paths)
        while let q = merger.next() { try body(q) }
        for (p, _) in paths { unlink(p) }
    }
}
