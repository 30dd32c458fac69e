/// Writes `truth.tsv` rows: record IRI, true person (the police record's IRI), department, flaws.
final class TruthWriter {
    let output: FileOutput
    private(set) var rows = 0
    private static let policePrefix = Array(DistrictDepartment.police.recordBase.utf8) + Array("person/".utf8)

    init(path: String) throws { output = try FileOutput(path: path) }

    /// The header line.
    static let header = "record\tperson\tdepartment\tflaws\n"

    func row(record: [UInt8], person: Person, department: DistrictDepartment, flaws: CopyFlaws) {
        output.append(record.dropFirst().dropLast())
        output.append(0x09)
        output.append(Self.policePrefix)
        output.append(person.idNumber)
        output.append(0x09)
        output.append(department.slug)
        output.append(0x09)
        var any = false
        func flag(_ on: Bool, _ name: String) {
            guard on else { return }
            if any { output.append(0x2C) }
            output.append(name)
            any = true
        }
        flag(flaws.nameTypo, TruthFlaw.nameTypo.rawValue)
        flag(flaws.idMissing, TruthFlaw.idMissing.rawValue)
        flag(flaws.idWrongDigit, TruthFlaw.idWrongDigit.rawValue)
        flag(flaws.stalePhone, TruthFlaw.stalePhone.rawValue)
        if !any { output.append(0x2D) }
        output.append(0x0A)
        rows += 1
    }

    func close() throws { try output.close() }
}
