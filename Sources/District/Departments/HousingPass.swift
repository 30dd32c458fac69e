/// Housing: buildings, their units and the units' owners (the head of the household living
/// there), each owner a person record of its own (`<.../housing/owner/C...>`).
///
/// Per building: type, labels in Chinese (and often English), address, floors, year built.
/// Per household with a title on file (three in four): the unit (type, building, room number, floor area, owner) and the owner
/// (type, name, identity number).
enum HousingPass: DepartmentPass {
    static let department = DistrictDepartment.housing

    /// The housing IRI of building `index` (the canonical record of the building).
    static func buildingIRI(_ index: Int) -> [UInt8] {
        RecordIRI(.housing, "building").make("B", UInt64(index), width: 6)
    }

    static func run(_ context: PassContext, _ emit: RecordEmitter) {
        let w = emit.writer
        let units = RecordIRI(.housing, "unit")
        let owners = RecordIRI(.housing, "owner")
        let certificates = RecordNumbers(seed: context.seed, stream: 100, digits: 10)
        let buildingText = Array("Building ".utf8), comma = Array(", ".utf8)
        var cursor = context.cursor()
        var building = BuildingFacts(seed: context.seed, index: 0)
        var written = -1
        var b: [UInt8] = []
        while let (person, residence) = cursor.next() {
            if residence.building != written {
                written = residence.building
                building = BuildingFacts(seed: context.seed, index: residence.building)
                var rng = context.rng(Stream.unit, building.index)
                b = buildingIRI(building.index)
                w.iri(b, Encoded.type, Encoded.Building)
                w.openLiteral(b, Encoded.label); building.appendName(to: w.output); w.closeLiteral(language: Datatypes.zh)
                if rng.chance(0.5) {
                    w.openLiteral(b, Encoded.label)
                    w.output.append(buildingText); w.output.appendDigits(UInt64(building.number))
                    w.output.append(comma); w.output.append(Places.compoundEN[building.compound])
                    w.closeLiteral(language: Datatypes.en)
                }
                w.openLiteral(b, Encoded.address); building.appendAddress(to: w.output); w.closeLiteral()
                w.integer(b, Encoded.floors, building.floors)
                w.integer(b, Encoded.builtYear, building.builtYear)
                emit.canonical(b, kind: .building)
            }
            guard residence.isHead else { continue }
            var rng = context.rng(Stream.housing, person.index)
            // A quarter of the homes are rented or old public housing without a title on file.
            guard rng.chance(0.75) else { continue }
            let (entrance, room) = building.unit(slot: residence.unitSlot)
            var unitID: [UInt8] = []
            unitID.append("B")
            unitID.appendDigits(UInt64(building.index), width: 6)
            unitID.append("-")
            unitID.appendDigits(UInt64(entrance))
            unitID.append("-")
            unitID.appendDigits(UInt64(room), width: 4)
            let u = units.make(unitID)
            let o = owners.make("C", certificates(person.index), width: 10)
            w.iri(u, Encoded.type, Encoded.Unit)
            w.iri(u, Encoded.inBuilding, b)
            w.openLiteral(u, Encoded.roomNumber); building.appendUnit(slot: residence.unitSlot, to: w.output); w.closeLiteral()
            w.decimal(u, Encoded.floorArea, hundredths: rng.within(3_800...16_000))
            w.iri(u, Encoded.owner, o)
            let flaws = CopyFlaws.draw(context.rates, &rng)
            w.iri(o, Encoded.type, Encoded.Owner)
            emit.name(o, person, typo: flaws.nameTypo, &rng)
            emit.idNumber(o, person, flaws: flaws, &rng)
            emit.truth(o, person, flaws: flaws, keepsPhone: false)
        }
    }
}
