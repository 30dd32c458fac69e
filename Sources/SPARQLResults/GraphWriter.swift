import RDFModel

/// A streaming writer of RDF triples: ``writeStart(prefixes:to:)``, ``writeTriple(_:to:)`` per
/// triple, then ``writeEnd(to:)``. Writers that group statements by subject (Turtle, JSON-LD)
/// group consecutive triples, so feed them triples sorted or clustered by subject for the most
/// compact output, or use ``serialize(_:prefixes:)``, which clusters first.
public protocol GraphWriter {
    /// Writes the document start; `prefixes` maps prefix names to namespace IRIs.
    mutating func writeStart<Output: TextOutputStream>(prefixes: [String: String], to out: inout Output)
    /// Writes one triple.
    mutating func writeTriple<Output: TextOutputStream>(_ triple: Triple, to out: inout Output)
    /// Finishes the document.
    mutating func writeEnd<Output: TextOutputStream>(to out: inout Output)
}

extension GraphWriter {
    /// The whole graph as one string, with triples clustered by subject (in order of first
    /// appearance) and by predicate within a subject.
    public mutating func serialize(_ triples: [Triple], prefixes: [String: String] = [:]) -> String {
        var out = ""
        writeStart(prefixes: prefixes, to: &out)
        for t in Self.clustered(triples) { writeTriple(t, to: &out) }
        writeEnd(to: &out)
        return out
    }

    /// Stable clustering by subject, then by predicate.
    static func clustered(_ triples: [Triple]) -> [Triple] {
        var subjectOrder: [Term: Int] = [:]
        var predicateOrder: [Term: Int] = [:]
        for t in triples {
            if subjectOrder[t.subject] == nil { subjectOrder[t.subject] = subjectOrder.count }
            if predicateOrder[t.predicate] == nil { predicateOrder[t.predicate] = predicateOrder.count }
        }
        return triples.enumerated().sorted { a, b in
            let sa = subjectOrder[a.element.subject]!, sb = subjectOrder[b.element.subject]!
            if sa != sb { return sa < sb }
            let pa = predicateOrder[a.element.predicate]!, pb = predicateOrder[b.element.predicate]!
            if pa != pb { return pa < pb }
            return a.offset < b.offset
        }.map(\.element)
    }
}
