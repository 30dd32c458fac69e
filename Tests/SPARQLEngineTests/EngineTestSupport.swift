import CityKG
import Foundation
import QuadStore
import RDFIO
import RDFModel
import SPARQLEngine
import SPARQLResults
import SPARQLSyntax

/// A knowledge graph in memory loaded from TriG text, with shortcuts to run queries on it.
struct EngineFixture {
    let kg: KnowledgeGraph

    /// Loads `trig` (prefix `ex:` is predeclared as `http://example.org/`).
    init(_ trig: String) throws {
        kg = KnowledgeGraph(store: QuadStore.inMemory())
        var quads: [Quad] = []
        let parser = RDFParser(format: .trig, baseIRI: "http://example.org/")
        try parser.parse(string: "@prefix ex: <http://example.org/> .\n" + trig) { quads.append($0) }
        _ = try kg.store.insert(quads)
    }

    /// Wraps existing quads.
    init(quads: [Quad]) throws {
        kg = KnowledgeGraph(store: QuadStore.inMemory())
        _ = try kg.store.insert(quads)
    }

    static let prefixes = "PREFIX ex: <http://example.org/>\nPREFIX xsd: <http://www.w3.org/2001/XMLSchema#>\n"

    /// An engine over the current data.
    func engine(_ options: QueryOptions = QueryOptions()) -> QueryEngine {
        QueryEngine(dataset: kg.dataset(), options: options)
    }

    /// Parses a query with the `ex:` and `xsd:` prefixes declared.
    func parse(_ text: String) throws -> Query {
        try SPARQLParser.parseQuery(Self.prefixes + text, baseIRI: "http://example.org/")
    }

    /// Runs a SELECT and returns each row as variable → N-Triples text.
    func rows(_ text: String, options: QueryOptions = QueryOptions()) throws -> [[String: String]] {
        let result = try engine(options).execute(parse(text)).materialized()
        guard case .solutions(_, let rows) = result else { return [] }
        return rows.map { $0.bindings.mapValues(\.ntriples) }
    }

    /// The values of one variable over the rows, in result order ("" when unbound).
    func column(_ text: String, _ variable: String, options: QueryOptions = QueryOptions()) throws -> [String] {
        try rows(text, options: options).map { $0[variable] ?? "" }
    }

    /// Runs an ASK.
    func ask(_ text: String) throws -> Bool {
        guard case .boolean(let b) = try engine().execute(parse(text)) else { return false }
        return b
    }

    /// Runs a CONSTRUCT or DESCRIBE.
    func graph(_ text: String) throws -> [Triple] {
        guard case .graph(let triples) = try engine().execute(parse(text)) else { return [] }
        return triples
    }

    /// The explained plan.
    func explain(_ text: String, analyze: Bool = false) throws -> String {
        try engine().explain(parse(text), analyze: analyze)
    }
}

/// `ex:` IRI in N-Triples form.
func ex(_ local: String) -> String { "<http://example.org/\(local)>" }

/// An integer literal in N-Triples form.
func int(_ n: Int) -> String { "\"\(n)\"^^<http://www.w3.org/2001/XMLSchema#integer>" }

/// A plain string literal in N-Triples form.
func str(_ s: String) -> String { "\"\(s)\"" }
