import Foundation
import QuadStore
import RDFIO
import RDFModel

/// What one load did.
public struct LoadReport: Sendable {
    /// Files read.
    public var files: [String] = []
    /// Bytes read from them.
    public var bytesRead = 0
    /// Statements parsed.
    public var quadsRead = 0
    /// Quads that were new to the store.
    public var quadsAdded = 0
    /// Terms new to the dictionary.
    public var termsAdded = 0
    /// Seconds parsing and encoding, sorting and writing index files, and ingesting them.
    public var phases: (read: Double, sort: Double, ingest: Double) = (0, 0, 0)
}

/// Progress of a running load, reported after each chunk read.
public struct LoadProgress: Sendable {
    /// The file being read.
    public var file: String
    /// Bytes read so far, over all files.
    public var bytesRead: Int
    /// Bytes in all files together.
    public var bytesTotal: Int
    /// Statements parsed so far.
    public var quadsRead: Int
}

/// A load that could not be done; nothing was written.
public enum LoadError: Error, CustomStringConvertible {
    case unknownFormat(file: String)

    public var description: String {
        switch self {
        case .unknownFormat(let file): return "\(file): cannot tell the RDF format from the file name; give --format"
        }
    }
}

extension KnowledgeGraph {
    /// Loads RDF files in one atomic step: either every statement of every file is added, or
    /// (on any syntax or I/O error, or an interruption) none is.
    ///
    /// - Parameters:
    ///   - format: the format of all files, or nil to tell it from each file name.
    ///   - graph: where triples (statements without a graph) go; quads keep their graph.
    public func load(files: [String], format: RDFFormat? = nil, graph: GraphName = .defaultGraph, baseIRI: String? = nil,
                     progress: ((LoadProgress) -> Void)? = nil) throws -> LoadReport {
        var report = LoadReport()
        report.files = files
        let formats = try files.map { file -> RDFFormat in
            guard let f = format ?? RDFFormat(fileName: file) else { throw LoadError.unknownFormat(file: file) }
            return f
        }
        let sizes = files.map { fileSize($0) }
        let total = sizes.reduce(0, +)
        // Blank-node labels are scoped per file and per load, so `_:b1` of two files never meet.
        let loadScope = "b" + String(UInt64.random(in: 0...UInt64.max), radix: 36)
        // raptor2 parses on its own thread while this one encodes and buffers (two cores).
        let pipe = QuadPipe()
        let parse = ParseJob(files: files, formats: formats, sizes: sizes, total: total, baseIRI: baseIRI, graph: graph,
                             scope: loadScope, progress: progress)
        let producer = Thread { parse.run(into: pipe) }
        producer.stackSize = 8 << 20
        producer.start()
        let summary: BulkLoadSummary
        do {
            summary = try store.bulkLoad { loader in
                while let batch = try pipe.pop() {
                    for quad in batch { try loader.add(quad) }
                }
            }
        } catch {
            // Whatever failed, the parsing thread must not outlive the load.
            pipe.cancelAndWait()
            throw error
        }
        report.bytesRead = total
        report.quadsRead = summary.quadsRead
        report.quadsAdded = summary.quadsAdded
        report.termsAdded = summary.termsAdded
        report.phases = (summary.readSeconds, summary.sortSeconds, summary.ingestSeconds)
        return report
    }
}

#if canImport(Glibc)
import Glibc
#endif

func fileSize(_ path: String) -> Int {
    var st = stat()
    return stat(path, &st) == 0 ? Int(st.st_size) : 0
}

/// Parses the files of one load, in order, and feeds their quads to a ``QuadPipe``.
final class ParseJob: @unchecked Sendable {
    let files: [String]
    let formats: [RDFFormat]
    let sizes: [Int]
    let total: Int
    let baseIRI: String?
    let graph: GraphName
    let scope: String
    /// Called only from the parsing thread.
    let progress: ((LoadProgress) -> Void)?
    static let batchSize = 4096

    init(files: [String], formats: [RDFFormat], sizes: [Int], total: Int, baseIRI: String?, graph: GraphName, scope: String,
         progress: ((LoadProgress) -> Void)?) {
        self.files = files
        self.formats = formats
        self.sizes = sizes
        self.total = total
        self.baseIRI = baseIRI
        self.graph = graph
        self.scope = scope
        self.progress = progress
    }

    func run(into pipe: QuadPipe) {
        var before = 0
        var parsed = 0
        var batch: [Quad] = []
        batch.reserveCapacity(Self.batchSize)
        do {
            for (i, file) in files.enumerated() {
                let parser = RDFParser(format: formats[i], baseIRI: baseIRI, blankNodeScope: "\(scope)f\(i)_", defaultGraph: graph)
                try parser.parse(file: file, progress: { bytes in
                    self.progress?(LoadProgress(file: file, bytesRead: before + bytes, bytesTotal: self.total, quadsRead: parsed))
                }) { quad in
                    batch.append(quad)
                    parsed += 1
                    if batch.count == Self.batchSize {
                        guard pipe.push(batch) else { throw LoadCancelled() }
                        batch.removeAll(keepingCapacity: true)
                    }
                }
                before += sizes[i]
            }
            if !batch.isEmpty, !pipe.push(batch) { throw LoadCancelled() }
            pipe.finish(error: nil)
        } catch {
            pipe.finish(error: error)
        }
    }
}
