/// What every department pass shares: the seed, the population size, the final identity
/// numbers and the error rates of copies.
struct PassContext: Sendable {
    let seed: UInt64
    let persons: Int
    let identities: [UInt64]
    let rates: CopyErrorRates

    /// A fresh walk over the population.
    func cursor() -> PopulationCursor {
        PopulationCursor(seed: seed, persons: persons, identities: identities)
    }

    /// The department's random stream for one entity.
    func rng(_ stream: UInt64, _ index: Int) -> Xoshiro256 {
        Xoshiro256(seed: seed, stream: stream, index: UInt64(index))
    }
}

/// A department's part of the generation: fills its writer and its truth rows.
protocol DepartmentPass {
    static var department: DistrictDepartment { get }
    static func run(_ context: PassContext, _ emit: RecordEmitter)
}
