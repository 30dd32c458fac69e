import District
import Testing

/// Check characters of identity numbers and credit codes, against the standards' own examples
/// and an independent implementation.
@Suite struct IdentifierTests {
    @Test func residentIDNumbersFromTheStandard() {
        // GB 11643-1999's worked examples.
        #expect(ResidentIDNumber.isValid("11010519491231002X"))
        #expect(ResidentIDNumber.isValid("440524188001010014"))
        #expect(ResidentIDNumber.checkCharacter(of: Array("11010519491231002".utf8)) == UInt8(ascii: "X"))
        #expect(!ResidentIDNumber.isValid("110105194912310021"))
        #expect(!ResidentIDNumber.isValid("11010519491331002X"))  // month 13
        #expect(!ResidentIDNumber.isValid("1101051949123100"))
    }

    @Test func bodyFromNumberAgreesWithBodyFromText() {
        var rng = SplitMix64(seed: 7)
        for _ in 0..<10_000 {
            let body = rng.next() % 100_000_000_000_000_000
            var text = String(body)
            text = String(repeating: "0", count: 17 - text.count) + text
            #expect(ResidentIDNumber.checkCharacter(ofBody: body) == ResidentIDNumber.checkCharacter(of: Array(text.utf8)))
            #expect(ResidentIDNumber.checkCharacter(ofBody: body) == referenceIDCheck(text))
        }
    }

    @Test func everyWrongDigitIsCaught() {
        let id = Array("11010519491231002X".utf8)
        for position in 0..<17 {
            for digit in UInt8(ascii: "0")...UInt8(ascii: "9") where digit != id[position] {
                var wrong = id
                wrong[position] = digit
                #expect(!ResidentIDNumber.isValid(String(decoding: wrong, as: UTF8.self)))
            }
        }
    }

    @Test func creditCodes() {
        let made = UnifiedSocialCreditCode.make(kind: UInt8(ascii: "1"), area: 110105, organizationBody: Array("MA01XK3T".utf8))
        let code = String(decoding: made, as: UTF8.self)
        #expect(code.hasPrefix("91110105MA01XK3T"))
        #expect(UnifiedSocialCreditCode.isValid(code))
        #expect(referenceCreditCheck(code) == code.last)
        // Any single changed character breaks the MOD 31 check.
        for position in 0..<18 {
            for c in UnifiedSocialCreditCode.alphabet where c != made[position] {
                var wrong = made
                wrong[position] = c
                #expect(!UnifiedSocialCreditCode.isValid(String(decoding: wrong, as: UTF8.self)))
            }
        }
        #expect(!UnifiedSocialCreditCode.isValid("91110105MA01XK3TI0"))  // I is not in the alphabet
    }
}

/// ISO 7064 MOD 11-2 written from the definition: sum of digit × 2^(17-i) mod 11, then 12 - r.
func referenceIDCheck(_ body: String) -> UInt8 {
    var sum = 0
    for (i, c) in body.enumerated() {
        var weight = 1
        for _ in 0..<(17 - i) { weight *= 2 }
        sum += c.wholeNumberValue! * weight
    }
    let value = (12 - sum % 11) % 11
    return value == 10 ? UInt8(ascii: "X") : UInt8(ascii: "0") + UInt8(value)
}

/// GB 32100-2015 written from the definition: weights 3^i mod 31, check = 31 - sum mod 31.
func referenceCreditCheck(_ code: String) -> Character {
    let alphabet = Array("0123456789ABCDEFGHJKLMNPQRTUWXY")
    var sum = 0
    var weight = 1
    for c in code.prefix(17) {
        sum += alphabet.firstIndex(of: c)! * weight
        weight = weight * 3 % 31
    }
    return alphabet[(31 - sum % 31) % 31]
}

/// GB 11714 organization-code check, from the definition.
func referenceOrganizationCheck(_ body: Substring) -> Character {
    let weights = [3, 7, 9, 10, 5, 8, 4, 2]
    var sum = 0
    for (w, c) in zip(weights, body) {
        sum += w * (c.isNumber ? c.wholeNumberValue! : Int(c.asciiValue!) - 55)
    }
    let v = 11 - sum % 11
    return v == 10 ? "X" : v == 11 ? "0" : Character(String(v))
}
