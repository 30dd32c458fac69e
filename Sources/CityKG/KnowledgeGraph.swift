import QuadStore
import RDFIO
import RDFModel
import Synchronization

/// The CityKG knowledge graph: a quad store plus the ways in and out of it.
///
/// ```swift
/// let kg = try KnowledgeGraph(path: "district.db")
/// let report = try kg.load(files: ["police.nq"])
/// print(report.quadsAdded)
/// ```
public final class KnowledgeGraph: Sendable {
    /// The store underneath.
    public let store: QuadStore
    /// Serialises update requests (see ``update(_:options:)``).
    let updateLock = Mutex<Void>(())

    /// Opens (creating if needed) a RocksDB-backed graph in folder `path`.
    public init(path: String) throws {
        store = try QuadStore(path: path)
    }

    /// Wraps an existing store (for instance ``QuadStore/inMemory()``).
    public init(store: QuadStore) {
        self.store = store
    }

    /// A consistent read view, usable as the query engine's dataset.
    public func dataset() -> QuadStoreReader {
        store.reader()
    }
}
