import District
import Foundation
import RDFIO
import RDFModel
import Testing

/// What the generated files hold, read back through raptor2.
@Suite struct DistrictContentTests {
    let district = GeneratedDistrict.standard
    typealias CK = CityKGOntology

    @Test(arguments: DistrictDepartment.allCases)
    func everyQuadIsInItsDepartmentsGraph(_ department: DistrictDepartment) {
        let quads = district.quads[department]!
        #expect(quads.count == district.report.quads[department])
        #expect(quads.count > 0)
        let outside = quads.filter { $0.graph != .named(.iri(department.graph)) }
        #expect(outside.isEmpty, "\(outside.count) quads of \(department.fileName) outside \(department.graph)")
        let foreign = quads.filter { !($0.subject.iriValue?.value.hasPrefix(department.recordBase) ?? false) }
        #expect(foreign.isEmpty, "\(foreign.count) subjects outside \(department.recordBase)")
    }

    /// The byte writer must produce exactly RDFModel's canonical N-Quads for every line.
    @Test(arguments: DistrictDepartment.allCases)
    func linesAreCanonicalNQuads(_ department: DistrictDepartment) throws {
        let text = try String(contentsOfFile: DistrictGenerator.path(of: department, in: district.directory), encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        let quads = district.quads[department]!
        #expect(lines.count == quads.count)
        var mismatches = 0
        for (line, quad) in zip(lines, quads) where String(line) + "\n" != quad.nquads {
            if mismatches == 0 { Issue.record("not canonical:\n\(line)\n\(quad.nquads)") }
            mismatches += 1
        }
        #expect(mismatches == 0)
    }

    @Test func quadCountFollowsThePerPersonRate() {
        let expected = Double(district.persons) * DistrictGenerator.quadsPerPerson
        let total = Double(district.report.total)
        #expect(abs(total - expected) / expected < 0.05, "\(district.report.total) quads for \(district.persons) persons")
        let perPerson = total / Double(district.persons)
        #expect(perPerson >= 12 && perPerson <= 20)
    }

    @Test func policeRegistersEveryPersonOnceWithAValidIDNumber() {
        let ids = district.values(CK.idNumber, in: .police)
        #expect(ids.count == district.persons)
        #expect(Set(ids.values.map { $0[0] }).count == district.persons, "identity numbers are not unique")
        for (subject, values) in ids {
            #expect(values.count == 1)
            #expect(ResidentIDNumber.isValid(values[0]), "invalid \(values[0])")
            #expect(subject == DistrictDepartment.police.recordBase + "person/" + values[0])
        }
    }

    @Test func sexParityOfIDNumbersMatchesGender() {
        let ids = district.values(CK.idNumber, in: .police)
        let genders = district.values(CK.gender, in: .police)
        for (subject, values) in ids {
            let sequenceDigit = Array(values[0].utf8)[16] - 48
            let male = genders[subject]![0] == CK.male.value
            #expect((sequenceDigit % 2 == 1) == male)
        }
    }

    /// Copies may carry an identity number with one wrong character (so an invalid check), but
    /// only where the ground truth says so; all others are valid.
    @Test func copiedIDNumbersAreValidUnlessMistyped() {
        let flaws = Dictionary(uniqueKeysWithValues: district.truth.map { ($0.record, $0.flaws) })
        var invalid = 0
        for department in DistrictDepartment.allCases where department != .police {
            for (subject, values) in district.values(CK.idNumber, in: department) {
                let mistyped = flaws[subject]?.contains(.idWrongDigit) ?? false
                #expect(ResidentIDNumber.isValid(values[0]) != mistyped, "\(subject): \(values[0])")
                if mistyped { invalid += 1 }
            }
        }
        #expect(invalid > 0)
    }

    @Test func creditCodesAreValidAndUnique() {
        let codes = district.values(CK.creditCode, in: .market)
        #expect(codes.count > 100)
        for (subject, values) in codes {
            let code = values[0]
            #expect(UnifiedSocialCreditCode.isValid(code), "invalid \(code)")
            #expect(referenceCreditCheck(code) == code.last)
            #expect(referenceOrganizationCheck(code.dropFirst(8).prefix(8)) == Array(code)[16])
            #expect(subject.hasSuffix("/org/" + code))
        }
        #expect(Set(codes.values.map { $0[0] }).count == codes.count)
    }

    @Test func plateNumbersAreUniqueAndWellFormed() {
        let plates = district.values(CK.plateNumber, in: .transport).values.map { $0[0] }
        #expect(plates.count > 100)
        #expect(Set(plates).count == plates.count)
        for plate in plates {
            let parts = plate.split(separator: "·")
            #expect(parts.count == 2 && parts[0].count == 2, "\(plate)")
            #expect(parts[1].count == 5 || parts[1].count == 6, "\(plate)")
        }
    }

    @Test func phoneNumbersHaveElevenDigitsAndValidPrefixes() {
        for department in [DistrictDepartment.health, .grid, .transport, .civilAffairs] {
            for phones in district.values(CK.phone, in: department).values {
                let p = phones[0]
                #expect(p.count == 11 && p.allSatisfy(\.isNumber) && p.hasPrefix("1"), "\(p)")
                #expect(!["10", "11", "12"].contains(String(p.prefix(2))), "\(p)")
            }
        }
    }

    @Test func complaintsAreLongChineseText() {
        let descriptions = district.values(CK.description, in: .grid).values.map { $0[0] }
        #expect(descriptions.count > 20)
        for d in descriptions {
            #expect((100...400).contains(d.count), "\(d.count) characters")
        }
        let tagged = district.quads[.grid]!.filter { $0.predicate == .iri(CK.description) }
        #expect(tagged.allSatisfy { $0.object.literal?.language == "zh" })
    }

    @Test func typedLiteralsUseTheirDatatypes() {
        let expectations: [(DistrictDepartment, IRI, IRI)] = [
            (.police, CK.birthDate, XSD.date), (.health, CK.visitTime, XSD.dateTime),
            (.housing, CK.floorArea, XSD.decimal), (.housing, CK.floors, XSD.integer),
            (.market, CK.registeredCapital, XSD.decimal), (.civilAffairs, CK.monthlyAmount, XSD.decimal),
            (.grid, CK.reportedAt, XSD.dateTime), (.transport, CK.registrationDate, XSD.date),
        ]
        for (department, predicate, datatype) in expectations {
            let objects = district.quads[department]!.filter { $0.predicate == .iri(predicate) }.map(\.object)
            #expect(!objects.isEmpty, "no \(predicate) in \(department)")
            #expect(objects.allSatisfy { $0.literal?.datatype == datatype }, "\(predicate) not \(datatype)")
        }
    }

    @Test func labelsComeInChineseAndEnglish() {
        var languages = Set<String>()
        for quads in district.quads.values {
            for q in quads where q.predicate == .iri(CK.rdfsLabel) {
                if let tag = q.object.literal?.language { languages.insert(tag) }
            }
        }
        #expect(languages == ["zh", "en"])
    }

    @Test func namesUseRealisticSurnames() {
        let names = district.values(CK.name, in: .police).values.map { $0[0] }
        let surnameCounts = Dictionary(grouping: names, by: { String($0.prefix(1)) }).mapValues(\.count)
        // 王, 李 and 张 are each about 7% of the population.
        for common in ["王", "李", "张"] {
            let share = Double(surnameCounts[common] ?? 0) / Double(names.count)
            #expect(share > 0.05 && share < 0.14, "\(common): \(share)")
        }
        #expect(names.allSatisfy { (2...4).contains($0.count) })
    }

    /// References between records resolve within the department.
    @Test func referencesResolve() {
        let checks: [(DistrictDepartment, IRI, IRI)] = [
            (.housing, CK.inBuilding, CK.Building), (.housing, CK.owner, CK.Owner),
            (.transport, CK.owner, CK.Driver), (.market, CK.employer, CK.Organization),
            (.market, CK.legalRepresentative, CK.Employee), (.health, CK.patient, CK.Patient),
            (.health, CK.clinic, CK.Clinic), (.grid, CK.reportedBy, CK.GridResident),
            (.grid, CK.inGridCell, CK.GridCell), (.civilAffairs, CK.receivesService, CK.Service),
            (.grid, CK.owner, CK.GridResident),
        ]
        for (department, predicate, type) in checks {
            let typed = Set(district.subjects(ofType: type, in: department))
            let targets = district.values(predicate, in: department).values.flatMap { $0 }
            #expect(!targets.isEmpty, "no \(predicate) in \(department)")
            let dangling = targets.filter { !typed.contains($0) }
            #expect(dangling.isEmpty, "\(dangling.count) \(predicate) targets in \(department) are not \(type)")
        }
    }
}
