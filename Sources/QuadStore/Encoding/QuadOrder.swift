import RDFModel

/// A quad as four raw ids; `g == 0` is the default graph.
struct QuadIDs: Hashable, Comparable {
    var s: UInt64
    var p: UInt64
    var o: UInt64
    var g: UInt64

    @inline(__always)
    subscript(component: Int) -> UInt64 {
        switch component {
        case 0: return s
        case 1: return p
        case 2: return o
        default: return g
        }
    }

    static func < (a: QuadIDs, b: QuadIDs) -> Bool {
        if a.s != b.s { return a.s < b.s }
        if a.p != b.p { return a.p < b.p }
        if a.o != b.o { return a.o < b.o }
        return a.g < b.g
    }
}

/// One of the nine index orders. Named-graph quads live in the six four-id orders (every pattern
/// of bound positions is a prefix of one of them); default-graph triples in three three-id orders.
enum QuadOrder: Int, CaseIterable {
    case spog, posg, ospg, gspo, gpos, gosp, dspo, dpos, dosp

    static let named: [QuadOrder] = [.spog, .posg, .ospg, .gspo, .gpos, .gosp]
    static let defaultGraph: [QuadOrder] = [.dspo, .dpos, .dosp]

    var keySpace: KeySpace {
        switch self {
        case .spog: return .spog
        case .posg: return .posg
        case .ospg: return .ospg
        case .gspo: return .gspo
        case .gpos: return .gpos
        case .gosp: return .gosp
        case .dspo: return .dspo
        case .dpos: return .dpos
        case .dosp: return .dosp
        }
    }

    /// The components (0 s, 1 p, 2 o, 3 g) in key order.
    var components: [Int] {
        switch self {
        case .spog: return [0, 1, 2, 3]
        case .posg: return [1, 2, 0, 3]
        case .ospg: return [2, 0, 1, 3]
        case .gspo: return [3, 0, 1, 2]
        case .gpos: return [3, 1, 2, 0]
        case .gosp: return [3, 2, 0, 1]
        case .dspo: return [0, 1, 2]
        case .dpos: return [1, 2, 0]
        case .dosp: return [2, 0, 1]
        }
    }

    var isDefaultGraph: Bool { rawValue >= QuadOrder.dspo.rawValue }
    var keyLength: Int { 1 + 8 * components.count }

    /// The full key of `quad` in this order.
    func key(_ quad: QuadIDs) -> [UInt8] {
        var k = [UInt8]()
        k.reserveCapacity(keyLength)
        k.append(keySpace.rawValue)
        for c in components { k.appendBigEndian(quad[c]) }
        return k
    }

    /// The key prefix for the bound leading components.
    func prefix(_ bound: [UInt64]) -> [UInt8] {
        var k = [keySpace.rawValue]
        for v in bound { k.appendBigEndian(v) }
        return k
    }

    /// Reads a quad back from a key of this order.
    @inline(__always)
    func quad(fromKey key: UnsafeRawBufferPointer) -> QuadIDs {
        var q = QuadIDs(s: 0, p: 0, o: 0, g: 0)
        var offset = 1
        for c in components {
            let v = UInt64(bigEndian: key.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
            switch c {
            case 0: q.s = v
            case 1: q.p = v
            case 2: q.o = v
            default: q.g = v
            }
            offset += 8
        }
        return q
    }
}

extension Array where Element == UInt8 {
    @inline(__always)
    mutating func appendBigEndian(_ v: UInt64) {
        Swift.withUnsafeBytes(of: v.bigEndian) { append(contentsOf: $0) }
    }
}
