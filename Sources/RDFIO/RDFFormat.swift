import RDFModel

/// The RDF serialisations CityKG reads.
public enum RDFFormat: String, Sendable, CaseIterable {
    case ntriples
    case nquads
    case turtle
    case trig
    case rdfxml

    /// Guesses the format from a file name (`.nt`, `.nq`, `.ttl`, `.trig`, `.rdf`/`.owl`/`.xml`),
    /// looking through a trailing `.gz`.
    public init?(fileName: String) {
        var name = fileName.lowercased()
        if name.hasSuffix(".gz") { name.removeLast(3) }
        guard let dot = name.lastIndex(of: ".") else { return nil }
        switch name[name.index(after: dot)...] {
        case "nt", "ntriples": self = .ntriples
        case "nq", "nquads": self = .nquads
        case "ttl", "turtle", "n3": self = .turtle
        case "trig": self = .trig
        case "rdf", "owl", "xml", "rdfxml": self = .rdfxml
        default: return nil
        }
    }

    /// Parses a user-given format name (`nt`, `ntriples`, `turtle`, `ttl`, ...).
    public init?(name: String) {
        switch name.lowercased() {
        case "nt", "ntriples", "n-triples": self = .ntriples
        case "nq", "nquads", "n-quads": self = .nquads
        case "ttl", "turtle": self = .turtle
        case "trig": self = .trig
        case "rdf", "rdfxml", "rdf/xml", "xml": self = .rdfxml
        default: return nil
        }
    }

    /// The raptor2 parser name.
    var raptorName: String {
        switch self {
        case .ntriples: return "ntriples"
        case .nquads: return "nquads"
        case .turtle: return "turtle"
        case .trig: return "trig"
        case .rdfxml: return "rdfxml"
        }
    }

    /// True when the format carries graph names.
    public var hasGraphs: Bool { self == .nquads || self == .trig }

    /// True when raptor2 delivers statements while it reads (N-Triples, N-Quads, RDF/XML);
    /// Turtle and TriG are held whole until the end of input.
    public var streams: Bool { self == .ntriples || self == .nquads || self == .rdfxml }
}
