import CRocksDB
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// Turns RocksDB's `char** errptr` convention into a Swift `throw`.
///
/// Contract (rocksdb/c.h): on failure the callee stores a `malloc`ed message in `*errptr`,
/// which the caller frees with `rocksdb_free`; on success it leaves `*errptr` untouched.
@inline(__always)
func rocksCall<R>(_ operation: @autoclosure () -> String, _ body: (UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> R) throws -> R {
    var err: UnsafeMutablePointer<CChar>? = nil
    let result = body(&err)
    if let err {
        let message = String(cString: err)
        rocksdb_free(err)
        throw StorageError(operation(), message)
    }
    return result
}

/// The RocksDB engine under the quad store: one database, one column family.
///
/// RocksDB's handles are thread-safe for concurrent reads and writes, which is what makes
/// `@unchecked Sendable` sound here; this class owns each handle and frees it in `deinit`.
public final class RocksDBKeyValueStore: OrderedKeyValueStore, @unchecked Sendable {
    let db: OpaquePointer
    private let options: OpaquePointer
    private let tableOptions: OpaquePointer
    private let cache: OpaquePointer
    let writeOptions: OpaquePointer
    /// The database folder.
    public let path: String

    /// Opens (creating if needed) the database in `path`.
    public init(path: String) throws {
        self.path = path
        let options = rocksdb_options_create()!
        rocksdb_options_set_create_if_missing(options, 1)
        rocksdb_options_increase_parallelism(options, 2)
        rocksdb_options_set_max_background_jobs(options, 2)
        rocksdb_options_set_write_buffer_size(options, 64 << 20)
        rocksdb_options_set_max_open_files(options, 512)
        // Keys are short and share long prefixes; LZ4 everywhere, zstd at the bottom where most data lives.
        rocksdb_options_set_compression(options, Int32(rocksdb_lz4_compression))
        rocksdb_options_set_bottommost_compression(options, Int32(rocksdb_zstd_compression))
        let table = rocksdb_block_based_options_create()!
        let cache = rocksdb_cache_create_lru(256 << 20)!
        rocksdb_block_based_options_set_block_cache(table, cache)
        rocksdb_block_based_options_set_block_size(table, 16 << 10)
        // Whole-key bloom filters make "is this quad / term already stored?" cheap on misses.
        // The table options take ownership of the filter policy.
        rocksdb_block_based_options_set_filter_policy(table, rocksdb_filterpolicy_create_bloom_full(10))
        // Filters and indexes stay with the open table readers, not in the block cache: a bulk
        // load writes one SST per index order with a single full filter of several MB, larger
        // than a cache shard (256 MB / 64 shards), so a cached filter was re-read from disk on
        // every point read. In memory they cost about 1.3 bytes per key.
        rocksdb_block_based_options_set_cache_index_and_filter_blocks(table, 0)
        rocksdb_options_set_block_based_table_factory(options, table)
        var err: UnsafeMutablePointer<CChar>? = nil
        let handle = rocksdb_open(options, path, &err)
        guard let handle, err == nil else {
            // A half-opened database is released before throwing.
            if let handle { rocksdb_close(handle) }
            let message = err.map { String(cString: $0) } ?? "unknown error"
            if let err { rocksdb_free(err) }
            rocksdb_block_based_options_destroy(table)
            rocksdb_cache_destroy(cache)
            rocksdb_options_destroy(options)
            throw StorageError("open \(path)", message)
        }
        self.db = handle
        self.options = options
        self.tableOptions = table
        self.cache = cache
        self.writeOptions = rocksdb_writeoptions_create()!
    }

    deinit {
        rocksdb_writeoptions_destroy(writeOptions)
        rocksdb_close(db)
        rocksdb_block_based_options_destroy(tableOptions)
        rocksdb_cache_destroy(cache)
        rocksdb_options_destroy(options)
    }

    public func snapshot() -> any KeyValueSnapshot {
        RocksDBSnapshot(store: self)
    }

    public func write(_ batch: KeyValueBatch) throws {
        let wb = rocksdb_writebatch_create()!
        defer { rocksdb_writebatch_destroy(wb) }
        for op in batch.operations {
            switch op {
            case .put(let k, let v):
                k.withUnsafeBufferPointer { kb in
                    v.withUnsafeBufferPointer { vb in
                        kb.withMemoryRebound(to: CChar.self) { kc in
                            vb.withMemoryRebound(to: CChar.self) { vc in
                                rocksdb_writebatch_put(wb, kc.baseAddress, kc.count, vc.baseAddress, vc.count)
                            }
                        }
                    }
                }
            case .delete(let k):
                k.withUnsafeBufferPointer { kb in
                    kb.withMemoryRebound(to: CChar.self) { rocksdb_writebatch_delete(wb, $0.baseAddress, $0.count) }
                }
            case .deleteRange(let lo, let hi):
                lo.withUnsafeBufferPointer { lb in
                    hi.withUnsafeBufferPointer { hb in
                        lb.withMemoryRebound(to: CChar.self) { lc in
                            hb.withMemoryRebound(to: CChar.self) { hc in
                                rocksdb_writebatch_delete_range(wb, lc.baseAddress, lc.count, hc.baseAddress, hc.count)
                            }
                        }
                    }
                }
            }
        }
        try rocksCall("write batch") { err in rocksdb_write(db, writeOptions, wb, err) }
    }

    public func makeBulkIngestion() throws -> any BulkIngestion {
        try RocksDBBulkIngestion(store: self)
    }

    public func approximateSize(from lower: [UInt8], to upper: [UInt8]) -> UInt64? {
        var size: UInt64 = 0
        let ok: Bool? = lower.withUnsafeBufferPointer { lb in
            upper.withUnsafeBufferPointer { ub in
                lb.withMemoryRebound(to: CChar.self) { lc in
                    ub.withMemoryRebound(to: CChar.self) { uc in
                        var starts: [UnsafePointer<CChar>?] = [lc.baseAddress]
                        var startLens = [lc.count]
                        var ends: [UnsafePointer<CChar>?] = [uc.baseAddress]
                        var endLens = [uc.count]
                        return try? rocksCall("approximate size") { err in
                            rocksdb_approximate_sizes(db, 1, &starts, &startLens, &ends, &endLens, &size, err)
                        }
                    }
                }
            } != nil
        }
        return ok == true ? size : nil
    }

    public func compact() throws {
        rocksdb_compact_range(db, nil, 0, nil, 0)
    }

    /// A RocksDB property such as `rocksdb.estimate-num-keys`, if known.
    public func property(_ name: String) -> String? {
        guard let value = rocksdb_property_value(db, name) else { return nil }
        defer { rocksdb_free(value) }
        return String(cString: value)
    }
}

/// A RocksDB snapshot with the read options that pin it; released in `deinit`.
///
/// Creating a RocksDB iterator is expensive next to a short seek (it pins the memtables and the
/// current set of files), and a query opens one cursor per index lookup. So the snapshot keeps
/// idle iterators, all reading this snapshot, and cursors borrow one and hand it back; range
/// bounds are checked by the cursor instead of the read options, so one iterator serves any range.
final class RocksDBSnapshot: KeyValueSnapshot, @unchecked Sendable {
    let store: RocksDBKeyValueStore
    let handle: OpaquePointer
    let readOptions: OpaquePointer
    /// A RocksDB iterator handle; only ever used by one cursor at a time.
    struct IteratorHandle: @unchecked Sendable { let pointer: OpaquePointer }
    private let idleIterators = Mutex<[IteratorHandle]>([])
    private static let idleLimit = 32

    init(store: RocksDBKeyValueStore) {
        self.store = store
        self.handle = rocksdb_create_snapshot(store.db)!
        self.readOptions = rocksdb_readoptions_create()!
        rocksdb_readoptions_set_snapshot(readOptions, handle)
    }

    deinit {
        // Iterators must go before the snapshot and the read options they use.
        for it in idleIterators.withLock({ $0 }) { rocksdb_iter_destroy(it.pointer) }
        rocksdb_readoptions_destroy(readOptions)
        rocksdb_release_snapshot(store.db, handle)
    }

    func borrowIterator() -> OpaquePointer {
        if let it = idleIterators.withLock({ $0.popLast() }) { return it.pointer }
        return rocksdb_create_iterator(store.db, readOptions)!
    }

    func returnIterator(_ it: OpaquePointer) {
        let handle = IteratorHandle(pointer: it)
        let kept = idleIterators.withLock { idle -> Bool in
            guard idle.count < Self.idleLimit else { return false }
            idle.append(handle)
            return true
        }
        if !kept { rocksdb_iter_destroy(it) }
    }

    func get(_ key: [UInt8]) throws -> [UInt8]? {
        var len = 0
        let value = try key.withUnsafeBufferPointer { kb in
            try kb.withMemoryRebound(to: CChar.self) { kc in
                try rocksCall("get") { err in rocksdb_get(store.db, readOptions, kc.baseAddress, kc.count, &len, err) }
            }
        }
        guard let value else { return nil }
        defer { rocksdb_free(value) }
        return Array(UnsafeRawBufferPointer(start: value, count: len))
    }

    func contains(_ key: [UInt8]) throws -> Bool {
        var len = 0
        let value = try key.withUnsafeBufferPointer { kb in
            try kb.withMemoryRebound(to: CChar.self) { kc in
                try rocksCall("get") { err in rocksdb_get(store.db, readOptions, kc.baseAddress, kc.count, &len, err) }
            }
        }
        if let value { rocksdb_free(value) }
        return value != nil
    }

    func cursor(from lower: [UInt8], to upper: [UInt8]) -> any KeyValueCursor {
        RocksDBCursor(snapshot: self, lower: lower, upper: upper)
    }
}

/// A cursor over `[lower, upper)` on a borrowed iterator, handed back in `deinit`.
final class RocksDBCursor: KeyValueCursor {
    private let snapshot: RocksDBSnapshot
    private let iterator: OpaquePointer
    private let lower: [UInt8]
    private let upper: [UInt8]
    private var started = false
    private var exhausted = false

    init(snapshot: RocksDBSnapshot, lower: [UInt8], upper: [UInt8]) {
        self.snapshot = snapshot
        self.lower = lower
        self.upper = upper
        self.iterator = snapshot.borrowIterator()
    }

    deinit {
        snapshot.returnIterator(iterator)
    }

    func advance() throws -> Bool {
        guard !exhausted else { return false }
        if started {
            rocksdb_iter_next(iterator)
        } else {
            started = true
            lower.withUnsafeBufferPointer { lb in
                lb.withMemoryRebound(to: CChar.self) { rocksdb_iter_seek(iterator, $0.baseAddress, $0.count) }
            }
        }
        if rocksdb_iter_valid(iterator) != 0 {
            if upper.isEmpty { return true }
            var len = 0
            let k = rocksdb_iter_key(iterator, &len)!
            // Below the upper bound: compare the common prefix, then the lengths.
            let inRange = upper.withUnsafeBufferPointer { ub -> Bool in
                let c = memcmp(k, ub.baseAddress!, min(len, ub.count))
                return c < 0 || (c == 0 && len < ub.count)
            }
            if inRange { return true }
            exhausted = true
            return false
        }
        exhausted = true
        var err: UnsafeMutablePointer<CChar>? = nil
        rocksdb_iter_get_error(iterator, &err)
        if let err {
            let message = String(cString: err)
            rocksdb_free(err)
            throw StorageError("iterate", message)
        }
        return false
    }

    func withKey<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        var len = 0
        let k = rocksdb_iter_key(iterator, &len)
        return try body(UnsafeRawBufferPointer(start: k, count: len))
    }

    func value() -> [UInt8] {
        var len = 0
        let v = rocksdb_iter_value(iterator, &len)
        return Array(UnsafeRawBufferPointer(start: v, count: len))
    }
}
