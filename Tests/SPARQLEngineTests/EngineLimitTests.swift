import Foundation
import Testing
import RDFModel
import SPARQLEngine
import SPARQLResults

/// Timeouts, cancellation, result limits and bounded-memory streaming.
@Suite("Engine limits")
struct EngineLimitTests {
    static func bigFixture() throws -> EngineFixture {
        var quads: [Quad] = []
        for i in 0..<2000 {
            quads.append(Quad(.iri("http://example.org/s\(i)"), .iri("http://example.org/p"), .literal(Literal("v\(i)"))))
        }
        return try EngineFixture(quads: quads)
    }

    /// 2000³ rows: far more than any test could finish, so a query over it that ends with the
    /// expected timeout or cancellation error shows that the limit stopped the work (no wall-clock
    /// bound is asserted: the machine's load must not decide a test).
    static let crossProduct = "SELECT * WHERE { ?a ex:p ?x . ?b ex:p ?y . ?c ex:p ?z }"

    @Test func timeoutStopsAHugeCrossProduct() throws {
        let f = try Self.bigFixture()
        var options = QueryOptions()
        options.timeout = 0.3
        #expect {
            _ = try f.engine(options).execute(f.parse(Self.crossProduct)).materialized()
        } throws: { ($0 as? QueryError)?.kind == .timeout }
    }

    @Test func timeoutStopsASort() throws {
        let f = try Self.bigFixture()
        var options = QueryOptions()
        options.timeout = 0.3
        #expect(throws: QueryError.self) {
            _ = try f.engine(options).execute(f.parse(Self.crossProduct + " ORDER BY ?z")).materialized()
        }
    }

    @Test func cancelStopsARunningQuery() throws {
        let f = try Self.bigFixture()
        let engine = f.engine()
        let query = try f.parse(Self.crossProduct)
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.3) { engine.cancel() }
        #expect {
            _ = try engine.execute(query).materialized()
        } throws: { ($0 as? QueryError)?.kind == .cancelled }
    }

    @Test func maxResultsThrows() throws {
        let f = try Self.bigFixture()
        var options = QueryOptions()
        options.maxResults = 100
        #expect {
            _ = try f.engine(options).execute(f.parse("SELECT * WHERE { ?s ex:p ?o }")).materialized()
        } throws: { ($0 as? QueryError)?.kind == .resultTooLarge }
    }

    @Test func streamedResultsAreLazy() throws {
        let f = try Self.bigFixture()
        let result = try f.engine().execute(f.parse(Self.crossProduct))
        guard case .stream(let variables, let rows) = result else {
            Issue.record("SELECT should stream")
            return
        }
        #expect(variables.count == 6)
        // Reading the first rows of an 8-billion-row result is instant because nothing is materialized.
        var n = 0
        for _ in rows {
            n += 1
            if n == 1000 { break }
        }
        #expect(n == 1000)
    }
}
