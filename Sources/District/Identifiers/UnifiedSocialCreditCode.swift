/// The 18-character unified social credit code of an organization (GB 32100-2015).
///
/// Layout: registering authority (`9` = market regulation), organization kind (`1` = company,
/// `2` = sole proprietorship), 6-digit area code, 9-character organization code (GB 11714,
/// with its own MOD 11 check character), and a MOD 31 check character over the first 17.
///
/// ```swift
/// UnifiedSocialCreditCode.isValid("91110105MA01ABCD2X")  // false unless the check matches
/// ```
public enum UnifiedSocialCreditCode {
    /// The 31 characters a code may use (no I, O, S, V, Z).
    public static let alphabet: [UInt8] = Array("0123456789ABCDEFGHJKLMNPQRTUWXY".utf8)
    /// Weights 3^i mod 31 of positions 1...17.
    static let weights: [Int] = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
    /// GB 11714 weights of the 8-character organization-code body.
    static let organizationWeights: [Int] = [3, 7, 9, 10, 5, 8, 4, 2]

    /// The value of a code character in the 31-character alphabet, or nil.
    public static func value(of c: UInt8) -> Int? { alphabet.firstIndex(of: c) }

    /// The GB 32100 check character of the first 17 characters.
    public static func checkCharacter(of body: some Collection<UInt8>) -> UInt8? {
        var sum = 0
        for (w, c) in zip(weights, body) {
            guard let v = value(of: c) else { return nil }
            sum += w * v
        }
        return alphabet[(31 - sum % 31) % 31]
    }

    /// The GB 11714 check character of an 8-character organization-code body (digits and
    /// capital letters, A = 10 ... Z = 35).
    public static func organizationCheckCharacter(of body: some Collection<UInt8>) -> UInt8 {
        var sum = 0
        for (w, c) in zip(organizationWeights, body) {
            let v = c >= 65 ? Int(c) - 55 : Int(c) - 48
            sum += w * v
        }
        switch 11 - sum % 11 {
        case 10: return UInt8(ascii: "X")
        case 11: return UInt8(ascii: "0")
        case let d: return UInt8(48 + d)
        }
    }

    /// Builds a valid code from its parts; `organizationBody` is 8 characters of the alphabet.
    public static func make(kind: UInt8, area: Int, organizationBody: [UInt8]) -> [UInt8] {
        var code: [UInt8] = [UInt8(ascii: "9"), kind]
        code.reserveCapacity(18)
        var digits = area
        var areaBytes = [UInt8](repeating: 0, count: 6)
        for i in stride(from: 5, through: 0, by: -1) { areaBytes[i] = UInt8(48 + digits % 10); digits /= 10 }
        code += areaBytes
        code += organizationBody
        code.append(organizationCheckCharacter(of: organizationBody))
        code.append(checkCharacter(of: code)!)
        return code
    }

    /// True when `code` has 18 alphabet characters, a valid organization-code check and a
    /// valid overall check character.
    public static func isValid(_ code: String) -> Bool {
        let bytes = Array(code.utf8)
        guard bytes.count == 18, bytes.allSatisfy({ value(of: $0) != nil }) else { return false }
        guard organizationCheckCharacter(of: bytes[8..<16]) == bytes[16] else { return false }
        return checkCharacter(of: bytes[0..<17]) == bytes[17]
    }
}
