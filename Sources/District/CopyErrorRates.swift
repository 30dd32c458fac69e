/// How often a department's copy of a person differs from the truth (the police register).
///
/// Each flaw is drawn independently per record, so a record can carry several. The ground
/// truth (`truth.tsv`) names the flaws of every record, for evaluating record linkage.
public struct CopyErrorRates: Sendable, Hashable {
    /// One given-name character replaced by a homophone (张伟 → 张玮).
    public var nameTypo: Double
    /// The identity number left out.
    public var idMissing: Double
    /// The identity number with one character wrong (so its check character no longer fits).
    public var idWrongDigit: Double
    /// An old phone number instead of the current one.
    public var stalePhone: Double
    /// A plate noted without its separator dot (`京A12345` for `京A·12345`).
    public var plateFormat: Double
    /// A plate noted with one serial character wrong.
    public var plateWrongCharacter: Double

    /// Creates rates; the defaults are the planned rates of the sample district.
    public init(nameTypo: Double = 0.05, idMissing: Double = 0.08, idWrongDigit: Double = 0.03, stalePhone: Double = 0.20,
                plateFormat: Double = 0.25, plateWrongCharacter: Double = 0.03) {
        self.nameTypo = nameTypo
        self.idMissing = idMissing
        self.idWrongDigit = idWrongDigit
        self.stalePhone = stalePhone
        self.plateFormat = plateFormat
        self.plateWrongCharacter = plateWrongCharacter
    }

    /// Perfect copies.
    public static let none = CopyErrorRates(nameTypo: 0, idMissing: 0, idWrongDigit: 0, stalePhone: 0, plateFormat: 0, plateWrongCharacter: 0)
}

/// The flaws drawn for one record.
struct CopyFlaws {
    var nameTypo = false
    var idMissing = false
    var idWrongDigit = false
    var stalePhone = false
    var plateFormat = false
    var plateWrongCharacter = false

    static let none = CopyFlaws()

    /// Draws flaws; a missing identity number cannot also be mistyped.
    static func draw(_ rates: CopyErrorRates, _ rng: inout Xoshiro256) -> CopyFlaws {
        var f = CopyFlaws()
        f.nameTypo = rng.chance(rates.nameTypo)
        let r = Double(rng.next() >> 11) * 0x1p-53
        f.idMissing = r < rates.idMissing
        f.idWrongDigit = !f.idMissing && r < rates.idMissing + rates.idWrongDigit
        f.stalePhone = rng.chance(rates.stalePhone)
        return f
    }

    /// Draws the flaws of a noted plate.
    static func drawPlate(_ rates: CopyErrorRates, _ rng: inout Xoshiro256) -> CopyFlaws {
        var f = CopyFlaws()
        f.plateFormat = rng.chance(rates.plateFormat)
        f.plateWrongCharacter = rng.chance(rates.plateWrongCharacter)
        return f
    }
}
