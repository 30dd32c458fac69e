/// Writes `truth.tsv` rows: record IRI, the entity's canonical IRI, kind, department, flaws.
final class TruthWriter {
    let output: FileOutput
    private(set) var rows = 0
    private static let policePrefix = Array(DistrictDepartment.police.recordBase.utf8) + Array("person/".utf8)

    init(path: String) throws { output = try FileOutput(path: path) }

    /// The header line.
    static let header = "record\tentity\tkind\tdepartment\tflaws\n"

    /// A row for a record of a person; the entity is the person's police record.
    func row(record: [UInt8], person: Person, department: DistrictDepartment, flaws: CopyFlaws) {
        output.append(record.dropFirst().dropLast())
        output.append(0x09)
        output.append(Self.policePrefix)
        output.append(person.idNumber)
        finish(kind: .person, department: department, flaws: flaws)
    }

    /// A row for a record of a building or vehicle; `entity` is the encoded `<iri>` of the
    /// canonical record (housing's building, transport's vehicle).
    func row(record: [UInt8], entity: [UInt8], kind: TruthKind, department: DistrictDepartment, flaws: CopyFlaws) {
        output.append(record.dropFirst().dropLast())
        output.append(0x09)
        output.append(entity.dropFirst().dropLast())
        finish(kind: kind, department: department, flaws: flaws)
    }

    private func finish(kind: TruthKind, department: DistrictDepartment, flaws: CopyFlaws) {
        output.append(0x09)
        output.append(kind.rawValue)
        output.append(0x09)
        output.append(department.slug)
        output.append(0x09)
        var any = false
        func flag(_ on: Bool, _ flaw: TruthFlaw) {
            guard on else { return }
            if any { output.append(0x2C) }
            output.append(flaw.rawValue)
            any = true
        }
        flag(flaws.nameTypo, .nameTypo)
        flag(flaws.idMissing, .idMissing)
        flag(flaws.idWrongDigit, .idWrongDigit)
        flag(flaws.stalePhone, .stalePhone)
        flag(flaws.plateFormat, .plateFormat)
        flag(flaws.plateWrongCharacter, .plateWrongCharacter)
        if !any { output.append(0x2D) }
        output.append(0x0A)
        rows += 1
    }

    func close() throws { try output.close() }
}
