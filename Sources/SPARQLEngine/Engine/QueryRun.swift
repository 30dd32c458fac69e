import Foundation
import SPARQLResults
import SPARQLSyntax

/// One execution of one query: planning, evaluation and the result form.
final class QueryRun {
    let engine: QueryEngine
    let query: Query

    init(engine: QueryEngine, query: Query) throws {
        self.engine = engine
        self.query = query
    }

    func results() throws -> QueryResults {
        throw QueryError(.unsupported, "not implemented yet")
    }

    func explain(analyze: Bool) throws -> String {
        throw QueryError(.unsupported, "not implemented yet")
    }

    func solutionDictionaries() throws -> [[Variable: Term]] {
        throw QueryError(.unsupported, "not implemented yet")
    }
}
