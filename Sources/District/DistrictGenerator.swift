import Dispatch
import RDFModel
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Generates the sample district: one N-Quads file per department, each department's quads
/// in its own named graph, plus `truth.tsv`, the ground truth of which records are one person.
///
/// The output is a pure function of `persons` and `seed` (and the error rates): the same
/// arguments give byte-identical files. Departments are written concurrently, each streaming
/// through a 1 MiB buffer; memory stays at a few bytes per person (the identity register).
///
/// ```swift
/// let report = try DistrictGenerator(persons: 700_000, seed: 42).generate(into: "out/district")
/// print(report.total)                   // about 10 million quads
/// print(report.quads[.health] ?? 0)     // quads in out/district/health.nq
/// ```
public struct DistrictGenerator: Sendable {
    /// Number of persons in the district.
    public var persons: Int
    /// The seed of every random choice.
    public var seed: UInt64
    /// How often departments' copies of a person are flawed.
    public var errorRates: CopyErrorRates

    /// About how many quads each person brings, over all departments (buildings, companies,
    /// visits and complaints included). Measured, not promised: see the tests' tolerance.
    public static let quadsPerPerson = 15.25

    /// Creates a generator.
    public init(persons: Int, seed: UInt64, errorRates: CopyErrorRates = CopyErrorRates()) {
        precondition(persons >= 0, "persons must not be negative")
        self.persons = persons
        self.seed = seed
        self.errorRates = errorRates
    }

    /// Writes the department files and `truth.tsv` into `directory` (created, with its
    /// parents, if missing).
    /// - Throws: ``DistrictError`` when a file cannot be created or written.
    @discardableResult
    public func generate(into directory: String) throws -> GenerationReport {
        let clock = ContinuousClock()
        let start = clock.now
        try Self.makeDirectory(directory)
        let context = PassContext(seed: seed, persons: persons,
                                  identities: IdentityRegistry.build(seed: seed, persons: persons), rates: errorRates)
        // Heaviest first, so the last department to start is a light one.
        let order: [DistrictDepartment] = [.police, .grid, .health, .housing, .transport, .market, .civilAffairs]
        let outcomes = OutcomeSlots(count: order.count)
        DispatchQueue.concurrentPerform(iterations: order.count) { i in
            outcomes.set(i, Result { try Self.write(order[i], context: context, directory: directory) })
        }
        var quads: [DistrictDepartment: Int] = [:]
        var truthRows = 0
        for (i, department) in order.enumerated() {
            let (q, t) = try outcomes.get(i).get()
            quads[department] = q
            truthRows += t
        }
        try Self.joinTruth(directory: directory)
        return GenerationReport(directory: directory, quads: quads, truthRows: truthRows, duration: clock.now - start)
    }

    /// Creates a directory and any missing parents (`mkdir -p`).
    static func makeDirectory(_ path: String) throws {
        var prefix = path.hasPrefix("/") ? "/" : ""
        for component in path.split(separator: "/") {
            prefix += component
            if mkdir(prefix, 0o755) != 0 && errno != EEXIST {
                throw DistrictError.system("mkdir", path: prefix)
            }
            prefix += "/"
        }
    }

    /// The path of a department's file in an output directory.
    public static func path(of department: DistrictDepartment, in directory: String) -> String {
        directory + "/" + department.fileName
    }

    private static func partPath(_ department: DistrictDepartment, _ directory: String) -> String {
        directory + "/." + department.slug + ".truth.part"
    }

    private static func write(_ department: DistrictDepartment, context: PassContext, directory: String) throws -> (Int, Int) {
        let writer = try NQuadsWriter(path: path(of: department, in: directory), graph: department.graph)
        let truth = try TruthWriter(path: partPath(department, directory))
        let emit = RecordEmitter(writer: writer, truth: truth, department: department)
        switch department {
        case .police: PolicePass.run(context, emit)
        case .housing: HousingPass.run(context, emit)
        case .transport: TransportPass.run(context, emit)
        case .market: MarketPass.run(context, emit)
        case .civilAffairs: CivilAffairsPass.run(context, emit)
        case .health: HealthPass.run(context, emit)
        case .grid: GridPass.run(context, emit)
        }
        try writer.close()
        try truth.close()
        return (writer.count, truth.rows)
    }

    /// Concatenates the departments' truth parts, in department order, under one header.
    private static func joinTruth(directory: String) throws {
        let out = try FileOutput(path: directory + "/" + LinkageTruth.fileName)
        out.append(TruthWriter.header)
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        for department in DistrictDepartment.allCases {
            let part = partPath(department, directory)
            guard let fp = fopen(part, "rb") else { throw DistrictError.system("open", path: part) }
            while true {
                let n = chunk.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, fp) }
                if n == 0 { break }
                out.append(chunk[0..<n])
            }
            let failed = ferror(fp) != 0
            fclose(fp)
            if failed { throw DistrictError(path: part, operation: "read", reason: "read error") }
            unlink(part)
        }
        try out.close()
    }
}

/// One result slot per concurrent department pass. Each pass writes only its own slot, and
/// the slots are read after `concurrentPerform` returns, so no two threads touch one slot.
private final class OutcomeSlots: @unchecked Sendable {
    private let slots: UnsafeMutableBufferPointer<Result<(Int, Int), any Error>?>
    init(count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil)
    }
    deinit {
        slots.deinitialize()
        slots.deallocate()
    }
    func set(_ i: Int, _ result: Result<(Int, Int), any Error>) { slots[i] = result }
    func get(_ i: Int) -> Result<(Int, Int), any Error> { slots[i]! }
}
