import Foundation
import QuadStore
import RDFModel
import SPARQLEngine
import SPARQLSyntax

/// What one update request did.
public struct UpdateReport: Sendable {
    /// Operations run.
    public var operations = 0
    /// Quads that were stored and are now gone.
    public var quadsDeleted = 0
    /// Quads that are new to the store.
    public var quadsInserted = 0
    /// Wall-clock seconds, parse to commit.
    public var seconds = 0.0
}

extension KnowledgeGraph {
    /// Runs a SPARQL 1.1 Update request atomically: every operation sees the effects of the
    /// ones before it, and the store changes only if all of them succeed, in one write.
    ///
    /// ```swift
    /// let report = try kg.update("""
    ///     PREFIX ex: <http://example.org/>
    ///     INSERT DATA { ex:a ex:p 1 } ;
    ///     DELETE { ?s ex:p ?o } INSERT { ?s ex:q ?o } WHERE { ?s ex:p ?o }
    ///     """)
    /// ```
    ///
    /// - Parameters:
    ///   - baseIRI: resolves relative IRIs when the request has no BASE.
    ///   - options: limits for the WHERE clauses (a timeout applies to each one).
    /// - Throws: ``KnowledgeGraphError``: `.syntax` with the position of the error, `.update`
    ///   naming the failed operation, or `.query` when a WHERE clause could not be evaluated.
    @discardableResult
    public func update(_ text: String, baseIRI: String? = nil, options: QueryOptions = QueryOptions()) throws -> UpdateReport {
        let request: Update
        do {
            request = try SPARQLParser.parseUpdate(text, baseIRI: baseIRI)
        } catch {
            throw KnowledgeGraphError(error)
        }
        return try update(request, options: options)
    }

    /// Runs a parsed update request atomically (see ``update(_:baseIRI:options:)``).
    @discardableResult
    public func update(_ request: Update, options: QueryOptions = QueryOptions()) throws -> UpdateReport {
        let started = Date()
        // Requests through this graph are serialised, so none computes its changes from a
        // snapshot another one is about to make stale.
        return try updateLock.withLock { _ in
            let transaction = UpdateTransaction(base: store.reader())
            var context = UpdateContext(options: options, baseIRI: request.baseIRI,
                                        blankNodeScope: "u" + String(UInt64.random(in: 0...UInt64.max), radix: 36) + "_")
            for (index, operation) in request.operations.enumerated() {
                do {
                    try transaction.perform(operation, index: index, context: &context)
                } catch let failure as UpdateOperationFailure {
                    throw KnowledgeGraphError.update(operation: index, name: operation.keyword, reason: failure.reason)
                } catch let error as QueryError {
                    throw KnowledgeGraphError.query(error)
                }
            }
            let written = try transaction.commit(to: store)
            var report = UpdateReport()
            report.operations = request.operations.count
            report.quadsDeleted = written.removed
            report.quadsInserted = written.inserted
            report.seconds = Date().timeIntervalSince(started)
            return report
        }
    }
}
