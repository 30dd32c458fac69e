import RDFModel

/// One row of a SELECT result: the variables it binds and their terms (unbound variables are
/// simply absent).
///
/// ```swift
/// let row: QuerySolution = ["name": .literal(Literal("Ada")), "p": .iri("http://example.org/ada")]
/// row["name"]   // "Ada"
/// ```
public struct QuerySolution: Hashable, Sendable, ExpressibleByDictionaryLiteral {
    /// The bound variables (names without `?`) and their values.
    public var bindings: [String: Term]

    /// A solution from a dictionary of bindings.
    public init(_ bindings: [String: Term] = [:]) { self.bindings = bindings }

    /// A solution from a dictionary literal.
    public init(dictionaryLiteral elements: (String, Term)...) {
        bindings = Dictionary(elements, uniquingKeysWith: { _, last in last })
    }

    /// The value of a variable, nil when unbound.
    public subscript(_ variable: String) -> Term? {
        get { bindings[variable] }
        set { bindings[variable] = newValue }
    }
}
