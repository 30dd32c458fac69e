import RDFModel

/// Writes N-Triples (RDF 1.1), one canonical statement per line; prefixes are ignored.
public struct NTriplesWriter: GraphWriter {
    /// Creates a writer.
    public init() {}

    /// Starts the document (prefix declarations where the format has them).
    public mutating func writeStart<Output: TextOutputStream>(prefixes: [String: String], to out: inout Output) {}

    /// Writes one triple.
    public mutating func writeTriple<Output: TextOutputStream>(_ triple: Triple, to out: inout Output) {
        var line = ""
        triple.writeNTriples(to: &line)
        out.write(line)
    }

    /// Finishes the document.
    public mutating func writeEnd<Output: TextOutputStream>(to out: inout Output) {}
}
