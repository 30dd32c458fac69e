/// An 18-character resident identity number (GB 11643-1999).
///
/// Layout: 6-digit administrative area code, 8-digit birth date `YYYYMMDD`, 3-digit sequence
/// (odd for men, even for women), and an ISO 7064 MOD 11-2 check character (`0`-`9` or `X`).
///
/// ```swift
/// ResidentIDNumber.checkCharacter(of: Array("11010519491231002".utf8))  // "X"
/// ResidentIDNumber.isValid("11010519491231002X")                       // true
/// ```
public enum ResidentIDNumber {
    /// The MOD 11-2 weights 2^(17-i) mod 11 of the first 17 digits.
    static let weights: [Int] = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    /// The check character for each value of (weighted sum mod 11).
    static let checkCharacters: [UInt8] = Array("10X98765432".utf8)

    /// The check character (ASCII) of the first 17 digits (ASCII bytes).
    public static func checkCharacter(of body: some Collection<UInt8>) -> UInt8 {
        var sum = 0
        for (w, b) in zip(weights, body) { sum += w * Int(b &- 48) }
        return checkCharacters[sum % 11]
    }

    /// The check character of a body given as a 17-digit number.
    @inlinable public static func checkCharacter(ofBody body: UInt64) -> UInt8 {
        var sum = 0
        var rest = body
        var weight = 2  // the last body digit has weight 2^1; each step left doubles it mod 11
        for _ in 0..<17 {
            sum += weight * Int(rest % 10)
            rest /= 10
            weight = weight * 2 % 11
        }
        return checkCharacterInline(sum % 11)
    }

    @usableFromInline static func checkCharacterInline(_ r: Int) -> UInt8 {
        switch r {
        case 0: return UInt8(ascii: "1")
        case 1: return UInt8(ascii: "0")
        case 2: return UInt8(ascii: "X")
        default: return UInt8(ascii: "0") + UInt8(12 - r)
        }
    }

    /// True when `id` has 17 digits, then the right check character, and a plausible birth date.
    public static func isValid(_ id: String) -> Bool {
        let bytes = Array(id.utf8)
        guard bytes.count == 18, bytes[0..<17].allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return false }
        guard checkCharacter(of: bytes[0..<17]) == bytes[17] else { return false }
        func number(_ r: Range<Int>) -> Int { bytes[r].reduce(0) { $0 * 10 + Int($1 - 48) } }
        let month = number(10..<12), day = number(12..<14)
        return (1...12).contains(month) && (1...31).contains(day)
    }

    /// The 17-digit body for an area code, a birth date and a sequence number.
    @inlinable public static func body(area: Int, year: Int, month: Int, day: Int, sequence: Int) -> UInt64 {
        var v = UInt64(area)
        v = v * 10_000 + UInt64(year)
        v = v * 100 + UInt64(month)
        v = v * 100 + UInt64(day)
        return v * 1_000 + UInt64(sequence)
    }
}
