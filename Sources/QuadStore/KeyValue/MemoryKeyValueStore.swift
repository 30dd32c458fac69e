import Synchronization

/// An in-memory ordered key-value store: a sorted array behind a lock.
///
/// Snapshots share the array copy-on-write, so taking one is O(1) and a later write copies.
/// Meant for tests and small in-process graphs, not for millions of keys.
public final class MemoryKeyValueStore: OrderedKeyValueStore, Sendable {
    struct Entry: Sendable {
        var key: [UInt8]
        var value: [UInt8]
    }
    private let entries = Mutex<[Entry]>([])

    /// An empty store.
    public init() {}

    public func snapshot() -> any KeyValueSnapshot {
        MemorySnapshot(entries: entries.withLock { $0 })
    }

    public func write(_ batch: KeyValueBatch) throws {
        entries.withLock { entries in
            for op in batch.operations {
                switch op {
                case .put(let k, let v):
                    let i = Self.lowerBound(entries, k)
                    if i < entries.count && entries[i].key == k { entries[i].value = v } else { entries.insert(Entry(key: k, value: v), at: i) }
                case .delete(let k):
                    let i = Self.lowerBound(entries, k)
                    if i < entries.count && entries[i].key == k { entries.remove(at: i) }
                case .deleteRange(let lo, let hi):
                    let i = Self.lowerBound(entries, lo)
                    let j = hi.isEmpty ? entries.count : Self.lowerBound(entries, hi)
                    if i < j { entries.removeSubrange(i..<j) }
                }
            }
        }
    }

    public func makeBulkIngestion() throws -> any BulkIngestion {
        MemoryBulkIngestion(store: self)
    }

    public func approximateSize(from lower: [UInt8], to upper: [UInt8]) -> UInt64? {
        entries.withLock { entries in
            let i = Self.lowerBound(entries, lower)
            let j = upper.isEmpty ? entries.count : Self.lowerBound(entries, upper)
            return UInt64(entries[i..<max(i, j)].reduce(0) { $0 + $1.key.count + $1.value.count })
        }
    }

    public func compact() throws {}

    static func lowerBound(_ entries: [Entry], _ key: [UInt8]) -> Int {
        var lo = 0, hi = entries.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if entries[mid].key.lexicographicallyPrecedes(key) { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }
}

struct MemorySnapshot: KeyValueSnapshot {
    let entries: [MemoryKeyValueStore.Entry]

    func get(_ key: [UInt8]) throws -> [UInt8]? {
        let i = MemoryKeyValueStore.lowerBound(entries, key)
        return i < entries.count && entries[i].key == key ? entries[i].value : nil
    }

    func contains(_ key: [UInt8]) throws -> Bool { try get(key) != nil }

    func cursor(from lower: [UInt8], to upper: [UInt8]) -> any KeyValueCursor {
        let i = MemoryKeyValueStore.lowerBound(entries, lower)
        let j = upper.isEmpty ? entries.count : MemoryKeyValueStore.lowerBound(entries, upper)
        return MemoryCursor(entries: entries, index: i - 1, end: max(i, j))
    }
}

final class MemoryCursor: KeyValueCursor {
    let entries: [MemoryKeyValueStore.Entry]
    var index: Int
    let end: Int
    init(entries: [MemoryKeyValueStore.Entry], index: Int, end: Int) {
        self.entries = entries
        self.index = index
        self.end = end
    }
    func advance() throws -> Bool {
        index += 1
        return index < end
    }
    func withKey<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        try entries[index].key.withUnsafeBytes(body)
    }
    func value() -> [UInt8] { entries[index].value }
}

/// Collects sorted entries and applies them in one locked write.
final class MemoryBulkIngestion: BulkIngestion {
    let store: MemoryKeyValueStore
    var files: [MemorySortedFile] = []
    var scratchDirectory: String? { nil }
    init(store: MemoryKeyValueStore) { self.store = store }
    func makeFile() throws -> any SortedFileWriter {
        let f = MemorySortedFile()
        files.append(f)
        return f
    }
    func commit() throws {
        var batch = KeyValueBatch()
        for f in files { for (k, v) in f.entries { batch.put(k, v) } }
        try store.write(batch)
        files = []
    }
    func abort() { files = [] }
}

final class MemorySortedFile: SortedFileWriter {
    var entries: [([UInt8], [UInt8])] = []
    func add(key: UnsafeRawBufferPointer, value: UnsafeRawBufferPointer) throws {
        let k = Array(key)
        if let last = entries.last?.0, !last.lexicographicallyPrecedes(k) {
            throw StorageError("write sorted file", "keys out of order")
        }
        entries.append((k, Array(value)))
    }
    func finish() throws {}
}
