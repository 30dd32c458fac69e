/// An ordered key-value engine: the only thing the quad store needs from its storage.
///
/// Keys order bytewise. RocksDB is the default implementation; ``MemoryKeyValueStore`` serves
/// tests and small in-process graphs; a distributed ordered key-value engine can take RocksDB's
/// place by implementing this protocol.
public protocol OrderedKeyValueStore: AnyObject, Sendable {
    /// A consistent read view as of now; writes made later are invisible to it.
    func snapshot() -> any KeyValueSnapshot
    /// Applies all operations of `batch` atomically.
    func write(_ batch: KeyValueBatch) throws
    /// Starts a bulk ingestion of pre-sorted files; nothing is visible until ``BulkIngestion/commit()``.
    func makeBulkIngestion() throws -> any BulkIngestion
    /// Approximate number of bytes the range `[lower, upper)` takes on disk, if known.
    func approximateSize(from lower: [UInt8], to upper: [UInt8]) -> UInt64?
    /// Flushes and compacts if the engine supports it (used after large deletes).
    func compact() throws
}

/// A consistent, read-only view of an ``OrderedKeyValueStore``.
public protocol KeyValueSnapshot: Sendable {
    /// The value stored under `key`, or nil.
    func get(_ key: [UInt8]) throws -> [UInt8]?
    /// True when `key` is present (cheaper than `get` where bloom filters help).
    func contains(_ key: [UInt8]) throws -> Bool
    /// A cursor over the keys in `[lower, upper)`, in order.
    func cursor(from lower: [UInt8], to upper: [UInt8]) -> any KeyValueCursor
}

/// A forward cursor. Borrowed key bytes are valid until the next call to `advance()`.
public protocol KeyValueCursor: AnyObject {
    /// Moves to the next entry (the first one on the first call); false when exhausted.
    func advance() throws -> Bool
    /// Calls `body` with the current key's bytes.
    func withKey<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R
    /// The current value, copied.
    func value() -> [UInt8]
}

/// A list of writes applied atomically by ``OrderedKeyValueStore/write(_:)``.
public struct KeyValueBatch: Sendable {
    /// One write.
    public enum Operation: Sendable {
        case put([UInt8], [UInt8])
        case delete([UInt8])
        /// Deletes every key in `[lower, upper)`.
        case deleteRange([UInt8], [UInt8])
    }
    /// The writes, in order.
    public private(set) var operations: [Operation] = []
    /// An empty batch.
    public init() {}
    /// Adds a put.
    public mutating func put(_ key: [UInt8], _ value: [UInt8] = []) { operations.append(.put(key, value)) }
    /// Adds a delete.
    public mutating func delete(_ key: [UInt8]) { operations.append(.delete(key)) }
    /// Adds a range delete.
    public mutating func deleteRange(from lower: [UInt8], to upper: [UInt8]) { operations.append(.deleteRange(lower, upper)) }
    /// True when nothing was added.
    public var isEmpty: Bool { operations.isEmpty }
}

/// Sorted files written on the side, then made visible all at once.
public protocol BulkIngestion: AnyObject {
    /// A private folder for temporary files that is removed with the ingestion (and after a
    /// crash, when the store is next opened); nil to use the system's temporary folder.
    var scratchDirectory: String? { get }
    /// Opens a new file; keys given to it must be strictly ascending.
    func makeFile() throws -> any SortedFileWriter
    /// Makes every finished file visible in one atomic step.
    func commit() throws
    /// Drops everything written so far; the store is unchanged.
    func abort()
}

/// Writes one sorted file for a ``BulkIngestion``.
public protocol SortedFileWriter: AnyObject {
    /// Appends an entry; `key` must be greater than the previous one.
    func add(key: UnsafeRawBufferPointer, value: UnsafeRawBufferPointer) throws
    /// Closes the file.
    func finish() throws
}

extension KeyValueSnapshot {
    /// Visits every key with the given prefix, in order; `body` returns false to stop.
    public func forEach(prefix: [UInt8], _ body: (UnsafeRawBufferPointer) throws -> Bool) throws {
        let cursor = self.cursor(from: prefix, to: KeyRange.successor(of: prefix))
        while try cursor.advance() {
            if try !cursor.withKey(body) { break }
        }
    }
}

/// Helpers for key ranges.
public enum KeyRange {
    /// The smallest key greater than every key starting with `prefix` (empty means "no bound").
    public static func successor(of prefix: [UInt8]) -> [UInt8] {
        var p = prefix
        while let last = p.last {
            if last < 0xFF {
                p[p.count - 1] = last + 1
                return p
            }
            p.removeLast()
        }
        return []
    }
}

/// Errors of the storage layer.
public struct StorageError: Error, Sendable, CustomStringConvertible {
    /// What failed (operation and target).
    public var operation: String
    /// Why, as the engine said it.
    public var reason: String
    /// Creates an error.
    public init(_ operation: String, _ reason: String) {
        self.operation = operation
        self.reason = reason
    }
    public var description: String { "\(operation): \(reason)" }
}
