/// The true attributes of one person of the district: what the departments' records are
/// (imperfect) copies of.
struct Person {
    /// The person's number, 0..<persons: the key of the ground truth.
    var index: Int
    /// Index into ``Surnames/bytes``.
    var surname: Int
    /// Indices into ``GivenNames/glyphs``; `second` is -1 for one-character given names.
    var givenFirst: Int
    var givenSecond: Int
    var isMale: Bool
    var birth: CivilDate
    /// Area code of the household registration (110105 for the district's own residents).
    var area: Int
    /// Index into ``Places/origins`` for registrations elsewhere, -1 for local ones.
    var origin: Int
    /// Street and house number of a registration elsewhere.
    var originStreet: Int
    var originNumber: Int
    /// The first 17 digits of the identity number (made unique by ``IdentityRegistry``).
    var idBody: UInt64
    var phone: UInt64
    /// A number the person used before: what stale records still hold.
    var oldPhone: UInt64

    /// The identity number's check character.
    var idCheck: UInt8 { ResidentIDNumber.checkCharacter(ofBody: idBody) }
    /// The identity number as ASCII bytes.
    var idNumber: [UInt8] {
        var out = [UInt8](repeating: 0, count: 18)
        var rest = idBody
        for i in stride(from: 16, through: 0, by: -1) { out[i] = UInt8(48 + rest % 10); rest /= 10 }
        out[17] = idCheck
        return out
    }

    /// Age in whole years on the district's reference day.
    var age: Int {
        let ref = Population.referenceDay
        var years = ref.year - birth.year
        if (birth.month, birth.day) > (ref.month, ref.day) { years -= 1 }
        return years
    }
}

/// How a person stands in the household, which decides surname, age and registration.
enum HouseholdRole {
    case head
    case spouse
    case child
    case parent
}
