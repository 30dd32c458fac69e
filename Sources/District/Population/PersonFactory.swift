/// Draws a person's true attributes.
enum PersonFactory {
    static func make(seed: UInt64, index: Int, role: HouseholdRole, head: Person?) -> Person {
        var rng = Xoshiro256(seed: seed, stream: Stream.person, index: UInt64(index))
        let ref = Population.referenceDay.year
        let isMale: Bool
        let birthYear: Int
        var surname = -1
        var origin = -1
        switch (role, head) {
        case (.head, _), (_, nil):
            isMale = rng.chance(0.55)
            // Heads are adults: 22-34 (25%), 35-49 (30%), 50-64 (25%), 65-90 (20%).
            let r = rng.below(100)
            let age = r < 25 ? rng.within(22...34) : r < 55 ? rng.within(35...49) : r < 80 ? rng.within(50...64) : rng.within(65...90)
            birthYear = ref - age
            if !rng.chance(0.65) { origin = rng.below(Places.origins.count) }
        case (.spouse, let head?):
            isMale = rng.chance(0.03) ? head.isMale : !head.isMale
            birthYear = min(ref - 20, head.birth.year + rng.within(-6...6))
            origin = rng.chance(0.7) ? head.origin : (rng.chance(0.6) ? -1 : rng.below(Places.origins.count))
        case (.child, let head?):
            isMale = rng.chance(0.51)
            birthYear = min(ref, head.birth.year + rng.within(22...38))
            surname = rng.chance(0.92) ? head.surname : -1
            origin = head.origin
        case (.parent, let head?):
            isMale = rng.chance(0.4)
            birthYear = max(1930, head.birth.year - rng.within(22...34))
            surname = isMale ? head.surname : -1
            origin = head.origin
        }
        if surname < 0 { surname = Surnames.sample(&rng) }
        // Nobody is born after the reference day (30 June).
        let month = birthYear == ref ? rng.within(1...Population.referenceDay.month) : rng.within(1...12)
        let day = rng.within(1...CivilDate.days(inMonth: month, year: birthYear))
        // Given names: men's or women's characters (one in ten crosses over), one or two of them.
        let ownTable = isMale ? GivenNames.maleRange : GivenNames.femaleRange
        let otherTable = isMale ? GivenNames.femaleRange : GivenNames.maleRange
        func character(_ rng: inout Xoshiro256) -> Int {
            let table = rng.chance(0.1) ? otherTable : ownTable
            return table.lowerBound + rng.below(table.count)
        }
        let first = character(&rng)
        var second = rng.chance(0.18) ? -1 : character(&rng)
        if second == first { second = -1 }  // 伟伟 is rare; keep it simple
        let area = origin < 0 ? Places.districtCode : Places.origins[origin].code
        // Sequence: three digits whose last is odd for men and even for women.
        let sequence = rng.below(500) * 2 + (isMale ? 1 : 0)
        return Person(
            index: index, surname: surname, givenFirst: first, givenSecond: second, isMale: isMale,
            birth: CivilDate(year: birthYear, month: month, day: day), area: area, origin: origin,
            originStreet: rng.below(Places.commonStreets.count), originNumber: rng.within(1...299),
            idBody: ResidentIDNumber.body(area: area, year: birthYear, month: month, day: day, sequence: sequence),
            phone: PhoneNumbers.random(&rng), oldPhone: PhoneNumbers.random(&rng))
    }
}
