#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A deliberate flaw in a department's copy of a person.
public enum TruthFlaw: String, Sendable, CaseIterable {
    case nameTypo = "name-typo"
    case idMissing = "id-missing"
    case idWrongDigit = "id-wrong-digit"
    case stalePhone = "stale-phone"
}

/// One row of `truth.tsv`: a department's person record and the person it denotes.
public struct TruthRecord: Sendable, Hashable {
    /// The record's IRI (e.g. `https://citykg.example/health/patient/H4821093311`).
    public var record: String
    /// The true person: the IRI of their police record (`https://citykg.example/police/person/<id>`).
    public var person: String
    /// The department holding the record.
    public var department: DistrictDepartment
    /// The record's deliberate flaws (empty for police records).
    public var flaws: Set<TruthFlaw>
}

/// The ground truth of record linkage that the generator writes beside the quads.
///
/// `truth.tsv` has a header line and then one row per person record of every department
/// (police records map to themselves): `record`, `person`, `department`, `flaws`, where flaws
/// is a comma-separated list of ``TruthFlaw`` names or `-`.
///
/// ```swift
/// let truth = try LinkageTruth.read(path: "out/truth.tsv")
/// let sameAs = Dictionary(grouping: truth, by: \.person)   // person -> all its records
/// ```
public enum LinkageTruth {
    /// The file name inside the output directory.
    public static let fileName = "truth.tsv"

    /// Reads every row of a truth file.
    public static func read(path: String) throws -> [TruthRecord] {
        var rows: [TruthRecord] = []
        try forEach(path: path) { rows.append($0) }
        return rows
    }

    /// Streams the rows of a truth file.
    public static func forEach(path: String, _ body: (TruthRecord) throws -> Void) throws {
        guard let fp = fopen(path, "r") else { throw DistrictError.system("open", path: path) }
        defer { fclose(fp) }
        var line: UnsafeMutablePointer<CChar>?
        var capacity = 0
        defer { free(line) }
        var lineNumber = 0
        while getline(&line, &capacity, fp) > 0 {
            lineNumber += 1
            guard let line else { break }
            var text = String(cString: line)
            if text.hasSuffix("\n") { text.removeLast() }
            if lineNumber == 1 { continue }  // header
            let fields = text.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 4, let department = DistrictDepartment(rawValue: String(fields[2])) else {
                throw DistrictError(path: path, operation: "read", reason: "line \(lineNumber): expected record, person, department, flaws")
            }
            var flaws = Set<TruthFlaw>()
            if fields[3] != "-" {
                for name in fields[3].split(separator: ",") {
                    guard let flaw = TruthFlaw(rawValue: String(name)) else {
                        throw DistrictError(path: path, operation: "read", reason: "line \(lineNumber): unknown flaw \(name)")
                    }
                    flaws.insert(flaw)
                }
            }
            try body(TruthRecord(record: String(fields[0]), person: String(fields[1]), department: department, flaws: flaws))
        }
    }
}
