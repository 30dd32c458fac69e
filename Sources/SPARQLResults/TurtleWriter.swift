import RDFModel

/// Writes Turtle (RDF 1.1): `@prefix` lines, IRIs as prefixed names where possible, `a` for
/// `rdf:type`, short forms for numbers and booleans, and consecutive triples with the same
/// subject joined with `;` (same predicate with `,`).
///
/// ```swift
/// var w = TurtleWriter()
/// let text = w.serialize(triples, prefixes: ["ex": "http://example.org/"])
/// ```
public struct TurtleWriter: GraphWriter {
    private var syntax = TermSyntax()
    private var subject: Term?
    private var predicate: Term?

    /// Creates a writer.
    public init() {}

    /// Starts the document (prefix declarations where the format has them).
    public mutating func writeStart<Output: TextOutputStream>(prefixes: [String: String], to out: inout Output) {
        syntax = TermSyntax(prefixes: prefixes)
        var s = ""
        for (p, ns) in prefixes.sorted(by: { $0.key < $1.key }) {
            s += "@prefix \(p): "
            Term.iri(IRI(ns)).writeNTriples(to: &s)
            s += " .\n"
        }
        if !s.isEmpty { s += "\n" }
        out.write(s)
        subject = nil
        predicate = nil
    }

    /// Writes one triple.
    public mutating func writeTriple<Output: TextOutputStream>(_ triple: Triple, to out: inout Output) {
        var s = ""
        if triple.subject == subject {
            if triple.predicate == predicate {
                s += " ,\n        "
            } else {
                s += " ;\n    "
                writePredicate(triple.predicate, to: &s)
                s += " "
            }
        } else {
            if subject != nil { s += " .\n" }
            syntax.write(triple.subject, to: &s)
            s += " "
            writePredicate(triple.predicate, to: &s)
            s += " "
        }
        syntax.write(triple.object, to: &s)
        subject = triple.subject
        predicate = triple.predicate
        out.write(s)
    }

    /// Finishes the document.
    public mutating func writeEnd<Output: TextOutputStream>(to out: inout Output) {
        if subject != nil { out.write(" .\n") }
        subject = nil
        predicate = nil
    }

    private func writePredicate(_ p: Term, to s: inout String) {
        if p == .iri(RDF.type) { s += "a" } else { syntax.write(p, to: &s) }
    }
}
