import ArgumentParser
import District

/// `citykg generate`: writes the sample district, one N-Quads file per department.
///
/// ```
/// citykg generate --persons 700000 --seed 42 --out out/district
/// ```
struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Generate the sample district: one N-Quads file per department, plus truth.tsv.",
        discussion: """
            Each department's records go into <out>/<department>.nq, in the named graph \
            https://citykg.example/graph/<department>. The same seed always gives the same bytes. \
            truth.tsv lists which department records denote the same person, building or vehicle.
            """)

    @Option(help: "Number of persons in the district (about 15 quads each).")
    var persons: Int = 1000

    @Option(help: "Seed of every random choice.")
    var seed: UInt64 = 42

    @Option(help: "Output directory (created if missing).")
    var out: String

    func validate() throws {
        guard persons >= 0 else { throw ValidationError("--persons must not be negative") }
    }

    func run() throws {
        let report = try DistrictGenerator(persons: persons, seed: seed).generate(into: out)
        for department in DistrictDepartment.allCases {
            let count = report.quads[department] ?? 0
            print("\(department.fileName.padding(18))\(String(count).leftPadding(12))")
        }
        print("\("total".padding(18))\(String(report.total).leftPadding(12))")
        print("truth.tsv: \(report.truthRows) records of persons, buildings and vehicles; \(Int(report.quadsPerSecond)) quads/s")
    }
}

private extension String {
    func padding(_ width: Int) -> String { count >= width ? self : self + String(repeating: " ", count: width - count) }
    func leftPadding(_ width: Int) -> String { count >= width ? self : String(repeating: " ", count: width - count) + self }
}
