/// The first byte of every key: which table of the store the key belongs to.
///
/// One RocksDB column family holds everything, so that a bulk load is one atomic ingest
/// (Docs/storage.md explains the choice).
enum KeySpace: UInt8 {
    /// `id (8 B)` → canonical term bytes.
    case dictionary = 0x00
    /// `canonical term bytes` → id (8 B), for terms whose hash collided.
    case collision = 0x01
    /// statistics counters: `kind (1 B) + ids` → Int64 (8 B big-endian).
    case counter = 0x02
    /// `graph id (8 B)` → empty: named graphs created explicitly (CREATE GRAPH).
    case graphName = 0x03
    // Named-graph quads, 4 × 8 B ids in the order the name gives.
    case spog = 0x10, posg = 0x11, ospg = 0x12, gspo = 0x13, gpos = 0x14, gosp = 0x15
    // Default-graph triples, 3 × 8 B ids.
    case dspo = 0x18, dpos = 0x19, dosp = 0x1A
}

/// Kinds of statistics counters.
enum CounterKind: UInt8 {
    /// total quads (no ids)
    case total = 1
    /// quads per graph (graph id, 0 for the default graph)
    case graph = 2
    /// quads per predicate (predicate id)
    case predicate = 3
    /// distinct subjects per class over all graphs (class id)
    case classMembers = 4
}
