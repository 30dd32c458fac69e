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
        let summary = try store.bulkLoad { loader in
            var before = 0
            for (i, file) in files.enumerated() {
                let parser = RDFParser(format: formats[i], baseIRI: baseIRI, blankNodeScope: "\(loadScope)f\(i)_", defaultGraph: graph)
                try parser.parse(file: file, progress: { bytes in
                    progress?(LoadProgress(file: file, bytesRead: before + bytes, bytesTotal: total, quadsRead: loader.quadsRead))
                }) { quad in
                    try loader.add(quad)
                }
                before += sizes[i]
            }
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
