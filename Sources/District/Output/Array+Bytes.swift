extension Array where Element == UInt8 {
    /// Appends `value` in decimal, zero-padded to `width` digits.
    mutating func appendDigits(_ value: UInt64, width: Int = 1) {
        var n = 1
        var v = value
        while v >= 10 { v /= 10; n += 1 }
        if n < width { n = width }
        let start = count
        append(contentsOf: repeatElement(UInt8(48), count: n))
        v = value
        var i = start + n
        while i > start {
            i -= 1
            self[i] = UInt8(truncatingIfNeeded: 48 &+ v % 10)
            v /= 10
        }
    }

    /// Appends the UTF-8 of a string.
    mutating func append(_ s: String) { append(contentsOf: s.utf8) }
}
