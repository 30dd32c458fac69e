/// Record numbers that look like a department's own: an affine bijection of the person
/// number modulo 10^digits, keyed by seed and department, so numbers are unique within a
/// department but neither equal across departments nor in person order.
struct RecordNumbers {
    let multiplier: UInt64
    let offset: UInt64
    let modulus: UInt64

    init(seed: UInt64, stream: UInt64, digits: Int) {
        var m: UInt64 = 1
        for _ in 0..<digits { m *= 10 }
        self.init(seed: seed, stream: stream, modulus: m)
    }

    init(seed: UInt64, stream: UInt64, modulus m: UInt64) {
        modulus = m
        var sm = SplitMix64(seed: seed ^ (stream &* 0x9E37_79B9_7F4A_7C15))
        // A multiplier coprime to the modulus makes the map a bijection.
        var a = sm.next() % m | 1
        func gcd(_ x: UInt64, _ y: UInt64) -> UInt64 { y == 0 ? x : gcd(y, x % y) }
        while gcd(a, m) != 1 { a = (a + 2) % m }
        multiplier = a
        offset = sm.next() % m
    }

    /// The record number of entity `n`.
    func callAsFunction(_ n: Int) -> UInt64 {
        let product = UInt64(n).multipliedFullWidth(by: multiplier)
        let (_, low) = modulus.dividingFullWidth((product.high, product.low))
        let (sum, overflow) = low.addingReportingOverflow(offset)
        return overflow || sum >= modulus ? sum &- modulus : sum
    }
}
