/// Mobile phone numbers: a valid three-digit prefix and eight random digits.
enum PhoneNumbers {
    static func random(_ rng: inout Xoshiro256) -> UInt64 {
        UInt64(Places.mobilePrefixes[rng.below(Places.mobilePrefixes.count)]) * 100_000_000 + UInt64(rng.below(100_000_000))
    }
}
