/// The layout of the district: persons in blocks of twelve, split into households; households
/// living in units of buildings; buildings grouped into grid cells; one company per three blocks.
///
/// Everything is a pure function of (seed, number), so each department recomputes exactly the
/// same people, homes and companies on its own, without talking to the others.
enum Population {
    /// Persons per block; a block is split into households.
    static let blockSize = 12
    /// Blocks per building (so a building houses about 96 people in about 35 units).
    static let blocksPerBuilding = 8
    /// Buildings per grid cell.
    static let buildingsPerCell = 6
    /// Blocks per company (its legal representative heads the block's first household).
    static let blocksPerOrganization = 3
    /// Stairwells (单元) per building.
    static let entrances = 4
    /// "Today" for the district: ages and record dates are relative to it.
    static let referenceDay = CivilDate(year: 2025, month: 6, day: 30)

    /// Number of organizations for a population.
    static func organizationCount(persons: Int) -> Int {
        let blocks = (persons + blockSize - 1) / blockSize
        return max(1, (blocks + blocksPerOrganization - 1) / blocksPerOrganization)
    }

    /// Household sizes of a block, in order, summing to the block's number of persons.
    static func households(seed: UInt64, block: Int, persons: Int) -> [Int] {
        let members = min(blockSize, persons - block * blockSize)
        var rng = Xoshiro256(seed: seed, stream: Stream.households, index: UInt64(block))
        var sizes: [Int] = []
        var left = members
        while left > 0 {
            // Household sizes 1-5 with shares 15/30/28/18/9 per cent.
            let r = rng.below(100)
            let size = r < 15 ? 1 : r < 45 ? 2 : r < 73 ? 3 : r < 91 ? 4 : 5
            sizes.append(min(size, left))
            left -= size
        }
        return sizes
    }
}

/// Purposes of the keyed random streams; each (purpose, number) pair is an independent stream.
enum Stream {
    static let person: UInt64 = 1
    static let households: UInt64 = 2
    static let building: UInt64 = 3
    static let organization: UInt64 = 4
    static let police: UInt64 = 10
    static let housing: UInt64 = 11
    static let transport: UInt64 = 12
    static let market: UInt64 = 13
    static let civilAffairs: UInt64 = 14
    static let health: UInt64 = 15
    static let grid: UInt64 = 16
    static let unit: UInt64 = 17
    static let motoring: UInt64 = 18
}

/// Where a person lives: block, household and unit.
struct Residence {
    var block: Int
    /// Household number within the block (0...11).
    var household: Int
    /// Index of the household's first member.
    var householdStart: Int
    var householdSize: Int
    var role: HouseholdRole

    var building: Int { block / Population.blocksPerBuilding }
    var cell: Int { building / Population.buildingsPerCell }
    /// The unit's slot within its building (0..<96), unique per household.
    var unitSlot: Int { (block % Population.blocksPerBuilding) * Population.blockSize + household }
    var isHead: Bool { role == .head }
}
