/// Walks the district's persons in order, with their households.
///
/// Spouses and children depend on the household head (surname, age, registration), so persons
/// are produced in order within a block; blocks themselves are independent.
struct PopulationCursor {
    let seed: UInt64
    let persons: Int
    /// Final identity-number bodies by person (from ``IdentityRegistry``); nil while that
    /// registry is being built.
    let identities: [UInt64]?

    private(set) var index = 0
    private var sizes: [Int] = []
    private var household = 0
    private var member = 0
    private var householdStart = 0
    private var head: Person?
    private var block = -1

    init(seed: UInt64, persons: Int, identities: [UInt64]?) {
        self.seed = seed
        self.persons = persons
        self.identities = identities
    }

    /// The next person and where they live, or nil after the last.
    mutating func next() -> (Person, Residence)? {
        guard index < persons else { return nil }
        let b = index / Population.blockSize
        if b != block {
            block = b
            sizes = Population.households(seed: seed, block: b, persons: persons)
            household = 0
            member = 0
            householdStart = index
        } else if member == sizes[household] {
            household += 1
            member = 0
            householdStart = index
        }
        let role: HouseholdRole
        switch member {
        case 0: role = .head
        case 1: role = .spouse
        default: role = member == 4 ? .parent : .child
        }
        var person = PersonFactory.make(seed: seed, index: index, role: role, head: head)
        if let identities { person.idBody = identities[index] }
        if role == .head { head = person }
        let residence = Residence(block: b, household: household, householdStart: householdStart,
                                  householdSize: sizes[household], role: role)
        member += 1
        index += 1
        return (person, residence)
    }
}

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

/// Mobile phone numbers: a valid three-digit prefix and eight random digits.
enum PhoneNumbers {
    static func random(_ rng: inout Xoshiro256) -> UInt64 {
        UInt64(Places.mobilePrefixes[rng.below(Places.mobilePrefixes.count)]) * 100_000_000 + UInt64(rng.below(100_000_000))
    }
}

/// Makes identity numbers unique: two persons drawing the same area, birth date and sequence
/// would share a police IRI and an inverse-functional key. One ordered pass over the
/// population bumps the later one's sequence (keeping its sex parity), and every department
/// then reads the final numbers from here. Memory: 8 bytes per person, plus a set while building.
enum IdentityRegistry {
    static func build(seed: UInt64, persons: Int) -> [UInt64] {
        var cursor = PopulationCursor(seed: seed, persons: persons, identities: nil)
        var seen = Set<UInt64>(minimumCapacity: persons)
        var bodies: [UInt64] = []
        bodies.reserveCapacity(persons)
        while let (person, _) = cursor.next() {
            var body = person.idBody
            while !seen.insert(body).inserted {
                let sequence = body % 1000
                body = body - sequence + (sequence + 2) % 1000
            }
            bodies.append(body)
        }
        return bodies
    }
}
