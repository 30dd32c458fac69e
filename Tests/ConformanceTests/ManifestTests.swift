import Testing
import RDFModel
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The manifest reader itself, on manifests of both families (RDF syntax and SPARQL).
@Suite("W3C manifest reader")
struct ManifestTests {
    @Test func rdfTestHasItsFieldsAndAssumedBase() throws {
        try #require(W3CTestSuites.isAvailable)
        let manifest = try Manifest(path: W3CTestSuites.path("rdf/rdf11/rdf-turtle/manifest.ttl"))
        #expect(manifest.label == "Turtle tests")
        #expect(manifest.assumedTestBase == "https://w3c.github.io/rdf-tests/rdf/rdf11/rdf-turtle/")
        #expect(manifest.tests.count == 313)

        let first = try #require(manifest.tests.first)
        #expect(first.name == "IRI_subject")
        #expect(first.iri == manifest.url + "#IRI_subject")
        #expect(first.type == IRI(RDFT.namespace + "TestTurtleEval"))
        #expect(first.approval == RDFT.Approved)
        let action = try #require(first.action)
        #expect(first.assumedBaseIRI(for: action) == "https://w3c.github.io/rdf-tests/rdf/rdf11/rdf-turtle/IRI_subject.ttl")
        let input = try #require(first.actionFile)
        #expect(input.hasSuffix("/rdf-turtle/IRI_subject.ttl"))
        #expect(access(input, R_OK) == 0)
        #expect(first.resultFile?.hasSuffix("/rdf-turtle/IRI_spo.nt") == true)
    }

    @Test func rdfXMLFilesInSubfoldersKeepTheirPathUnderTheBase() throws {
        try #require(W3CTestSuites.isAvailable)
        let manifest = try Manifest(path: W3CTestSuites.path("rdf/rdf11/rdf-xml/manifest.ttl"))
        let test = try #require(manifest.tests.first { $0.name == "xmlbase-test013" })
        #expect(test.assumedBaseIRI(for: try #require(test.action)) == "https://w3c.github.io/rdf-tests/rdf/rdf11/rdf-xml/xmlbase/test013.rdf")
    }

    @Test func sparqlManifestsIncludeAndDescribeActions() throws {
        try #require(W3CTestSuites.isAvailable)
        let all = try Manifest(path: W3CTestSuites.path("sparql/sparql11/manifest-all.ttl"))
        #expect(all.tests.isEmpty)
        #expect(all.includes.count > 20)
        let bind = try #require(all.includes.first { $0.label == "BIND" })
        #expect(bind.tests.count == 10)
        let bind01 = try #require(bind.tests.first)
        #expect(bind01.name == "bind01 - BIND")
        #expect(bind01.type == MF.QueryEvaluationTest)
        #expect(bind01.approval == DAWGT.Approved)
        #expect(bind01.action?.isBlank == true)
        #expect(bind01.actionValue(QT.query).flatMap(W3CTestSuites.filePath(of:))?.hasSuffix("/bind/bind01.rq") == true)
        #expect(bind01.actionValues(QT.data).count == 1)
        #expect(bind01.resultFile?.hasSuffix("/bind/bind01.srx") == true)
        // No assumed base in SPARQL manifests: a file is published under its own URL.
        let query = try #require(bind01.actionValue(QT.query))
        #expect(bind01.assumedBaseIRI(for: query) == query.iriValue?.value)
        #expect(all.allTests.count > 300)

        let sparql10 = try Manifest(path: W3CTestSuites.path("sparql/sparql10/manifest.ttl"))
        #expect(sparql10.allTests.count >= 283)
    }

    @Test func listsAndLookups() {
        let ex = "http://example.org/"
        let list = [Term.blank("l1"), .blank("l2")]
        let graph = ManifestGraph([
            Triple(.iri(ex + "m"), .iri(MF.entries.value), list[0]),
            Triple(list[0], .iri(RDF.first.value), .iri(ex + "a")),
            Triple(list[0], .iri(RDF.rest.value), list[1]),
            Triple(list[1], .iri(RDF.first.value), .iri(ex + "b")),
            Triple(list[1], .iri(RDF.rest.value), .iri(RDF.nil.value)),
            Triple(.iri(ex + "a"), .iri(MF.name.value), .literal(Literal("A"))),
        ])
        #expect(graph.list(graph.object(.iri(ex + "m"), MF.entries)!) == [.iri(ex + "a"), .iri(ex + "b")])
        #expect(graph.list(.iri(RDF.nil.value)).isEmpty)
        #expect(graph.string(.iri(ex + "a"), MF.name) == "A")
        #expect(graph.subjects(MF.name, .literal(Literal("A"))) == [.iri(ex + "a")])
        #expect(graph.properties(of: .iri(ex + "a")).map(\.predicate) == [MF.name])
    }
}
