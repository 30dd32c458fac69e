import RDFModel

/// One solution during evaluation: a fixed-width array of term ids indexed by variable slot.
/// ``Row/unbound`` (id 0, which the store never gives a term) marks an unbound slot.
typealias Row = [TermID]

/// Produces rows one at a time; nil at the end. Throws ``QueryError`` on timeout or cancel.
typealias RowSource = () throws -> Row?

extension TermID {
    /// The id marking an unbound slot.
    static let unbound = TermID(raw: 0)
    /// True unless this is the unbound marker.
    var isBound: Bool { raw != 0 }
}

/// Row helpers shared by the operators.
enum Rows {
    /// An empty source.
    static var none: RowSource { { nil } }

    /// A source that yields one row.
    static func single(_ row: Row) -> RowSource {
        var done = false
        return {
            if done { return nil }
            done = true
            return row
        }
    }

    /// A source over an array.
    static func array(_ rows: [Row]) -> RowSource {
        var index = 0
        return {
            guard index < rows.count else { return nil }
            defer { index += 1 }
            return rows[index]
        }
    }

    /// Merges `b` into `a` when they agree on every slot both bind; nil when incompatible.
    @inline(__always)
    static func merge(_ a: Row, _ b: Row) -> Row? {
        var out = a
        for i in 0..<b.count where b[i].isBound {
            if out[i].isBound {
                if out[i] != b[i] { return nil }
            } else {
                out[i] = b[i]
            }
        }
        return out
    }

    /// True when `a` and `b` agree on every slot both bind.
    @inline(__always)
    static func compatible(_ a: Row, _ b: Row) -> Bool {
        for i in 0..<a.count where a[i].isBound && b[i].isBound && a[i] != b[i] { return false }
        return true
    }

    /// True when some slot is bound in both rows.
    @inline(__always)
    static func sharesBinding(_ a: Row, _ b: Row) -> Bool {
        for i in 0..<a.count where a[i].isBound && b[i].isBound { return true }
        return false
    }

    /// Reads a whole source into an array.
    static func collect(_ source: RowSource) throws -> [Row] {
        var out: [Row] = []
        while let r = try source() { out.append(r) }
        return out
    }
}
