/// The opaque 64-bit identifier under which a term is stored and joined.
///
/// Equal terms always have equal ids and (up to the store's collision handling) different terms
/// different ids, so joins and equality tests run on ids without decoding. How ids are made is
/// the store's business (see Docs/storage.md); the query engine treats them as opaque.
public struct TermID: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The raw 64 bits.
    public var raw: UInt64
    /// Wraps raw bits.
    @inlinable public init(raw: UInt64) { self.raw = raw }
    @inlinable public static func < (a: TermID, b: TermID) -> Bool { a.raw < b.raw }
    public var description: String { "#" + String(raw, radix: 16) }
}
