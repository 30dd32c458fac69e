import Foundation
import RDFIO
import RDFModel
@testable import SPARQLEngine

// Short constructors for the function-library tests.

func typed(_ lexical: String, _ datatype: IRI) -> Term { .literal(Literal(lexical, datatype: datatype)) }
func int(_ lexical: String) -> Term { typed(lexical, XSD.integer) }
func dec(_ lexical: String) -> Term { typed(lexical, XSD.decimal) }
func dbl(_ lexical: String) -> Term { typed(lexical, XSD.double) }
func flt(_ lexical: String) -> Term { typed(lexical, XSD.float) }
func plain(_ lexical: String) -> Term { .literal(Literal(lexical)) }
func xstr(_ lexical: String) -> Term { typed(lexical, XSD.string) }
func lang(_ lexical: String, _ tag: String) -> Term { .literal(Literal(lexical, language: tag)) }
func bool(_ value: Bool) -> Term { Term.boolean(value) }
func dateTime(_ lexical: String) -> Term { typed(lexical, XSD.dateTime) }

/// Runs a throwing function and gives nil on error, the way the evaluator treats errors.
func attempt(_ f: () throws(ExpressionError) -> Term) -> Term? {
    do { return try f() } catch { return nil }
}

private let turtleLock = NSLock()

/// The triples of a Turtle file, parsed under a lock: raptor's library-wide state is not meant
/// to be driven from several test threads at once.
func loadTurtle(_ path: String) throws -> [Triple] {
    turtleLock.lock()
    defer { turtleLock.unlock() }
    var triples: [Triple] = []
    try RDFParser(format: .turtle).parse(file: path) { triples.append($0.triple) }
    return triples
}
