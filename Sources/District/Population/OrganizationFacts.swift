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
