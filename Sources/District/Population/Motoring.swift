/// A person's driving licence and vehicle, decided once from the person's own stream, so that
/// transport (which registers them) and the grid (which notes residents' cars) agree.
struct Motoring {
    /// The registered vehicle of a driver.
    struct Vehicle {
        /// Index into ``Catalogs/vehicleModels``.
        let model: Int
        /// The plate as registered (`京A·K1234`).
        let plate: [UInt8]
        let registered: CivilDate
    }

    let isDriver: Bool
    let vehicle: Vehicle?

    init(seed: UInt64, person: Person, plates: PlateNumbers) {
        var rng = Xoshiro256(seed: seed, stream: Stream.motoring, index: UInt64(person.index))
        let age = person.age
        isDriver = age >= 18 && rng.chance(age < 70 ? 0.24 : 0.06)
        guard isDriver, rng.chance(0.5) else { vehicle = nil; return }
        let model = rng.below(Catalogs.vehicleModels.count)
        let plate = plates.plate(owner: person.index, newEnergy: Catalogs.vehicleModels[model].newEnergy, &rng)
        vehicle = Vehicle(model: model, plate: plate,
                          registered: CivilDate.random(years: max(2005, person.birth.year + 18)...2025, &rng))
    }
}
