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
    case plateFormat = "plate-format"
    case plateWrongCharacter = "plate-wrong-character"
}

/// What a truth row's entity is.
public enum TruthKind: String, Sendable, CaseIterable {
    case person
    case building
    case vehicle
}

/// One row of `truth.tsv`: a department's record and the real-world entity it denotes.
public struct TruthRecord: Sendable, Hashable {
    /// The record's IRI (e.g. `https://citykg.example/health/patient/H4821093311`).
    public var record: String
    /// The entity, named by its canonical record: the police record for a person
    /// (`https://citykg.example/police/person/<id>`), the housing record for a building, the
    /// transport record for a vehicle. Canonical records map to themselves.
    public var entity: String
    /// Whether the entity is a person, a building or a vehicle.
    public var kind: TruthKind
    /// The department holding the record.
    public var department: DistrictDepartment
    /// The record's deliberate flaws (empty for canonical records).
    public var flaws: Set<TruthFlaw>
}

/// The ground truth of record linkage that the generator writes beside the quads.
///
/// `truth.tsv` has a header line and then one row per record of a person, building or vehicle
/// in every department: `record`, `entity`, `kind`, `department`, `flaws`, where flaws is a
/// comma-separated list of ``TruthFlaw`` names or `-`. Canonical records (police persons,
/// housing buildings, transport vehicles) map to themselves.
///
/// ```swift
/// let truth = try LinkageTruth.read(path: "out/truth.tsv")
/// let sameAs = Dictionary(grouping: truth, by: \.entity)   // entity -> all its records
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
            guard fields.count == 5, let kind = TruthKind(rawValue: String(fields[2])),
                  let department = DistrictDepartment(rawValue: String(fields[3])) else {
                throw DistrictError(path: path, operation: "read", reason: "line \(lineNumber): expected record, entity, kind, department, flaws")
            }
            var flaws = Set<TruthFlaw>()
            if fields[4] != "-" {
                for name in fields[4].split(separator: ",") {
                    guard let flaw = TruthFlaw(rawValue: String(name)) else {
                        throw DistrictError(path: path, operation: "read", reason: "line \(lineNumber): unknown flaw \(name)")
                    }
                    flaws.insert(flaw)
                }
            }
            try body(TruthRecord(record: String(fields[0]), entity: String(fields[1]), kind: kind, department: department, flaws: flaws))
        }
    }
}
