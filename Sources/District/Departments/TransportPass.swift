/// Transport: driving licences (a person record per driver, keyed by licence file number) and
/// registered vehicles, each owned by a driver.
///
/// Per driver: type, name, identity number (the licence number), phone, licence class.
/// Per vehicle: type, plate, model, owner, registration date.
enum TransportPass: DepartmentPass {
    static let department = DistrictDepartment.transport

    /// The stream of vehicle record numbers (shared with the grid, which links its notes to them).
    static let vehicleNumberStream: UInt64 = 111

    /// The transport IRI of the vehicle owned by person `index`.
    static func vehicleIRI(_ numbers: RecordNumbers, _ index: Int) -> [UInt8] {
        RecordIRI(.transport, "vehicle").make("V", numbers(index), width: 10)
    }

    static func run(_ context: PassContext, _ emit: RecordEmitter) {
        let w = emit.writer
        let drivers = RecordIRI(.transport, "driver")
        let fileNumbers = RecordNumbers(seed: context.seed, stream: 110, digits: 12)
        let vehicleNumbers = RecordNumbers(seed: context.seed, stream: vehicleNumberStream, digits: 10)
        let plates = PlateNumbers(seed: context.seed)
        var cursor = context.cursor()
        while let (person, _) = cursor.next() {
            let motoring = Motoring(seed: context.seed, person: person, plates: plates)
            guard motoring.isDriver else { continue }
            var rng = context.rng(Stream.transport, person.index)
            let d = drivers.make("", fileNumbers(person.index), width: 12)
            let flaws = CopyFlaws.draw(context.rates, &rng)
            w.iri(d, Encoded.type, Encoded.Driver)
            emit.identity(d, person, flaws: flaws, phone: true, &rng)
            w.string(d, Encoded.licenceClass, rng.pick(Catalogs.licenceClasses))
            emit.truth(d, person, flaws: flaws, keepsPhone: true)

            guard let vehicle = motoring.vehicle else { continue }
            let v = vehicleIRI(vehicleNumbers, person.index)
            w.iri(v, Encoded.type, Encoded.Vehicle)
            w.string(v, Encoded.plateNumber, vehicle.plate)
            w.string(v, Encoded.vehicleModel, Catalogs.vehicleModelNames[vehicle.model])
            w.iri(v, Encoded.owner, d)
            w.date(v, Encoded.registrationDate, vehicle.registered)
            emit.canonical(v, kind: .vehicle)
        }
    }
}
