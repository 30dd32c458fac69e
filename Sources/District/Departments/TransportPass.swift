/// Transport: driving licences (a person record per driver, keyed by licence file number) and
/// registered vehicles, each owned by a driver.
///
/// Per driver: type, name, identity number (the licence number), phone, licence class.
/// Per vehicle: type, plate, model, owner, registration date.
enum TransportPass: DepartmentPass {
    static let department = DistrictDepartment.transport

    static func run(_ context: PassContext, _ emit: RecordEmitter) {
        let w = emit.writer
        let drivers = RecordIRI(.transport, "driver")
        let vehicles = RecordIRI(.transport, "vehicle")
        let fileNumbers = RecordNumbers(seed: context.seed, stream: 110, digits: 12)
        let vehicleNumbers = RecordNumbers(seed: context.seed, stream: 111, digits: 10)
        let plates = PlateNumbers(seed: context.seed)
        var cursor = context.cursor()
        while let (person, _) = cursor.next() {
            var rng = context.rng(Stream.transport, person.index)
            let age = person.age
            guard age >= 18, rng.chance(age < 70 ? 0.24 : 0.06) else { continue }
            let d = drivers.make("", fileNumbers(person.index), width: 12)
            let flaws = CopyFlaws.draw(context.rates, &rng)
            w.iri(d, Encoded.type, Encoded.Driver)
            emit.identity(d, person, flaws: flaws, phone: true, &rng)
            w.string(d, Encoded.licenceClass, rng.pick(Catalogs.licenceClasses))
            emit.truth(d, person, flaws: flaws, keepsPhone: true)

            guard rng.chance(0.5) else { continue }
            let v = vehicles.make("V", vehicleNumbers(person.index), width: 10)
            let model = rng.below(Catalogs.vehicleModels.count)
            w.iri(v, Encoded.type, Encoded.Vehicle)
            w.openLiteral(v, Encoded.plateNumber)
            plates.append(owner: person.index, newEnergy: Catalogs.vehicleModels[model].newEnergy, &rng, to: w.output)
            w.closeLiteral()
            w.string(v, Encoded.vehicleModel, Catalogs.vehicleModelNames[model])
            w.iri(v, Encoded.owner, d)
            w.date(v, Encoded.registrationDate, CivilDate.random(years: max(2005, person.birth.year + 18)...2025, &rng))
        }
    }
}
