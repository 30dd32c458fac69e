/// The community grid: grid cells, the buildings in them, the residents grid workers know
/// (`<.../grid/resident/R...>`), the residents' cars, and the requests and complaints filed.
///
/// The administrative hierarchy: each cell is `ck:partOf` a community (8 cells), each community
/// of a subdistrict (6 communities), each subdistrict of the district; every level has a type
/// and a Chinese label. Per cell: type, labels in Chinese and English. Per building: type, label and address in the
/// grid's own style (号楼, no city), cell. Per resident: type, name, identity number, phone,
/// cell, address. Per noted car: type, plate (sometimes without its dot or with a wrong
/// character), owner. Per request: type, reporter, time, category, description (100-400
/// characters), status, cell.
enum GridPass: DepartmentPass {
    static let department = DistrictDepartment.grid
    static let cellsPerCommunity = 8
    static let communitiesPerSubdistrict = 6
    static let communitySuffix = Array("社区".utf8)
    static let subdistrictSuffix = Array("街道".utf8)

    static func run(_ context: PassContext, _ emit: RecordEmitter) {
        let w = emit.writer
        let cells = RecordIRI(.grid, "cell")
        let residents = RecordIRI(.grid, "resident")
        let requests = RecordIRI(.grid, "request")
        let residentNumbers = RecordNumbers(seed: context.seed, stream: 160, digits: 10)
        let requestNumbers = RecordNumbers(seed: context.seed, stream: 161, digits: 10)
        let buildings = RecordIRI(.grid, "building")
        let vehicles = RecordIRI(.grid, "vehicle")
        let vehicleNumbers = RecordNumbers(seed: context.seed, stream: 162, digits: 10)
        let transportVehicleNumbers = RecordNumbers(seed: context.seed, stream: TransportPass.vehicleNumberStream, digits: 10)
        let plates = PlateNumbers(seed: context.seed)
        let cellPrefix = Array("第".utf8), cellSuffix = Array("网格".utf8), cellEN = Array("Grid cell ".utf8)
        let district = Array("朝阳区".utf8), block = Array("号楼".utf8), dot = PlateNumbers.dot
        let communities = RecordIRI(.grid, "community"), subdistricts = RecordIRI(.grid, "subdistrict")
        let districtIRI = RecordIRI(.grid, "district").make(Array("110105".utf8))
        w.iri(districtIRI, Encoded.type, Encoded.District)
        w.openLiteral(districtIRI, Encoded.label)
        w.output.append(district)
        w.closeLiteral(language: Datatypes.zh)
        var community: [UInt8] = []
        var communityIndex = -1, subdistrictIndex = -1
        var cursor = context.cursor()
        var building = BuildingFacts(seed: context.seed, index: 0)
        var cellIndex = -1
        var writtenBuilding = -1
        var cell: [UInt8] = []
        while let (person, residence) = cursor.next() {
            if residence.building != building.index { building = BuildingFacts(seed: context.seed, index: residence.building) }
            let newBuilding = residence.building != writtenBuilding
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
                if cellIndex / Self.cellsPerCommunity != communityIndex {
                    communityIndex = cellIndex / Self.cellsPerCommunity
                    community = communities.make("C", UInt64(communityIndex), width: 4)
                    w.iri(community, Encoded.type, Encoded.Community)
                    w.openLiteral(community, Encoded.label)
                    w.output.append(Places.compoundZH[communityIndex % Places.compoundZH.count])
                    w.output.append(Self.communitySuffix)
                    w.closeLiteral(language: Datatypes.zh)
                    let subdistrict = subdistricts.make("S", UInt64(communityIndex / Self.communitiesPerSubdistrict), width: 3)
                    w.iri(community, Encoded.partOf, subdistrict)
                    if communityIndex / Self.communitiesPerSubdistrict != subdistrictIndex {
                        subdistrictIndex = communityIndex / Self.communitiesPerSubdistrict
                        w.iri(subdistrict, Encoded.type, Encoded.Subdistrict)
                        w.openLiteral(subdistrict, Encoded.label)
                        w.output.append(Places.streets[subdistrictIndex % Places.streets.count])
                        w.output.append(Self.subdistrictSuffix)
                        w.closeLiteral(language: Datatypes.zh)
                        w.iri(subdistrict, Encoded.partOf, districtIRI)
                    }
                }
                w.iri(cell, Encoded.partOf, community)
            }
            if newBuilding {
                writtenBuilding = residence.building
                let g = buildings.make("G", UInt64(cellIndex), width: 5, suffix: "-", UInt64(building.index % Population.buildingsPerCell + 1))
                w.iri(g, Encoded.type, Encoded.Building)
                w.openLiteral(g, Encoded.label)
                w.output.append(Places.compoundZH[building.compound])
                w.output.appendDigits(UInt64(building.number)); w.output.append(block)
                w.closeLiteral(language: Datatypes.zh)
                w.openLiteral(g, Encoded.address)
                w.output.append(district); w.output.append(Places.streets[building.street])
                w.output.appendDigits(UInt64(building.houseNumber)); w.output.append(Places.number)
                w.closeLiteral()
                w.iri(g, Encoded.inGridCell, cell)
                emit.truth(g, entity: HousingPass.buildingIRI(building.index), kind: .building)
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

            // Grid workers note most residents' cars for the compound's parking.
            if let vehicle = Motoring(seed: context.seed, person: person, plates: plates).vehicle, rng.chance(0.6) {
                let v = vehicles.make("GV", vehicleNumbers(person.index), width: 10)
                let plateFlaws = CopyFlaws.drawPlate(context.rates, &rng)
                var plate = vehicle.plate
                if plateFlaws.plateWrongCharacter {
                    // Mistype one of the last four characters (always digits).
                    let k = plate.count - 1 - rng.below(4)
                    plate[k] = UInt8(48 + (Int(plate[k]) - 48 + 1 + rng.below(9)) % 10)
                }
                if plateFlaws.plateFormat, let at = plate.firstRange(of: dot) {
                    plate.removeSubrange(at)
                }
                w.iri(v, Encoded.type, Encoded.Vehicle)
                w.string(v, Encoded.plateNumber, plate)
                w.iri(v, Encoded.owner, r)
                emit.truth(v, entity: TransportPass.vehicleIRI(transportVehicleNumbers, person.index), kind: .vehicle, flaws: plateFlaws)
            }

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
