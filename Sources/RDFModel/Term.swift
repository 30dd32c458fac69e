/// An RDF 1.1 term: an IRI, a blank node or a literal.
///
/// Terms are values: two terms are equal exactly when RDF 1.1 says they are the same term
/// (same IRI; same blank-node label; same lexical form, datatype and language tag).
///
/// ```swift
/// let name = Term.literal(Literal("张伟", language: "zh"))
/// print(name.ntriples)   // "张伟"@zh
/// ```
public enum Term: Hashable, Sendable {
    case iri(IRI)
    case blank(BlankNode)
    case literal(Literal)

    /// An IRI term from its string.
    @inlinable public static func iri(_ value: String) -> Term { .iri(IRI(value)) }
    /// A blank node term from its label.
    @inlinable public static func blank(_ label: String) -> Term { .blank(BlankNode(label)) }

    /// True for IRIs.
    public var isIRI: Bool { if case .iri = self { return true } else { return false } }
    /// True for blank nodes.
    public var isBlank: Bool { if case .blank = self { return true } else { return false } }
    /// True for literals.
    public var isLiteral: Bool { if case .literal = self { return true } else { return false } }

    /// The literal, if this term is one.
    public var literal: Literal? { if case .literal(let l) = self { return l } else { return nil } }
    /// The IRI, if this term is one.
    public var iriValue: IRI? { if case .iri(let i) = self { return i } else { return nil } }
}

/// An absolute IRI (not validated beyond what the parsers check).
public struct IRI: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The IRI string, without angle brackets.
    public let value: String
    /// Wraps an IRI string.
    @inlinable public init(_ value: String) { self.value = value }
    public static func < (a: IRI, b: IRI) -> Bool { a.value < b.value }
    public var description: String { "<\(value)>" }
}

/// A blank node, identified by a label that is unique within its dataset.
public struct BlankNode: Hashable, Sendable, CustomStringConvertible {
    /// The label, without the `_:` prefix.
    public let label: String
    /// Wraps a label.
    @inlinable public init(_ label: String) { self.label = label }
    public var description: String { "_:\(label)" }
}

/// An RDF 1.1 literal: a lexical form with a datatype, and a language tag for `rdf:langString`.
///
/// Simple literals have the datatype `xsd:string` (RDF 1.1); the lexical form is kept exactly
/// as written (`"01"^^xsd:integer` stays `01`).
public struct Literal: Hashable, Sendable {
    /// The lexical form.
    public let lexical: String
    /// The datatype IRI (`rdf:langString` when a language tag is present).
    public let datatype: IRI
    /// The language tag, lowercased, or nil.
    public let language: String?

    /// A simple literal (`xsd:string`).
    @inlinable public init(_ lexical: String) {
        self.lexical = lexical
        self.datatype = XSD.string
        self.language = nil
    }

    /// A language-tagged string; the tag is normalised to lower case.
    public init(_ lexical: String, language: String) {
        self.lexical = lexical
        self.datatype = RDF.langString
        self.language = language.lowercased()
    }

    /// A typed literal.
    @inlinable public init(_ lexical: String, datatype: IRI) {
        self.lexical = lexical
        self.datatype = datatype
        self.language = nil
    }

    /// True for `xsd:string` literals without a language tag.
    public var isSimple: Bool { language == nil && datatype == XSD.string }
}

/// The name of the graph a quad belongs to: the default graph, or a named graph (IRI or blank node).
public enum GraphName: Hashable, Sendable {
    case defaultGraph
    case named(Term)

    /// The graph's term, nil for the default graph.
    public var term: Term? { if case .named(let t) = self { return t } else { return nil } }
}

/// An RDF triple.
public struct Triple: Hashable, Sendable {
    public var subject: Term
    public var predicate: Term
    public var object: Term
    /// Creates a triple.
    @inlinable public init(_ subject: Term, _ predicate: Term, _ object: Term) {
        self.subject = subject
        self.predicate = predicate
        self.object = object
    }
}

/// An RDF quad: a triple in a graph.
public struct Quad: Hashable, Sendable {
    public var subject: Term
    public var predicate: Term
    public var object: Term
    public var graph: GraphName
    /// Creates a quad.
    @inlinable public init(_ subject: Term, _ predicate: Term, _ object: Term, _ graph: GraphName = .defaultGraph) {
        self.subject = subject
        self.predicate = predicate
        self.object = object
        self.graph = graph
    }
    /// The quad's triple.
    public var triple: Triple { Triple(subject, predicate, object) }
}
