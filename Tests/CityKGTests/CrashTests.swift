import CityKG
import Foundation
import QuadStore
import RDFModel
import Testing

/// Loads are atomic even when the process dies: the store afterwards holds exactly what it held
/// before the load began.
@Suite("Atomic loads under failure", .serialized)
struct CrashTests {
    /// Everything in the store at `db`, decoded, with its statistics.
    func contents(_ db: String) throws -> (Set<Quad>, StoreStatistics) {
        let kg = try KnowledgeGraph(path: db)
        let r = kg.dataset()
        return (Set(r.quads(matching: EncodedQuadPattern(graph: .union)).map { r.decode($0)! }), r.statistics)
    }

    /// A large N-Quads file: `count` quads of realistic shape.
    func bigFile(_ path: String, count: Int, seed: UInt64) throws {
        var random = SerialisationQuads(seed: seed)
        var text = ""
        text.reserveCapacity(count * 120)
        for i in 0..<count {
            var q = random.quad()
            q.subject = .iri("https://citykg.example/bulk/\(seed)/\(i)")
            q.writeNQuads(to: &text)
        }
        try text.write(toFile: path, atomically: true, encoding: .utf8)
    }

    @Test("SIGKILL in the middle of a large load leaves the store as it was", arguments: [0.05, 0.4, 1.5])
    func killDuringLoad(delay: Double) throws {
        let folder = ScratchFolder()
        defer { folder.cleanup() }
        let db = folder.file("db")
        var random = SerialisationQuads(seed: 5)
        try writeNQuads(random.quads(500), to: folder.file("before.nq"))
        #expect(try runCityKG(["load", "--db", db, "--quiet", folder.file("before.nq")]).status == 0)
        let before = try contents(db)
        try bigFile(folder.file("big.nq"), count: 400_000, seed: 7)

        let child = Process()
        child.executableURL = URL(fileURLWithPath: citykgExecutable)
        child.arguments = ["load", "--db", db, "--quiet", folder.file("big.nq")]
        child.standardOutput = FileHandle.nullDevice
        try child.run()
        // Wait until the load has started (its scratch folder exists), then let it run a while.
        let started = Date()
        while Date().timeIntervalSince(started) < 30 {
            let entries = (try? FileManager.default.contentsOfDirectory(atPath: db)) ?? []
            if entries.contains(where: { $0.hasPrefix("bulk-") }) { break }
            usleep(5_000)
        }
        usleep(UInt32(delay * 1_000_000))
        let stillRunning = child.isRunning
        kill(child.processIdentifier, SIGKILL)
        child.waitUntilExit()
        #expect(stillRunning, "the load finished before it could be killed; use a bigger file")
        #expect(child.terminationReason == .uncaughtSignal)

        let after = try contents(db)
        #expect(after.0.count == before.0.count)
        #expect(after.0 == before.0)
        #expect(after.1 == before.1)
        // The scratch folder of the killed load is gone once the store has been opened again.
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: db).filter { $0.hasPrefix("bulk-") }
        #expect(leftovers.isEmpty)
    }

    @Test("a syntax error near the end of a large file loads nothing and names the line and column")
    func syntaxErrorNearEnd() throws {
        let folder = ScratchFolder()
        defer { folder.cleanup() }
        let db = folder.file("db")
        var random = SerialisationQuads(seed: 6)
        try writeNQuads(random.quads(300), to: folder.file("before.nq"))
        #expect(try runCityKG(["load", "--db", db, "--quiet", folder.file("before.nq")]).status == 0)
        let before = try contents(db)

        try bigFile(folder.file("bad.nq"), count: 50_000, seed: 8)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: folder.file("bad.nq")))
        handle.seekToEndOfFile()
        handle.write("<urn:s> <urn:p> \"unterminated .\n<urn:s> <urn:p> <urn:o> .\n".data(using: .utf8)!)
        try handle.close()

        let result = try runCityKG(["load", "--db", db, "--quiet", folder.file("bad.nq")])
        #expect(result.status == 1)
        #expect(result.error.contains("bad.nq:50001:"), "error should name file and line: \(result.error)")
        #expect(result.error.contains("nothing was loaded"))
        let after = try contents(db)
        #expect(after.0 == before.0)
        #expect(after.1 == before.1)
    }

    @Test("an N-Triples error is caught although raptor2 only logs it, in a multi-file load")
    func ntriplesErrorInSecondFile() throws {
        let folder = ScratchFolder()
        defer { folder.cleanup() }
        try "<urn:a> <urn:p> <urn:b> .\n".write(toFile: folder.file("good.nt"), atomically: true, encoding: .utf8)
        try "<urn:a> <urn:p> <urn:c> .\n<urn:a> <urn:p> .\n<urn:a> <urn:p> <urn:d> .\n".write(toFile: folder.file("bad.nt"), atomically: true, encoding: .utf8)
        let kg = KnowledgeGraph(store: QuadStore.inMemory())
        #expect(throws: (any Error).self) { try kg.load(files: [folder.file("good.nt"), folder.file("bad.nt")]) }
        #expect(kg.store.isEmpty)
    }
}
