/// A residential building: where it stands, how tall it is, and how its units are numbered.
struct BuildingFacts {
    let index: Int
    let street: Int
    let houseNumber: Int
    let compound: Int
    /// The building's number within its compound (the 3 of 3栋).
    let number: Int
    let floors: Int
    let builtYear: Int

    init(seed: UInt64, index: Int) {
        var rng = Xoshiro256(seed: seed, stream: Stream.building, index: UInt64(index))
        self.index = index
        street = rng.below(Places.streets.count)
        houseNumber = rng.within(1...320)
        compound = index % Places.compounds.count
        number = index / Places.compounds.count % 40 + 1
        // Old walk-ups of six floors, or towers of up to 33.
        floors = rng.chance(0.4) ? 6 : rng.within(9...33)
        builtYear = floors == 6 ? rng.within(1978...1999) : rng.within(1995...2022)
    }

    /// The stairwell (单元) and room number (1502 = floor 15, door 2) of a unit slot (0..<96).
    func unit(slot: Int) -> (entrance: Int, room: Int) {
        let entrance = slot % Population.entrances + 1
        let floor = slot / Population.entrances % floors + 1
        let door = slot / (Population.entrances * floors) + 1
        return (entrance, floor * 100 + door)
    }

    /// `北京市朝阳区光华路12号金台里3栋`.
    func appendAddress(to out: FileOutput) {
        out.append(Places.districtName)
        out.append(Places.streets[street])
        out.appendDigits(UInt64(houseNumber))
        out.append(Places.number)
        appendName(to: out)
    }

    /// `金台里3栋`.
    func appendName(to out: FileOutput) {
        out.append(Places.compoundZH[compound])
        out.appendDigits(UInt64(number))
        out.append(Places.building)
    }

    /// `2单元1502室`.
    func appendUnit(slot: Int, to out: FileOutput) {
        let (entrance, room) = unit(slot: slot)
        out.appendDigits(UInt64(entrance))
        out.append(Places.entrance)
        out.appendDigits(UInt64(room))
        out.append(Places.room)
    }
}

/// A company registered with market regulation.
struct OrganizationFacts {
    let index: Int
    let tradeName: Int
    let industry: Int
    let creditCode: [UInt8]
    let capitalYuan: Int
    let founded: CivilDate
    let hasEnglishName: Bool
    let street: Int
    let houseNumber: Int

    init(seed: UInt64, index: Int, codes: RecordNumbers) {
        var rng = Xoshiro256(seed: seed, stream: Stream.organization, index: UInt64(index))
        self.index = index
        tradeName = rng.below(Catalogs.tradeNames.count)
        industry = rng.below(Catalogs.industries.count)
        var body: [UInt8] = []
        body.appendDigits(codes(index), width: 8)
        // Newer registrations use `MA` + letters in the organization code (the common 91110105MA0...).
        if rng.chance(0.5) {
            body[0] = UInt8(ascii: "M"); body[1] = UInt8(ascii: "A")
            body[2] = UnifiedSocialCreditCode.alphabet[rng.below(UnifiedSocialCreditCode.alphabet.count)]
        }
        let kind: UInt8 = rng.chance(0.85) ? UInt8(ascii: "1") : UInt8(ascii: "2")
        creditCode = UnifiedSocialCreditCode.make(kind: kind, area: Places.districtCode, organizationBody: body)
        capitalYuan = [100_000, 500_000, 1_000_000, 3_000_000, 5_000_000, 10_000_000, 50_000_000][rng.below(7)]
        founded = CivilDate.random(years: 1995...2024, &rng)
        hasEnglishName = rng.chance(0.4)
        street = rng.below(Places.streets.count)
        houseNumber = rng.within(1...320)
    }
}

/// Vehicle plates, unique per vehicle: an affine bijection of the owner's number onto
/// licensing-office letter × serial, so two vehicles never share a plate (ck:plateNumber is a key).
struct PlateNumbers {
    /// 14 office letters × 34 first serial characters × 10^4.
    static let capacity: UInt64 = 14 * 34 * 10_000
    static let serialFirst: [UInt8] = Array("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ".utf8)
    static let dot: [UInt8] = Array("·".utf8)
    let numbers: RecordNumbers

    init(seed: UInt64) { numbers = RecordNumbers(seed: seed, stream: 40, modulus: Self.capacity) }

    /// Plates such as `京A·K1234`, or `京A·D71234` for new-energy vehicles.
    func append(owner: Int, newEnergy: Bool, _ rng: inout Xoshiro256, to out: FileOutput) {
        var v = numbers(owner % Int(Self.capacity))
        // Past the capacity, the province changes (京 → 冀 → ...), keeping plates unique.
        let round = owner / Int(Self.capacity)
        let province = round > 0 ? round % Places.plateProvinces.count : (rng.chance(0.9) ? 0 : rng.within(1...(Places.plateProvinces.count - 1)))
        out.append(Places.plateProvinces[province])
        out.append(Places.beijingPlateLetters[Int(v % 14)]); v /= 14
        out.append(Self.dot)
        if newEnergy { out.append(rng.chance(0.8) ? UInt8(ascii: "D") : UInt8(ascii: "F")) }
        out.append(Self.serialFirst[Int(v % 34)]); v /= 34
        out.appendDigits(v, width: 4)
    }
}
