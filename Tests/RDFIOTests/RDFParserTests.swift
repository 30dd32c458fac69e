import Dispatch
import Testing
import RDFIO
import RDFModel
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

private let ex = "http://example.org/"

/// Writes `text` to a fresh temporary file and returns its path.
private func temporaryFile(_ text: String, suffix: String) throws -> String {
    var template = Array("/tmp/citykg-rdfio-XXXXXX\(suffix)".utf8CString)
    let fd = template.withUnsafeMutableBufferPointer { mkstemps($0.baseAddress!, Int32(suffix.utf8.count)) }
    try #require(fd >= 0)
    let bytes = Array(text.utf8)
    let written = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
    close(fd)
    try #require(written == bytes.count)
    return String(cString: template.map { $0 })
}

@Suite("RDFParser")
struct RDFParserTests {
    // MARK: - Errors

    /// raptor's N-Triples parser only logs a bad line and returns success; the parse must throw.
    @Test func nTriplesErrorReportedOnlyInTheLogFailsTheParse() throws {
        let text = """
        <\(ex)s> <\(ex)p> "one" .
        <\(ex)s> <\(ex)p> "two" .
        <\(ex)s> <\(ex)p> "three .
        <\(ex)s> <\(ex)p> "four" .

        """
        let path = try temporaryFile(text, suffix: ".nt")
        defer { unlink(path) }
        let error = try #require(throws: RDFParseError.self) {
            try RDFParser(format: .ntriples).quads(file: path)
        }
        #expect(error.line == 3)
        #expect(error.file == path)
        #expect(throws: RDFParseError.self) { try RDFParser(format: .nquads).quads(string: text) }
    }

    /// raptor 2.0.15's Turtle parser (a bison grammar) reports the line of a syntax error but
    /// no column (its locator column stays -1), so `column` is nil there; the N-Triples parser
    /// reports both.
    @Test func syntaxErrorsHaveLineAndColumn() throws {
        let turtle = """
        @prefix ex: <\(ex)> .
        ex:s ex:p ex:o .
        ex:s ex:p ex:o ex:oops .
        """
        let error = try #require(throws: RDFParseError.self) {
            try RDFParser(format: .turtle, baseIRI: ex).quads(string: turtle, name: "people.ttl")
        }
        #expect(error.line == 3)
        #expect(error.column == nil)
        #expect(error.description.hasPrefix("people.ttl:3: syntax error"))

        let ntriples = "<\(ex)s> <\(ex)p> <\(ex)o> .\n<\(ex)s>   <\(ex)p> bad .\n"
        let ntError = try #require(throws: RDFParseError.self) {
            try RDFParser(format: .ntriples).quads(string: ntriples)
        }
        #expect(ntError.line == 2)
        #expect(ntError.column == 49)  // the `b` of `bad`, counting from 1
        let first = try #require(throws: RDFParseError.self) {
            try RDFParser(format: .ntriples).quads(string: "bad <\(ex)p> <\(ex)o> .\n")
        }
        #expect(first.line == 1)
        #expect(first.column == 1)
    }

    @Test func errorThrownByTheHandlerStopsTheParse() throws {
        struct Stop: Error {}
        var seen = 0
        #expect(throws: Stop.self) {
            try RDFParser(format: .ntriples).parse(string: "<\(ex)a> <\(ex)p> <\(ex)b> .\n<\(ex)a> <\(ex)p> <\(ex)c> .\n") { _ in
                seen += 1
                throw Stop()
            }
        }
        #expect(seen == 1)
    }

    /// raptor turns `"\uD800"` (a lone surrogate, invalid in RDF) into invalid UTF-8 without error.
    @Test func escapedLoneSurrogateIsRejected() throws {
        #expect(throws: RDFParseError.self) {
            try RDFParser(format: .turtle, baseIRI: ex).quads(string: "<\(ex)s> <\(ex)p> \"\\uD800\" .")
        }
        #expect(throws: RDFParseError.self) {
            try RDFParser(format: .turtle, baseIRI: ex).quads(string: "<\(ex)s> <\(ex)p> <\\uDFFF> .")
        }
        let ok = try RDFParser(format: .turtle, baseIRI: ex).quads(string: "<\(ex)s> <\(ex)p> \"\\u00E9\\U0001F600 张\" .")
        #expect(ok.first?.object == .literal(Literal("é😀 张")))
    }

    // MARK: - Terms

    @Test func xsdStringAndPlainLiteralAreTheSameTerm() throws {
        let quads = try RDFParser(format: .ntriples).quads(string: """
        <\(ex)s> <\(ex)p> "x"^^<http://www.w3.org/2001/XMLSchema#string> .
        <\(ex)s> <\(ex)p> "x" .

        """)
        #expect(quads.count == 2)
        #expect(quads[0] == quads[1])
        #expect(quads[0].object.literal?.isSimple == true)
    }

    @Test func languageTagsAreLowercased() throws {
        let quads = try RDFParser(format: .turtle, baseIRI: ex).quads(string: "<\(ex)s> <\(ex)p> \"chat\"@FR-be .")
        #expect(quads.first?.object == .literal(Literal("chat", language: "fr-be")))
    }

    @Test func relativeIRIsResolveAgainstTheBase() throws {
        let quads = try RDFParser(format: .turtle, baseIRI: "http://example.org/dir/file.ttl")
            .quads(string: "<#s> <p> <../o> .")
        #expect(quads == [Quad(.iri("http://example.org/dir/file.ttl#s"), .iri("http://example.org/dir/p"), .iri("http://example.org/o"))])
    }

    // MARK: - Blank nodes

    @Test func blankNodeScopesKeepLoadsApart() throws {
        let text = "_:b1 <\(ex)p> \"v\" .\n"
        let first = try RDFParser(format: .ntriples, blankNodeScope: "load1-").quads(string: text)
        let second = try RDFParser(format: .ntriples, blankNodeScope: "load2-").quads(string: text)
        #expect(first[0].subject == .blank("load1-b1"))
        #expect(second[0].subject == .blank("load2-b1"))
        #expect(Set(first + second).count == 2)
        #expect(try RDFParser(format: .ntriples).quads(string: text)[0].subject == .blank("b1"))
    }

    /// raptor names `[]` nodes `genid1`, `genid2`, ... which used to merge with a node the
    /// document itself called `_:genid1`.
    @Test func generatedBlankNodesNeverMeetDocumentLabels() throws {
        let turtle = try RDFParser(format: .turtle, baseIRI: ex)
            .quads(string: "_:genid1 <\(ex)p> [ <\(ex)q> 1 ] .")
        #expect(turtle.count == 2)
        #expect(turtle.contains { $0.subject == .blank("genid1") })
        #expect(Set(turtle.map(\.subject)).count == 2)

        let xml = try RDFParser(format: .rdfxml, baseIRI: ex).quads(string: """
        <?xml version="1.0"?>
        <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:e="\(ex)">
          <rdf:Description rdf:nodeID="genid1"><e:p><rdf:Description><e:q>1</e:q></rdf:Description></e:p></rdf:Description>
        </rdf:RDF>
        """)
        #expect(xml.count == 2)
        #expect(Set(xml.map(\.subject)).count == 2)
    }

    @Test func blankGraphNamesInNQuads() throws {
        let quads = try RDFParser(format: .nquads, blankNodeScope: "s-").quads(string: "<\(ex)s> <\(ex)p> <\(ex)o> _:g .\n<\(ex)s> <\(ex)p> <\(ex)o> .\n")
        #expect(quads.map(\.graph) == [.named(.blank("s-g")), .defaultGraph])
        let custom = try RDFParser(format: .ntriples, defaultGraph: .named(.iri("\(ex)g"))).quads(string: "<\(ex)s> <\(ex)p> <\(ex)o> .\n")
        #expect(custom.first?.graph == .named(.iri("\(ex)g")))
    }

    // MARK: - Formats

    @Test func rdfXMLParses() throws {
        let quads = try RDFParser(format: .rdfxml, baseIRI: "http://example.org/doc").quads(string: """
        <?xml version="1.0"?>
        <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
                 xmlns:e="http://example.org/ns#" xml:lang="de-AT">
          <e:Department rdf:about="#planning">
            <e:name>Stadtplanung</e:name>
            <e:budget rdf:datatype="http://www.w3.org/2001/XMLSchema#integer">42</e:budget>
            <e:head rdf:parseType="Resource"><e:name xml:lang="en">Anna</e:name></e:head>
          </e:Department>
        </rdf:RDF>
        """)
        let dept = Term.iri("http://example.org/doc#planning")
        #expect(quads.contains(Quad(dept, .iri(RDF.type.value), .iri("http://example.org/ns#Department"))))
        #expect(quads.contains(Quad(dept, .iri("http://example.org/ns#name"), .literal(Literal("Stadtplanung", language: "de-at")))))
        #expect(quads.contains(Quad(dept, .iri("http://example.org/ns#budget"), .literal(Literal("42", datatype: XSD.integer)))))
        #expect(quads.contains { $0.subject.isBlank && $0.object == .literal(Literal("Anna", language: "en")) })
        #expect(quads.count == 5)
        #expect(throws: RDFParseError.self) {
            try RDFParser(format: .rdfxml, baseIRI: ex).quads(string: "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"><rdf:Description rdf:about=\"x\">")
        }
    }

    /// Overlapping parses used to crash inside libxml2: freeing a raptor world runs
    /// `xmlCleanupParser()`, which pulled libxml2's global state from under the other parse.
    @Test func parsesOnManyThreadsAtOnce() throws {
        let xml = """
        <?xml version="1.0"?>
        <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:e="\(ex)">
          <rdf:Description rdf:about="\(ex)s"><e:p>v</e:p><e:q><rdf:Description/></e:q></rdf:Description>
        </rdf:RDF>
        """
        let turtle = "@prefix e: <\(ex)> . e:s e:p ( 1 2 [ e:q 3 ] ) ."
        let failures = Counter()
        DispatchQueue.concurrentPerform(iterations: 8) { worker in
            for round in 0 ..< 40 {
                do {
                    if (worker + round) % 2 == 0 {
                        if try RDFParser(format: .rdfxml, baseIRI: ex).quads(string: xml).count != 2 { failures.add() }
                    } else {
                        if try RDFParser(format: .turtle, baseIRI: ex).quads(string: turtle).count != 8 { failures.add() }
                    }
                } catch {
                    failures.add()
                }
            }
        }
        #expect(failures.value == 0)
    }

    /// Errors of broken RDF/XML parsed on some threads never fail the valid parses running on
    /// others (libxml2 routes some errors through per-thread handlers), and every broken
    /// document is still rejected.
    @Test func brokenXMLOnOtherThreadsDoesNotFailValidParses() {
        let good = """
        <?xml version="1.0"?>
        <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:e="\(ex)">
          <rdf:Description rdf:about="\(ex)s"><e:p>v</e:p></rdf:Description>
        </rdf:RDF>
        """
        let broken = [
            "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"><rdf:Description rdf:about=\"x\">",
            "<?xml version=\"1.0\"?>\n<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"></rdf:RDF><extra/>",
            "<a><b></a>",
            "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">&undefined;</rdf:RDF>",
        ]
        let goodFailures = Counter()
        let brokenAccepted = Counter()
        DispatchQueue.concurrentPerform(iterations: 6) { worker in
            for round in 0 ..< 60 {
                if worker % 2 == 0 {
                    if (try? RDFParser(format: .rdfxml, baseIRI: ex).quads(string: good))?.count != 1 { goodFailures.add() }
                } else if (try? RDFParser(format: .rdfxml, baseIRI: ex).quads(string: broken[round % broken.count])) != nil {
                    brokenAccepted.add()
                }
            }
        }
        #expect(goodFailures.value == 0)
        #expect(brokenAccepted.value == 0)
    }
}

/// A thread-safe counter for the concurrency test.
private final class Counter: @unchecked Sendable {
    private var count = 0
    private var mutex = pthread_mutex_t()
    init() { pthread_mutex_init(&mutex, nil) }
    func add() {
        pthread_mutex_lock(&mutex)
        count += 1
        pthread_mutex_unlock(&mutex)
    }
    var value: Int {
        pthread_mutex_lock(&mutex)
        defer { pthread_mutex_unlock(&mutex) }
        return count
    }
}
