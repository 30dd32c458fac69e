/// The community grid: grid cells, the residents grid workers know (`<.../grid/resident/R...>`)
/// and the requests and complaints they file.
///
/// Per cell: type, labels in Chinese and English. Per resident: type, name, identity number,
/// phone, cell, address. Per request: type, reporter, time, category, description (100-400
/// characters), status, cell.
enum GridPass: DepartmentPass {
    static let department = DistrictDepartment.grid

    static func run(_ context: PassContext, _ emit: RecordEmitter) {
        let w = emit.writer
        let cells = RecordIRI(.grid, "cell")
        let residents = RecordIRI(.grid, "resident")
        let requests = RecordIRI(.grid, "request")
        let residentNumbers = RecordNumbers(seed: context.seed, stream: 160, digits: 10)
        let requestNumbers = RecordNumbers(seed: context.seed, stream: 161, digits: 10)
        let cellPrefix = Array("第".utf8), cellSuffix = Array("网格".utf8), cellEN = Array("Grid cell ".utf8)
        var cursor = context.cursor()
        var building = BuildingFacts(seed: context.seed, index: 0)
        var cellIndex = -1
        var cell: [UInt8] = []
        while let (person, residence) = cursor.next() {
            if residence.building != building.index { building = BuildingFacts(seed: context.seed, index: residence.building) }
            if residence.cell != cellIndex {
                cellIndex = residence.cell
                cell = cells.make("G", UInt64(cellIndex), width: 5)
                w.iri(cell, Encoded.type, Encoded.GridCell)
                w.openLiteral(cell, Encoded.label)
                w.output.append(cellPrefix); w.output.appendDigits(UInt64(cellIndex + 1)); w.output.append(cellSuffix)
                w.closeLiteral(language: Datatypes.zh)
                w.openLiteral(cell, Encoded.label)
                w.output.append(cellEN); w.output.appendDigits(UInt64(cellIndex + 1))
                w.closeLiteral(language: Datatypes.en)
            }
            var rng = context.rng(Stream.grid, person.index)
            guard rng.chance(0.3) else { continue }
            let r = residents.make("R", residentNumbers(person.index), width: 10)
            let flaws = CopyFlaws.draw(context.rates, &rng)
            w.iri(r, Encoded.type, Encoded.GridResident)
            emit.identity(r, person, flaws: flaws, phone: true, &rng)
            w.iri(r, Encoded.inGridCell, cell)
            w.openLiteral(r, Encoded.address)
            building.appendName(to: w.output)
            building.appendUnit(slot: residence.unitSlot, to: w.output)
            w.closeLiteral()
            emit.truth(r, person, flaws: flaws, keepsPhone: true)

            guard person.age >= 18, rng.chance(0.08) else { continue }
            let q = requests.make("GD", requestNumbers(person.index), width: 10)
            let category = ComplaintText.categories[rng.below(ComplaintText.categories.count)]
            w.iri(q, Encoded.type, Encoded.Request)
            w.iri(q, Encoded.reportedBy, r)
            w.dateTime(q, Encoded.reportedAt, CivilDate.random(years: 2022...2025, &rng), secondOfDay: rng.within(0...86_399))
            w.string(q, Encoded.category, category.name, language: Datatypes.zh)
            w.openLiteral(q, Encoded.description)
            ComplaintText.append(category: category, length: rng.within(100...400), &rng, to: w.output)
            w.closeLiteral(language: Datatypes.zh)
            w.string(q, Encoded.status, rng.pick(ComplaintText.statuses), language: Datatypes.zh)
            w.iri(q, Encoded.inGridCell, cell)
        }
    }
}
