import RDFModel
import Synchronization

/// The RDF quad store: dictionary-encoded terms, nine index orders and exact statistics over an
/// ordered key-value engine.
///
/// Readers work on snapshots (``reader()``) and never wait for writers; writers are serialised.
///
/// ```swift
/// let store = try QuadStore(path: "/tmp/district")
/// try store.insert([Quad(.iri("urn:a"), .iri("urn:p"), .literal(Literal("x")), .named(.iri("urn:g")))])
/// let r = store.reader()
/// for q in r.quads(matching: EncodedQuadPattern(graph: .anyNamedGraph)) { print(r.decode(q)!) }
/// ```
public final class QuadStore: @unchecked Sendable {
    /// The key-value engine underneath.
    public let engine: any OrderedKeyValueStore

    /// State shared by writers and by the creation of readers.
    struct Shared {
        var statistics = StoreStatistics()
        /// canonical bytes → id for the (rare) terms whose hash collided with another term's.
        var collisions: [[UInt8]: TermID] = [:]
        /// The reader handed out since the last write: until the store changes, every caller
        /// shares one snapshot, with its pool of iterators and its cache of decoded terms.
        var currentReader: QuadStoreReader?

        /// Records a completed write: the next reader needs a new snapshot.
        mutating func didWrite() { currentReader = nil }
    }
    let shared: Mutex<Shared>
    /// Serialises writers (transactional writes and bulk loads).
    let writeLock = Mutex<Void>(())

    /// The id of `rdf:type`, needed for class statistics.
    let rdfTypeID: UInt64

    /// Opens (creating if needed) a RocksDB-backed store in the folder `path`.
    public convenience init(path: String) throws {
        RocksDBBulkIngestion.removeLeftovers(in: path)
        try self.init(engine: RocksDBKeyValueStore(path: path))
    }

    /// An empty in-memory store (for tests and small in-process graphs).
    public static func inMemory() -> QuadStore {
        // A fresh memory engine holds nothing to load, so this cannot fail.
        try! QuadStore(engine: MemoryKeyValueStore())
    }

    /// Wraps any ordered key-value engine, reading the statistics and collision table it holds.
    public init(engine: any OrderedKeyValueStore) throws {
        self.engine = engine
        var bytes: [UInt8] = []
        TermCodec.canonicalBytes(of: .iri(RDF.type), into: &bytes)
        rdfTypeID = bytes.withUnsafeBytes { TermCodec.hashedID(ofCanonical: $0).raw }
        var state = Shared()
        let snap = engine.snapshot()
        let counters = snap.cursor(from: [KeySpace.counter.rawValue], to: [KeySpace.counter.rawValue + 1])
        while try counters.advance() {
            let value = counters.value()
            guard value.count == 8 else { continue }
            let v = Int(Int64(bitPattern: value.withUnsafeBytes { UInt64(bigEndian: $0.loadUnaligned(as: UInt64.self)) }))
            counters.withKey { k in
                guard k.count >= 2, let kind = CounterKind(rawValue: k[1]) else { return }
                let id = k.count >= 10 ? UInt64(bigEndian: k.loadUnaligned(fromByteOffset: 2, as: UInt64.self)) : 0
                state.statistics.add(kind, id, v)
            }
        }
        let collisions = snap.cursor(from: [KeySpace.collision.rawValue], to: [KeySpace.collision.rawValue + 1])
        while try collisions.advance() {
            let value = collisions.value()
            guard value.count == 8 else { continue }
            let id = value.withUnsafeBytes { UInt64(bigEndian: $0.loadUnaligned(as: UInt64.self)) }
            collisions.withKey { k in state.collisions[Array(k.dropFirst())] = TermID(raw: id) }
        }
        shared = Mutex(state)
    }

    /// A consistent read view of the store as of now (shared with other callers until the next
    /// write, which costs nothing: a snapshot never changes).
    public func reader() -> QuadStoreReader {
        shared.withLock { s in
            if let current = s.currentReader { return current }
            let r = QuadStoreReader(snapshot: engine.snapshot(), statistics: s.statistics, collisions: s.collisions, engine: engine)
            s.currentReader = r
            return r
        }
    }

    /// The current statistics.
    public var statistics: StoreStatistics {
        shared.withLock { $0.statistics }
    }

    /// True when the store holds no quad.
    public var isEmpty: Bool { statistics.quadCount == 0 }
}
