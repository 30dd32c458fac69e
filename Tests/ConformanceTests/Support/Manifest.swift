import RDFIO
import RDFModel
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A W3C test manifest (`mf:Manifest`): its tests in `mf:entries` order and the manifests it
/// pulls in with `mf:include`.
///
/// Each manifest is read with RDFParser as Turtle, with its own `file://` URL as the base, so
/// the relative IRIs of actions and results become `file://` URLs of files in the suite.
///
/// ```swift
/// let manifest = try Manifest(path: W3CTestSuites.path("rdf/rdf11/rdf-turtle/manifest.ttl"))
/// for test in manifest.allTests where test.isType(RDFT.namespace + "TestTurtleEval") {
///     let input = test.actionFile!            // a path
///     let base = test.assumedBaseIRI(for: test.action!)
/// }
/// ```
struct Manifest: Sendable {
    /// The manifest file.
    let path: String
    /// Its `file://` URL, the base of its relative IRIs.
    let url: String
    /// Every triple of the manifest file.
    let graph: ManifestGraph
    /// The manifest's node (`<>`).
    let node: Term
    /// `rdfs:label`, if any.
    let label: String?
    /// `mf:assumedTestBase` (RDF suites): the published URL of the manifest's folder.
    let assumedTestBase: String?
    /// The manifests listed in `mf:include`, read recursively, in order.
    let includes: [Manifest]
    /// The tests listed in `mf:entries`, in order.
    let tests: [ManifestTest]

    /// Reads a manifest and everything it includes.
    init(path: String) throws {
        let resolved = W3CTestSuites.realPath(path)
        self.path = resolved
        url = RDFParser.fileURL(for: resolved)
        let parser = RDFParser(format: .turtle, baseIRI: url)
        graph = ManifestGraph(try parser.quads(file: resolved).map(\.triple))
        let me = Term.iri(url)
        let typed = graph.subjects(RDF.type, .iri(MF.Manifest))
        node = typed.contains(me) ? me : (typed.first ?? me)
        label = graph.string(node, RDFS.label)
        assumedTestBase = graph.object(node, MF.assumedTestBase)?.iriValue?.value
        includes = try graph.objects(node, MF.include).flatMap(graph.list).compactMap { term in
            guard let iri = term.iriValue else { return nil }
            return try Manifest(path: W3CTestSuites.filePath(fromURL: iri.value))
        }
        var tests: [ManifestTest] = []
        for entry in graph.objects(node, MF.entries).flatMap(graph.list) {
            tests.append(ManifestTest(node: entry, graph: graph, manifestURL: url, assumedTestBase: assumedTestBase))
        }
        self.tests = tests
    }

    /// The tests of this manifest and, after them, those of every included manifest, depth first.
    var allTests: [ManifestTest] {
        tests + includes.flatMap(\.allTests)
    }

    /// The folder URL of the manifest, ending in `/`.
    var folderURL: String { String(url[...url.lastIndex(of: "/")!]) }
}

/// One entry of a manifest's `mf:entries`.
struct ManifestTest: Sendable, CustomStringConvertible {
    /// The test's node: usually an IRI such as `file:///.../manifest.ttl#IRI_subject`.
    let node: Term
    /// The manifest graph the test was read from, for looking up any other property.
    let graph: ManifestGraph
    /// The `file://` URL of the manifest the test comes from.
    let manifestURL: String
    /// The manifest's `mf:assumedTestBase`, if any.
    let assumedTestBase: String?

    /// `mf:name`, or the IRI's fragment when there is none.
    var name: String {
        if let n = graph.string(node, MF.name) { return n }
        if let iri = node.iriValue?.value, let hash = iri.lastIndex(of: "#") { return String(iri[iri.index(after: hash)...]) }
        return node.ntriples
    }

    /// The test's IRI (nil when the test is a blank node).
    var iri: String? { node.iriValue?.value }

    /// Every `rdf:type` of the test.
    var types: [IRI] { graph.objects(node, RDF.type).compactMap(\.iriValue) }

    /// The first `rdf:type`, which is the test kind in every W3C suite.
    var type: IRI? { types.first }

    /// True when one of the test's types has this IRI.
    func isType(_ iri: String) -> Bool { types.contains(IRI(iri)) }

    /// `mf:action`: a file IRI (syntax suites) or a blank node with properties (SPARQL suites).
    var action: Term? { graph.object(node, MF.action) }

    /// `mf:result`: usually a file IRI, a blank node for update tests.
    var result: Term? { graph.object(node, MF.result) }

    /// `rdft:approval` or `dawgt:approval`, if any.
    var approval: IRI? { (graph.object(node, RDFT.approval) ?? graph.object(node, DAWGT.approval))?.iriValue }

    /// `rdfs:comment`, if any.
    var comment: String? { graph.string(node, RDFS.comment) }

    /// All values of a property of the action node (for example `qt:graphData`).
    func actionValues(_ predicate: IRI) -> [Term] {
        guard let action else { return [] }
        return graph.objects(action, predicate)
    }

    /// One value of a property of the action node (for example `qt:query`).
    func actionValue(_ predicate: IRI) -> Term? { actionValues(predicate).first }

    /// The local path of the action, when it is a `file://` IRI.
    var actionFile: String? { action.flatMap(W3CTestSuites.filePath(of:)) }

    /// The local path of the result, when it is a `file://` IRI.
    var resultFile: String? { result.flatMap(W3CTestSuites.filePath(of:)) }

    /// The IRI a file of this test is published under: `mf:assumedTestBase` followed by the
    /// file's path relative to the manifest's folder, or the file's own URL when the manifest
    /// gives no assumed base (N-Triples, N-Quads and the SPARQL suites).
    func assumedBaseIRI(for file: Term) -> String? {
        guard let url = file.iriValue?.value else { return nil }
        let folder = String(manifestURL[...manifestURL.lastIndex(of: "/")!])
        guard let assumedTestBase, url.hasPrefix(folder) else { return url }
        return assumedTestBase + url.dropFirst(folder.count)
    }

    var description: String { name }
}

// MARK: - Where the suites live

/// The location of the W3C test suites: `<repository root>/../shared/w3c`, found from this
/// source file's path, or the `CITYKG_W3C_DIR` environment variable when set.
enum W3CTestSuites {
    /// The repository root: three folders above `Tests/ConformanceTests/Support/`.
    static let repositoryRoot: String = {
        var path = realPath("\(#filePath)")
        for _ in 0 ..< 4 {
            path = String(path[..<(path.lastIndex(of: "/") ?? path.endIndex)])
        }
        return path
    }()

    /// The folder holding `rdf/` and `sparql/`.
    static let root: String = {
        if let env = getenv("CITYKG_W3C_DIR") { return realPath(String(cString: env)) }
        return realPath(repositoryRoot + "/../shared/w3c")
    }()

    /// True when the suites are present.
    static var isAvailable: Bool { access(root + "/rdf/rdf11", F_OK) == 0 }

    /// A path inside the suites, from a path relative to their root.
    static func path(_ relative: String) -> String { root + "/" + relative }

    /// The local path of a `file://` IRI term, or nil for other terms.
    static func filePath(of term: Term) -> String? {
        guard let iri = term.iriValue?.value, iri.hasPrefix("file://") else { return nil }
        return filePath(fromURL: iri)
    }

    /// The local path of a `file://` URL, percent-decoded and without any fragment.
    static func filePath(fromURL url: String) -> String {
        var rest = Substring(url)
        if rest.hasPrefix("file://") { rest = rest.dropFirst(7) }
        if let hash = rest.firstIndex(of: "#") { rest = rest[..<hash] }
        var bytes: [UInt8] = []
        var utf8 = Array(rest.utf8)[...]
        while let b = utf8.popFirst() {
            if b == UInt8(ascii: "%"), utf8.count >= 2,
               let v = UInt8(String(decoding: utf8.prefix(2), as: UTF8.self), radix: 16) {
                bytes.append(v)
                utf8 = utf8.dropFirst(2)
            } else {
                bytes.append(b)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The canonical absolute path (symbolic links and `..` resolved); the input when it does not exist.
    static func realPath(_ path: String) -> String {
        guard let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
