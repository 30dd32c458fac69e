import SPARQLEngine
import SPARQLSyntax

/// Why a query or update request to the knowledge graph failed. Nothing was written.
///
/// Syntax errors carry where in the request text the parser stopped (offset in UTF-8 bytes,
/// 1-based line and column); update failures name the operation (0-based, in request order).
public enum KnowledgeGraphError: Error, Sendable, CustomStringConvertible {
    /// The request text is not valid SPARQL.
    case syntax(message: String, line: Int, column: Int, offset: Int)
    /// The query engine could not produce an answer (timeout, cancellation, limits, ...).
    case query(QueryError)
    /// An update operation failed, so the whole request was abandoned.
    case update(operation: Int, name: String, reason: String)

    /// Wraps a parser error, keeping its position.
    init(_ e: SPARQLSyntaxError) {
        self = .syntax(message: e.message, line: e.line, column: e.column, offset: e.offset)
    }

    public var description: String {
        switch self {
        case .syntax(let message, let line, let column, _): return "syntax error: \(message) at \(line):\(column)"
        case .query(let e): return "query failed: \(e)"
        case .update(let operation, let name, let reason): return "update failed in operation \(operation + 1) (\(name)): \(reason); nothing was changed"
        }
    }
}
