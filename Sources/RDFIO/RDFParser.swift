import CRaptor2
import CZlib
import RDFModel
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads RDF through raptor2 and hands every statement over as a ``Quad``.
///
/// Statements without a graph go to ``defaultGraph``. Blank-node labels are prefixed with
/// ``blankNodeScope`` so that `_:b1` in two files (or two loads) never meet. Blank nodes the
/// document does not name (`[]`, collections) get `genid:1`, `genid:2`, ... (before the
/// scope), which no label written in Turtle, TriG or RDF/XML can equal. Terms with invalid
/// UTF-8 (raptor lets `"\uD800"` through) fail the parse. Parses may run on several threads
/// at once.
///
/// ```swift
/// let parser = RDFParser(format: .turtle, baseIRI: "http://example.org/")
/// try parser.parse(file: "people.ttl") { quad in print(quad.nquads) }
/// ```
public struct RDFParser: Sendable {
    public var format: RDFFormat
    /// The base IRI; defaults to the file's `file://` URL.
    public var baseIRI: String?
    /// Prefix given to every blank-node label read.
    public var blankNodeScope: String
    /// The graph that receives triples (statements without a graph name).
    public var defaultGraph: GraphName

    /// Creates a parser.
    public init(format: RDFFormat, baseIRI: String? = nil, blankNodeScope: String = "", defaultGraph: GraphName = .defaultGraph) {
        self.format = format
        self.baseIRI = baseIRI
        self.blankNodeScope = blankNodeScope
        self.defaultGraph = defaultGraph
    }

    /// Parses a file, streaming where the format allows; gzip-compressed files (`.gz`) are
    /// decompressed on the fly.
    ///
    /// - Parameters:
    ///   - progress: called after each chunk with the number of bytes read so far.
    ///   - handler: receives each quad; an error it throws stops the parse and is rethrown.
    /// - Throws: ``RDFParseError`` for syntax and I/O errors, or what `handler` throws.
    public func parse(file path: String, progress: ((Int) -> Void)? = nil, _ handler: (Quad) throws -> Void) throws {
        // zlib reads plain files as they are and gzip files decompressed, as one stream.
        guard let gz = gzopen(path, "rb") else {
            throw RDFParseError(file: path, line: nil, column: nil, message: "cannot open file: \(String(cString: strerror(errno)))")
        }
        defer { gzclose(gz) }
        gzbuffer(gz, 1 << 18)
        let base = baseIRI ?? Self.fileURL(for: path)
        let bufferSize = 1 << 18
        let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: bufferSize)
        defer { buffer.deallocate() }
        try run(name: path, base: base, handler: handler) { session in
            while true {
                let n = gzread(gz, buffer, UInt32(bufferSize))
                var code: Int32 = 0
                let message = gzerror(gz, &code).map { String(cString: $0) } ?? "read error"
                // zlib contract: at the end of input, Z_BUF_ERROR means the gzip stream was cut
                // off in the middle; a negative count is any other error.
                if n < 0 || (n == 0 && code == Z_BUF_ERROR) {
                    throw RDFParseError(file: path, line: nil, column: nil, message: "read error: \(n == 0 ? "truncated gzip file" : message)")
                }
                try session.feed(buffer, count: Int(n), isEnd: n == 0)
                // Progress counts bytes of the file as stored (compressed for .gz).
                progress?(Int(gzoffset(gz)))
                if n == 0 { break }
            }
        }
    }

    /// Parses RDF held in memory.
    public func parse(bytes: [UInt8], name: String = "<input>", _ handler: (Quad) throws -> Void) throws {
        let base = baseIRI ?? "urn:citykg:input/"
        try run(name: name, base: base, handler: handler) { session in
            try bytes.withUnsafeBufferPointer { buf in
                try session.feed(buf.baseAddress, count: buf.count, isEnd: false)
            }
            try session.feed(nil, count: 0, isEnd: true)
        }
    }

    /// Parses RDF held in a string.
    public func parse(string: String, name: String = "<input>", _ handler: (Quad) throws -> Void) throws {
        try parse(bytes: Array(string.utf8), name: name, handler)
    }

    /// Parses everything into an array (convenient for small inputs and tests).
    public func quads(file path: String) throws -> [Quad] {
        var out: [Quad] = []
        try parse(file: path) { out.append($0) }
        return out
    }

    /// Parses a string into an array; `name` stands for the file in errors.
    public func quads(string: String, name: String = "<input>") throws -> [Quad] {
        var out: [Quad] = []
        try parse(string: string, name: name) { out.append($0) }
        return out
    }

    /// The `file://` URL of a path, made absolute.
    public static func fileURL(for path: String) -> String {
        var absolute = path
        if !path.hasPrefix("/") {
            var cwd = [CChar](repeating: 0, count: 4096)
            if getcwd(&cwd, cwd.count) != nil {
                absolute = String(decoding: cwd.prefix(while: { $0 != 0 }).map { UInt8(bitPattern: $0) }, as: UTF8.self) + "/" + path
            }
        }
        var out = "file://"
        for b in absolute.utf8 {
            switch b {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "/"), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "~"):
                out.unicodeScalars.append(Unicode.Scalar(b))
            default:
                out += "%" + String(b, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return out
    }

    private func run(name: String, base: String, handler: (Quad) throws -> Void, body: (RaptorSession) throws -> Void) throws {
        try withoutActuallyEscaping(handler) { handler in
            let session = try RaptorSession(parser: self, name: name, base: base, handler: handler)
            try withExtendedLifetime(session) {
                try body(session)
            }
        }
    }
}

extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
