import CityKG
import Foundation
import RDFModel
import Testing

@Suite("citykg query and citykg update")
struct QueryUpdateCommandTests {
    @Test("update writes, query reads it back in each result format")
    func updateThenQuery() throws {
        let folder = ScratchFolder()
        defer { folder.cleanup() }
        let db = folder.file("db")
        let update = try runCityKG(["update", "--db", db, prologue + "INSERT DATA { :zhang :name \"张伟\"@zh . :li :name \"Li Na\" }"])
        #expect(update.status == 0, "\(update.error)")
        #expect(update.output.contains("2 inserted"))
        let query = prologue + "SELECT ?name WHERE { ?s :name ?name } ORDER BY ?s"
        let csv = try runCityKG(["query", "--db", db, "--format", "csv", query])
        #expect(csv.output == "name\r\nLi Na\r\n张伟\r\n", "\(csv.error)")
        let tsv = try runCityKG(["query", "--db", db, "--format", "tsv", query])
        #expect(tsv.output == "?name\n\"Li Na\"\n\"张伟\"@zh\n", "\(tsv.error)")
        let json = try runCityKG(["query", "--db", db, query])   // not a terminal: JSON
        #expect(json.output.contains("\"xml:lang\""), "\(json.error)")
        let ask = try runCityKG(["query", "--db", db, "--format", "xml", prologue + "ASK { :zhang ?p ?o }"])
        #expect(ask.output.contains("<boolean>true</boolean>"), "\(ask.error)")
    }

    @Test("the table counts a CJK character as two columns")
    func tableAlignment() throws {
        let folder = ScratchFolder()
        defer { folder.cleanup() }
        let db = folder.file("db")
        _ = try runCityKG(["update", "--db", db, prologue + "INSERT DATA { :a :name \"张伟\" . :b :name \"Li\" }"])
        let table = try runCityKG(["query", "--db", db, "--format", "table", prologue + "SELECT ?name WHERE { ?s :name ?name } ORDER BY ?name"])
        #expect(table.status == 0, "\(table.error)")
        let lines = table.output.split(separator: "\n").map(String.init)
        let widths = Set(lines.map { line in line.unicodeScalars.reduce(0) { $0 + (($1.value >= 0x4E00 && $1.value <= 0x9FFF) ? 2 : 1) } })
        #expect(lines.count >= 5)
        #expect(widths.count == 1, "rows of unequal display width:\n\(table.output)")
    }

    @Test("queries and updates can come from files; CONSTRUCT writes N-Triples or Turtle")
    func files() throws {
        let folder = ScratchFolder()
        defer { folder.cleanup() }
        let db = folder.file("db")
        let ru = try folder.write("u.ru", prologue + "INSERT DATA { GRAPH :g1 { :a :p :b } }")
        let rq = try folder.write("q.rq", prologue + "CONSTRUCT { ?o :inverse ?s } WHERE { GRAPH :g1 { ?s :p ?o } }")
        #expect(try runCityKG(["update", "--db", db, "-f", ru]).status == 0)
        let nt = try runCityKG(["query", "--db", db, "-f", rq])
        #expect(nt.output == "<http://example.org/b> <http://example.org/inverse> <http://example.org/a> .\n", "\(nt.error)")
        let union = try runCityKG(["query", "--db", db, "--union-default-graph", "--format", "csv", prologue + "SELECT ?o { :a :p ?o }"])
        #expect(union.output == "o\r\nhttp://example.org/b\r\n", "\(union.error)")
    }

    @Test("a syntax error exits non-zero and says where; a failed update changes nothing")
    func errors() throws {
        let folder = ScratchFolder()
        defer { folder.cleanup() }
        let db = folder.file("db")
        let bad = try runCityKG(["query", "--db", db, "SELECT ?s WHERE { ?s ?p }"])
        #expect(bad.status != 0)
        #expect(bad.error.contains("1:"), "\(bad.error)")
        let failed = try runCityKG(["update", "--db", db, "INSERT DATA { <urn:a> <urn:p> 1 } ; CREATE GRAPH <urn:g> ; CREATE GRAPH <urn:g>"])
        #expect(failed.status != 0)
        #expect(try KnowledgeGraph(path: db).allQuads.isEmpty)
    }
}
