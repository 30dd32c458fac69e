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
