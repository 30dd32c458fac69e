import RDFModel

/// The SPARQL algebra (section 18): what a query's WHERE clause and solution modifiers
/// translate to. Optimizers and evaluators switch over it exhaustively.
///
/// ```swift
/// let query = try SPARQLParser.parseQuery("SELECT ?s { ?s <p> 1 }")
/// print(query.pattern.sse)   // (project (?s) (bgp (triple ?s <p> 1)))
/// ```
public indirect enum GraphPattern: Hashable, Sendable {
    /// A basic graph pattern: triple patterns matched together.
    case bgp([TriplePattern])
    /// A property path between two positions.
    case path(subject: TermPattern, path: PropertyPath, object: TermPattern)
    /// The join of two patterns.
    case join(GraphPattern, GraphPattern)
    /// OPTIONAL: the left pattern, extended by the right where compatible and where the
    /// filter (from a FILTER at the top of the optional group) holds.
    case leftJoin(GraphPattern, GraphPattern, filter: Expression?)
    /// Solutions of the pattern for which the expression is true.
    case filter(Expression, GraphPattern)
    /// The solutions of either pattern.
    case union(GraphPattern, GraphPattern)
    /// MINUS: left solutions with no compatible right solution sharing a variable.
    case minus(GraphPattern, GraphPattern)
    /// GRAPH: the pattern evaluated against a named graph (an IRI or a variable).
    case graph(name: TermPattern, GraphPattern)
    /// BIND or a projected expression: the pattern with the variable bound to the expression.
    case extend(GraphPattern, Variable, Expression)
    /// VALUES: an inline table; nil cells are UNDEF.
    case values(variables: [Variable], rows: [[Term?]])
    /// Grouping: one solution per distinct value of the key variables, binding each
    /// aggregate variable. Keys written as expressions are bound by an `extend` below.
    case group(GraphPattern, variables: [Variable], aggregates: [AggregateBinding])
    /// ORDER BY.
    case orderBy(GraphPattern, [OrderCondition])
    /// Projection onto the listed variables.
    case project(GraphPattern, [Variable])
    /// DISTINCT.
    case distinct(GraphPattern)
    /// REDUCED.
    case reduced(GraphPattern)
    /// OFFSET and LIMIT (`nil` limit means no limit).
    case slice(GraphPattern, offset: Int, limit: Int?)
    /// SERVICE: the pattern sent to a remote endpoint (an IRI or a variable).
    case service(endpoint: TermPattern, GraphPattern, silent: Bool)

    /// The empty basic graph pattern, the unit of join.
    public static let empty = GraphPattern.bgp([])
}
