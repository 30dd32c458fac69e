/// Health: community clinics, patient records (`<.../health/patient/H...>`) and visits.
///
/// Per clinic: type, Chinese name. Per patient: type, name, identity number, phone, birth date,
/// sometimes a chronic condition. Per visit: type, patient, clinic, time, diagnosis.
enum HealthPass: DepartmentPass {
    static let department = DistrictDepartment.health

    static func run(_ context: PassContext, _ emit: RecordEmitter) {
        let w = emit.writer
        let clinics = RecordIRI(.health, "clinic")
        let patients = RecordIRI(.health, "patient")
        let visits = RecordIRI(.health, "visit")
        let patientNumbers = RecordNumbers(seed: context.seed, stream: 150, digits: 10)
        let clinicIRIs = Catalogs.clinicCodes.map { clinics.make($0) }
        for (c, clinic) in zip(clinicIRIs, Catalogs.clinics) {
            w.iri(c, Encoded.type, Encoded.Clinic)
            w.string(c, Encoded.label, Array(clinic.name.utf8), language: Datatypes.zh)
        }
        var cursor = context.cursor()
        var visitID: [UInt8] = []
        while let (person, _) = cursor.next() {
            var rng = context.rng(Stream.health, person.index)
            let age = person.age
            guard rng.chance(age >= 60 ? 0.4 : 0.16) else { continue }
            let number = patientNumbers(person.index)
            let p = patients.make("H", number, width: 10)
            let flaws = CopyFlaws.draw(context.rates, &rng)
            w.iri(p, Encoded.type, Encoded.Patient)
            emit.identity(p, person, flaws: flaws, phone: true, &rng)
            w.date(p, Encoded.birthDate, person.birth)
            if rng.chance(age >= 60 ? 0.45 : 0.04) {
                w.string(p, Encoded.chronicCondition, rng.pick(Catalogs.chronicConditions))
            }
            emit.truth(p, person, flaws: flaws, keepsPhone: true)

            // No visit (50%), one (35%) or two (15%), in the last two and a half years.
            let r = rng.below(100)
            let count = r < 50 ? 0 : r < 85 ? 1 : 2
            for k in 0..<count {
                visitID.removeAll(keepingCapacity: true)
                visitID.append("H")
                visitID.appendDigits(number, width: 10)
                visitID.append("-")
                visitID.appendDigits(UInt64(k + 1))
                let v = visits.make(visitID)
                w.iri(v, Encoded.type, Encoded.Visit)
                w.iri(v, Encoded.patient, p)
                w.iri(v, Encoded.clinic, clinicIRIs[rng.below(clinicIRIs.count)])
                w.dateTime(v, Encoded.visitTime, CivilDate.random(years: max(2023, person.birth.year)...2025, &rng),
                           secondOfDay: rng.within(8 * 3600...17 * 3600))
                w.string(v, Encoded.diagnosis, rng.pick(Catalogs.diagnoses))
            }
        }
    }
}
