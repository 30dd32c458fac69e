/// Police household registration: the authoritative record of every person, keyed by the
/// identity number (`<.../police/person/110105199003071234>`).
///
/// Per person: type, name, identity number, gender, birth date, registered (hukou) address.
enum PolicePass: DepartmentPass {
    static let department = DistrictDepartment.police

    static func run(_ context: PassContext, _ emit: RecordEmitter) {
        let w = emit.writer
        let persons = RecordIRI(.police, "person")
        var cursor = context.cursor()
        var building = BuildingFacts(seed: context.seed, index: 0)
        while let (person, residence) = cursor.next() {
            if residence.building != building.index { building = BuildingFacts(seed: context.seed, index: residence.building) }
            let s = persons.make(person.idNumber)
            w.iri(s, Encoded.type, Encoded.Person)
            emit.name(s, person)
            w.string(s, Encoded.idNumber, person.idNumber)
            w.iri(s, Encoded.gender, person.isMale ? Encoded.male : Encoded.female)
            w.date(s, Encoded.birthDate, person.birth)
            w.openLiteral(s, Encoded.hukouAddress)
            if person.origin < 0 {
                building.appendAddress(to: w.output)
                building.appendUnit(slot: residence.unitSlot, to: w.output)
            } else {
                w.output.append(Places.originNames[person.origin])
                w.output.append(Places.commonStreets[person.originStreet])
                w.output.appendDigits(UInt64(person.originNumber))
                w.output.append(Places.number)
            }
            w.closeLiteral()
            emit.truth(s, person, flaws: .none, keepsPhone: false)
        }
    }
}
