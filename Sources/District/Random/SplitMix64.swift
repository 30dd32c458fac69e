/// Sebastiano Vigna's SplitMix64: a one-word generator used here to seed and to hash.
///
/// Every stream in the district is derived from the user's seed with `mix`, so the same
/// seed always gives the same bytes, on every platform and toolchain (the standard library's
/// `random(in:using:)` algorithms may change between Swift releases, so we never use them).
public struct SplitMix64: Sendable {
    /// The current state.
    public var state: UInt64

    /// Starts a stream at `seed`.
    @inlinable public init(seed: UInt64) { self.state = seed }

    /// The next 64 random bits.
    @inlinable public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return Self.mix(state)
    }

    /// The SplitMix64 finaliser: a bijective 64-bit mixing function.
    @inlinable public static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
