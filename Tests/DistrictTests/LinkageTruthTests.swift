import District
import Foundation
import RDFModel
import Testing

/// The same person appears in several departments, with the planned flaws, and `truth.tsv`
/// says exactly which records are whom and how they are flawed.
@Suite struct LinkageTruthTests {
    let district = GeneratedDistrict.standard
    typealias CK = CityKGOntology
    /// The truth rows about persons.
    var people: [TruthRecord] { district.truth.filter { $0.kind == .person } }
    static let personClasses: [DistrictDepartment: IRI] = [
        .police: CK.Person, .housing: CK.Owner, .transport: CK.Driver, .market: CK.Employee,
        .civilAffairs: CK.Beneficiary, .health: CK.Patient, .grid: CK.GridResident,
    ]

    @Test func everyPersonRecordHasOneTruthRow() {
        var rows: [String: Int] = [:]
        for row in people { rows[row.record, default: 0] += 1 }
        #expect(rows.values.allSatisfy { $0 == 1 })
        var records = 0
        for (department, type) in Self.personClasses {
            let subjects = district.subjects(ofType: type, in: department)
            records += subjects.count
            for s in subjects { #expect(rows[s] == 1, "\(s) has no truth row") }
        }
        #expect(records == people.count)
        #expect(district.report.truthRows == district.truth.count)
        let police = Set(district.subjects(ofType: CK.Person, in: .police))
        #expect(people.allSatisfy { police.contains($0.entity) })
    }

    @Test func personsAppearInSeveralDepartments() {
        let byPerson = Dictionary(grouping: people, by: \.entity)
        #expect(byPerson.count == district.persons)
        let linked = byPerson.values.filter { Set($0.map(\.department)).count >= 2 }.count
        let wellLinked = byPerson.values.filter { Set($0.map(\.department)).count >= 3 }.count
        #expect(Double(linked) / Double(district.persons) > 0.6)
        #expect(Double(wellLinked) / Double(district.persons) > 0.25)
    }

    /// Every flaw the truth names is in the record, and no other difference is.
    @Test func flawsAreExactlyAsRecorded() {
        var policeName: [String: String] = [:]
        for (s, v) in district.values(CK.name, in: .police) { policeName[s] = v[0] }
        var names: [String: String] = [:], ids: [String: String] = [:], phones: [String: String] = [:]
        for department in DistrictDepartment.allCases where department != .police {
            for (s, v) in district.values(CK.name, in: department) { names[s] = v[0] }
            for (s, v) in district.values(CK.idNumber, in: department) { ids[s] = v[0] }
            for (s, v) in district.values(CK.phone, in: department) { phones[s] = v[0] }
        }
        // A person's current phone: the one all their unflawed records agree on.
        var currentPhone: [String: Set<String>] = [:]
        for row in people where row.department != .police && !row.flaws.contains(.stalePhone) {
            if let p = phones[row.record] { currentPhone[row.entity, default: []].insert(p) }
        }
        #expect(currentPhone.values.allSatisfy { $0.count == 1 })

        for row in people where row.department != .police {
            let trueID = String(row.entity.split(separator: "/").last!)
            let trueName = policeName[row.entity]!
            let name = names[row.record]!
            if row.flaws.contains(.nameTypo) {
                #expect(name.count == trueName.count && zip(name, trueName).filter { $0 != $1 }.count == 1, "\(name) vs \(trueName)")
            } else {
                #expect(name == trueName)
            }
            switch (row.flaws.contains(.idMissing), row.flaws.contains(.idWrongDigit)) {
            case (true, _): #expect(ids[row.record] == nil)
            case (false, true):
                let id = ids[row.record]!
                #expect(zip(id, trueID).filter { $0 != $1 }.count == 1, "\(id) vs \(trueID)")
            case (false, false): #expect(ids[row.record] == trueID)
            }
            if let phone = phones[row.record], let current = currentPhone[row.entity]?.first {
                #expect((phone != current) == row.flaws.contains(.stalePhone))
            }
        }
    }

    /// Flaw frequencies match the planned rates (pooled over the six copying departments).
    @Test func flawRatesMatchThePlan() {
        let rates = CopyErrorRates()
        let copies = people.filter { $0.department != .police }
        let phoneKeeping: Set<DistrictDepartment> = [.transport, .civilAffairs, .health, .grid]
        let withPhone = copies.filter { phoneKeeping.contains($0.department) }
        func share(_ flaw: TruthFlaw, _ rows: [TruthRecord]) -> Double {
            Double(rows.filter { $0.flaws.contains(flaw) }.count) / Double(rows.count)
        }
        #expect(copies.count > 5_000)
        #expect(abs(share(.nameTypo, copies) - rates.nameTypo) < 0.015)
        #expect(abs(share(.idMissing, copies) - rates.idMissing) < 0.015)
        #expect(abs(share(.idWrongDigit, copies) - rates.idWrongDigit) < 0.01)
        #expect(abs(share(.stalePhone, withPhone) - rates.stalePhone) < 0.025)
        #expect(people.filter { $0.department == .police }.allSatisfy { $0.flaws.isEmpty })
        for department in DistrictDepartment.allCases where department != .police {
            let rows = copies.filter { $0.department == department }
            #expect(rows.count > 200, "\(department) has only \(rows.count) person records")
            #expect(abs(share(.nameTypo, rows) - rates.nameTypo) < 0.05, "\(department)")
        }
    }

    /// The grid's buildings are housing's buildings under other IRIs and another address style.
    @Test func gridBuildingsAreHousingBuildings() {
        let housing = Set(district.subjects(ofType: CK.Building, in: .housing))
        let grid = district.subjects(ofType: CK.Building, in: .grid)
        #expect(grid.count == housing.count)
        let rows = Dictionary(uniqueKeysWithValues: district.truth.filter { $0.kind == .building }.map { ($0.record, $0) })
        #expect(rows.count == housing.count + grid.count)
        for b in housing { #expect(rows[b]?.entity == b) }
        var entities = Set<String>()
        for g in grid {
            let entity = rows[g]!.entity
            #expect(housing.contains(entity))
            entities.insert(entity)
        }
        #expect(entities == housing)
        let gridAddresses = district.values(CK.address, in: .grid)
        let housingAddresses = district.values(CK.address, in: .housing)
        for g in grid.prefix(50) {
            let housingAddress = housingAddresses[rows[g]!.entity]![0]
            #expect(housingAddress.hasPrefix("北京市"))
            #expect(housingAddress.contains(gridAddresses[g]![0].dropFirst(3)))  // after 朝阳区
        }
    }

    /// The cars grid workers note are transport's vehicles, their plates noted with the planned flaws.
    @Test func gridCarsAreTransportVehicles() {
        let plates = district.values(CK.plateNumber, in: .transport)
        let noted = district.values(CK.plateNumber, in: .grid)
        let rows = district.truth.filter { $0.kind == .vehicle }
        #expect(rows.filter { $0.department == .transport }.count == plates.count)
        let gridRows = rows.filter { $0.department == .grid }
        #expect(gridRows.count == noted.count)
        #expect(gridRows.count > 50)
        for row in gridRows {
            let truePlate = plates[row.entity]![0]
            var expected = truePlate
            if row.flaws.contains(.plateFormat) { expected = expected.replacingOccurrences(of: "·", with: "") }
            let plate = noted[row.record]![0]
            let differences = zip(Array(plate), Array(expected)).filter { $0 != $1 }.count
            #expect(plate.count == expected.count)
            #expect(differences == (row.flaws.contains(.plateWrongCharacter) ? 1 : 0), "\(plate) vs \(truePlate)")
        }
        let formatShare = Double(gridRows.filter { $0.flaws.contains(.plateFormat) }.count) / Double(gridRows.count)
        #expect(abs(formatShare - CopyErrorRates().plateFormat) < 0.1)
    }

    @Test func perfectCopiesWhenTheRatesAreZero() throws {
        let district = try GeneratedDistrict.make(persons: 800, seed: 3, rates: .none)
        #expect(district.truth.allSatisfy { $0.flaws.isEmpty })
        let police = Set(district.values(CK.idNumber, in: .police).values.map { $0[0] })
        for department in DistrictDepartment.allCases where department != .police {
            #expect(district.values(CK.idNumber, in: department).values.allSatisfy { police.contains($0[0]) })
        }
    }
}
