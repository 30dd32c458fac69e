import District
import Foundation
import Testing

/// The same seed gives the same bytes; another seed gives other bytes.
@Suite struct DeterminismTests {
    static let files = DistrictDepartment.allCases.map(\.fileName) + [LinkageTruth.fileName]

    func generate(persons: Int, seed: UInt64) throws -> [String: Data] {
        let directory = temporaryDirectory("determinism")
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try DistrictGenerator(persons: persons, seed: seed).generate(into: directory)
        var out: [String: Data] = [:]
        for name in Self.files {
            out[name] = try Data(contentsOf: URL(fileURLWithPath: directory + "/" + name))
        }
        return out
    }

    @Test func sameSeedGivesIdenticalBytes() throws {
        let a = try generate(persons: 1_500, seed: 7)
        let b = try generate(persons: 1_500, seed: 7)
        for name in Self.files {
            #expect(a[name]!.count > 0, "\(name) is empty")
            #expect(a[name] == b[name], "\(name) differs between two runs with the same seed")
        }
    }

    @Test func differentSeedGivesDifferentBytes() throws {
        let a = try generate(persons: 1_500, seed: 7)
        let b = try generate(persons: 1_500, seed: 8)
        for name in Self.files {
            #expect(a[name] != b[name], "\(name) is the same for seeds 7 and 8")
        }
    }

    @Test func emptyDistrictStillHasCatalogs() throws {
        let directory = temporaryDirectory("empty") + "/nested/out"
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let report = try DistrictGenerator(persons: 0, seed: 1).generate(into: directory)
        #expect(report.quads[.police] == 0)
        #expect(report.quads[.civilAffairs]! > 0)  // the service catalog
        #expect(report.truthRows == 0)
    }
}
