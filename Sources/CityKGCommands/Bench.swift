import ArgumentParser
#if canImport(Glibc)
import Glibc
#endif

/// `citykg bench`: measurements against a peer (pyoxigraph) in the same run.
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Benchmarks against pyoxigraph, measured in the same run.",
        subcommands: [BenchLoad.self, BenchQuery.self]
    )
}

/// `citykg bench load`: bulk-load speed, peak memory and disk size against pyoxigraph.
struct BenchLoad: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "load",
        abstract: "Generate a district, bulk-load it into CityKG and into pyoxigraph, and compare.",
        discussion: "Needs python3 with pyoxigraph (pip install pyoxigraph==0.5.13). Each load runs as its own process, so peak RSS is that process's."
    )

    @Option(help: "Persons in the generated district (about 15 quads each: 66000 gives 1 M quads, 660000 gives 10 M).")
    var persons = 66_000

    @Option(help: "Generator seed.")
    var seed: UInt64 = 42

    @Option(help: "Working folder (data and stores); default: a new folder under /tmp.")
    var work: String?

    @Option(help: "Repeat each load this many times (fresh store each time); the median is reported.")
    var runs = 1

    @Option(help: "The peer's load script.")
    var peerScript = "Scripts/oxigraph_load.py"

    @Flag(help: "Skip the peer (CityKG figures only).")
    var noPeer = false

    func run() throws {
        let dir = work ?? makeTempFolder()
        _ = try Subprocess.run(["mkdir", "-p", dir])
        let data = dir + "/data"
        let exe = Subprocess.currentExecutable
        print("generating \(persons) persons (seed \(seed)) into \(data)")
        let gen = try Subprocess.run([exe, "generate", "--persons", String(persons), "--seed", String(seed), "--out", data])
        guard gen.status == 0 else { throw SubprocessError(command: ["generate"], reason: "exit \(gen.status)") }
        let files = listFiles(data, suffix: ".nq")
        let bytes = files.reduce(0) { $0 + diskUsage($1) }
        print("data: \(files.count) N-Quads files, \(bytes / 1_048_576) MB")

        var ours: [Measurement] = []
        var peer: [Measurement] = []
        for i in 0..<runs {
            let db = dir + "/citykg-\(i)"
            let out = try Subprocess.run([exe, "load", "--db", db, "--quiet"] + files)
            guard out.status == 0 else { throw SubprocessError(command: ["citykg load"], reason: "exit \(out.status): \(out.output)") }
            let quads = Int(out.output.split(separator: " ").dropFirst().first ?? "") ?? 0
            ours.append(Measurement(quads: quads, seconds: out.seconds, peakRSS: out.peakRSS, disk: diskUsage(db)))
            print("CityKG    run \(i + 1): \(ours.last!.summary)")
            if !noPeer {
                let pdb = dir + "/oxigraph-\(i)"
                let p = try Subprocess.run(["python3", peerScript, pdb] + files)
                guard p.status == 0 else { throw SubprocessError(command: ["python3", peerScript], reason: "exit \(p.status): \(p.output)") }
                let pq = Int(p.output.trimmingCharacters(in: " \n")) ?? 0
                peer.append(Measurement(quads: pq, seconds: p.seconds, peakRSS: p.peakRSS, disk: diskUsage(pdb)))
                print("pyoxigraph run \(i + 1): \(peer.last!.summary)")
            }
        }
        let a = Measurement.median(ours)!
        print("")
        print("| figure | CityKG | pyoxigraph 0.5.13 | ratio (CityKG/peer) |")
        print("|---|---|---|---|")
        if let b = noPeer ? nil : Measurement.median(peer) {
            if a.quads != b.quads { print("WARNING: quad counts differ: CityKG \(a.quads), pyoxigraph \(b.quads)") }
            print("| quads | \(a.quads) | \(b.quads) | |")
            print("| load time | \(fmt(a.seconds)) s | \(fmt(b.seconds)) s | \(fmt(a.seconds / b.seconds)) |")
            print("| quads/s | \(Int(a.rate)) | \(Int(b.rate)) | \(fmt(a.rate / b.rate)) |")
            print("| peak RSS | \(a.peakRSS / 1_048_576) MiB | \(b.peakRSS / 1_048_576) MiB | \(fmt(Double(a.peakRSS) / Double(b.peakRSS))) |")
            print("| disk | \(a.disk / 1_048_576) MiB | \(b.disk / 1_048_576) MiB | \(fmt(Double(a.disk) / Double(b.disk))) |")
        } else {
            print("| quads/s | \(Int(a.rate)) | | |")
            print("| peak RSS | \(a.peakRSS / 1_048_576) MiB | | |")
            print("| disk | \(a.disk / 1_048_576) MiB | | |")
        }
        if work == nil { _ = try? Subprocess.run(["rm", "-rf", dir]) }
    }

    private func fmt(_ x: Double) -> String {
        let h = Int((x * 100).rounded())
        return "\(h / 100).\(String(abs(h % 100)).leftPad2)"
    }
}

/// One measured load.
struct Measurement {
    var quads: Int
    var seconds: Double
    var peakRSS: Int
    var disk: Int
    var rate: Double { seconds > 0 ? Double(quads) / seconds : 0 }
    var summary: String { "\(quads) quads in \(String(format1: seconds)) s = \(Int(rate)) quads/s, peak RSS \(peakRSS / 1_048_576) MiB, disk \(disk / 1_048_576) MiB" }

    static func median(_ ms: [Measurement]) -> Measurement? {
        guard !ms.isEmpty else { return nil }
        return ms.sorted { $0.seconds < $1.seconds }[ms.count / 2]
    }
}

extension String {
    var leftPad2: String { count >= 2 ? self : "0" + self }
    func trimmingCharacters(in set: String) -> String {
        var s = Substring(self)
        while let f = s.first, set.contains(f) { s = s.dropFirst() }
        while let l = s.last, set.contains(l) { s = s.dropLast() }
        return String(s)
    }
}

func makeTempFolder() -> String {
    var template = Array("/tmp/citykg-bench-XXXXXX".utf8CString)
    return template.withUnsafeMutableBufferPointer { mkdtemp($0.baseAddress!).map { String(cString: $0) } ?? "/tmp" }
}

func listFiles(_ dir: String, suffix: String) -> [String] {
    guard let d = opendir(dir) else { return [] }
    defer { closedir(d) }
    var out: [String] = []
    while let e = readdir(d) {
        let name = withUnsafeBytes(of: e.pointee.d_name) { String(decoding: $0.prefix(while: { $0 != 0 }), as: UTF8.self) }
        if name.hasSuffix(suffix) { out.append(dir + "/" + name) }
    }
    return out.sorted()
}
