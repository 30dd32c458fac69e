import RDFModel

/// Exact counts kept with the data and updated in the same atomic write as the quads.
public struct StoreStatistics: Sendable, Equatable {
    /// All quads, default graph included.
    public internal(set) var quadCount = 0
    /// Quads per graph; the default graph is `TermID(raw: 0)`.
    public internal(set) var quadsPerGraph: [TermID: Int] = [:]
    /// Quads per predicate, over all graphs.
    public internal(set) var quadsPerPredicate: [TermID: Int] = [:]
    /// Distinct subjects having `rdf:type` the class, over all graphs.
    public internal(set) var membersPerClass: [TermID: Int] = [:]

    /// The default graph's id in ``quadsPerGraph``.
    public static let defaultGraphID = TermID(raw: 0)

    mutating func add(_ kind: CounterKind, _ id: UInt64, _ delta: Int) {
        switch kind {
        case .total: quadCount += delta
        case .graph: Self.bump(&quadsPerGraph, TermID(raw: id), delta)
        case .predicate: Self.bump(&quadsPerPredicate, TermID(raw: id), delta)
        case .classMembers: Self.bump(&membersPerClass, TermID(raw: id), delta)
        }
    }

    func value(_ kind: CounterKind, _ id: UInt64) -> Int {
        switch kind {
        case .total: return quadCount
        case .graph: return quadsPerGraph[TermID(raw: id)] ?? 0
        case .predicate: return quadsPerPredicate[TermID(raw: id)] ?? 0
        case .classMembers: return membersPerClass[TermID(raw: id)] ?? 0
        }
    }

    private static func bump(_ d: inout [TermID: Int], _ k: TermID, _ delta: Int) {
        let v = (d[k] ?? 0) + delta
        if v == 0 { d.removeValue(forKey: k) } else { d[k] = v }
    }

    /// The counter key for a statistic.
    static func key(_ kind: CounterKind, _ id: UInt64) -> [UInt8] {
        var k: [UInt8] = [KeySpace.counter.rawValue, kind.rawValue]
        if kind != .total { k.appendBigEndian(id) }
        return k
    }

    /// Encodes a counter value.
    static func encode(_ v: Int) -> [UInt8] {
        var out: [UInt8] = []
        out.appendBigEndian(UInt64(bitPattern: Int64(v)))
        return out
    }
}

/// Accumulates counter changes of one write, then applies them to the batch and the statistics.
struct StatisticsDelta {
    var deltas: [CounterKey: Int] = [:]

    struct CounterKey: Hashable {
        var kind: CounterKind
        var id: UInt64
    }

    mutating func add(_ kind: CounterKind, _ id: UInt64 = 0, _ delta: Int) {
        deltas[CounterKey(kind: kind, id: id), default: 0] += delta
    }

    /// The new absolute values as key/value pairs, given the statistics before the write.
    func updatedEntries(from stats: StoreStatistics) -> [(key: [UInt8], value: [UInt8]?, kind: CounterKind, id: UInt64, delta: Int)] {
        deltas.compactMap { (k, delta) in
            guard delta != 0 else { return nil }
            let v = stats.value(k.kind, k.id) + delta
            return (StoreStatistics.key(k.kind, k.id), v == 0 ? nil : StoreStatistics.encode(v), k.kind, k.id, delta)
        }.sorted { $0.key.lexicographicallyPrecedes($1.key) }
    }
}
