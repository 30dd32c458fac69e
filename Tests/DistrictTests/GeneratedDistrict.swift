import District
import Foundation
import RDFIO
import RDFModel

/// A district generated into a temporary folder and read back through raptor2.
struct GeneratedDistrict: Sendable {
    let directory: String
    let persons: Int
    let report: GenerationReport
    /// Every quad of every department file, in file order.
    let quads: [DistrictDepartment: [Quad]]
    let truth: [TruthRecord]

    /// Generates and parses.
    static func make(persons: Int, seed: UInt64, rates: CopyErrorRates = CopyErrorRates()) throws -> GeneratedDistrict {
        let directory = temporaryDirectory("district-\(persons)-\(seed)")
        let report = try DistrictGenerator(persons: persons, seed: seed, errorRates: rates).generate(into: directory)
        var quads: [DistrictDepartment: [Quad]] = [:]
        for department in DistrictDepartment.allCases {
            quads[department] = try RDFParser(format: .nquads)
                .quads(file: DistrictGenerator.path(of: department, in: directory))
        }
        let truth = try LinkageTruth.read(path: directory + "/" + LinkageTruth.fileName)
        return GeneratedDistrict(directory: directory, persons: persons, report: report, quads: quads, truth: truth)
    }

    /// The standard sample shared by the tests (generated once).
    static let standard: GeneratedDistrict = {
        do { return try make(persons: 6_000, seed: 42) } catch { fatalError("cannot generate the sample district: \(error)") }
    }()

    /// Literal values of one predicate, by subject IRI.
    func values(_ predicate: IRI, in department: DistrictDepartment) -> [String: [String]] {
        var out: [String: [String]] = [:]
        for q in quads[department] ?? [] where q.predicate == .iri(predicate) {
            guard case .iri(let s) = q.subject else { continue }
            switch q.object {
            case .literal(let l): out[s.value, default: []].append(l.lexical)
            case .iri(let o): out[s.value, default: []].append(o.value)
            case .blank: continue
            }
        }
        return out
    }

    /// Subjects with the given rdf:type.
    func subjects(ofType type: IRI, in department: DistrictDepartment) -> [String] {
        (quads[department] ?? []).compactMap { q in
            q.predicate == .iri(RDF.type) && q.object == .iri(type) ? q.subject.iriValue?.value : nil
        }
    }
}

/// A fresh folder under the system's temporary directory.
func temporaryDirectory(_ name: String) -> String {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("citykg-tests-\(name)-\(UUID().uuidString)")
    try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url.path
}

/// The repository root (two levels above this file's folder).
let repositoryRoot: String = {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
}()
