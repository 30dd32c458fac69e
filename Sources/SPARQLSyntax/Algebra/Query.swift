import RDFModel

/// A parsed and translated SPARQL query: its form, its dataset and its algebra.
///
/// ```swift
/// let q = try SPARQLParser.parseQuery("ASK { ?s ?p ?o }", baseIRI: "http://example.org/")
/// if case .ask = q.form { ... }
/// ```
public struct Query: Hashable, Sendable {
    /// What the query returns.
    public var form: QueryForm
    /// The dataset named by FROM / FROM NAMED, or nil when the query names none.
    public var dataset: QueryDataset?
    /// The algebra of the WHERE clause with its solution modifiers (and, for SELECT,
    /// its projection).
    public var pattern: GraphPattern
    /// The base IRI in force at the end of the prologue, if any.
    public var baseIRI: IRI?

    /// Creates a query.
    public init(form: QueryForm, dataset: QueryDataset? = nil, pattern: GraphPattern, baseIRI: IRI? = nil) {
        self.form = form
        self.dataset = dataset
        self.pattern = pattern
        self.baseIRI = baseIRI
    }
}

/// The four query forms.
public enum QueryForm: Hashable, Sendable {
    /// SELECT: the solutions of ``Query/pattern``, whose top is the projection.
    /// The variables are the projected ones, in order.
    case select(variables: [Variable])
    /// CONSTRUCT: the template instantiated with each solution.
    case construct(template: [TriplePattern])
    /// ASK: whether there is a solution.
    case ask
    /// DESCRIBE: descriptions of the listed IRIs and the values of the listed variables.
    case describe([TermPattern])
}
