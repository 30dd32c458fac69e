import RDFModel

/// A set function (section 18.5) applied to each group by ``GraphPattern/group(_:variables:aggregates:)``.
public enum Aggregate: Hashable, Sendable {
    /// `COUNT(*)` or `COUNT(DISTINCT *)`.
    case countAll(distinct: Bool)
    /// `COUNT(expr)`.
    case count(Expression, distinct: Bool)
    /// `SUM(expr)`.
    case sum(Expression, distinct: Bool)
    /// `MIN(expr)`.
    case min(Expression, distinct: Bool)
    /// `MAX(expr)`.
    case max(Expression, distinct: Bool)
    /// `AVG(expr)`.
    case avg(Expression, distinct: Bool)
    /// `SAMPLE(expr)`.
    case sample(Expression, distinct: Bool)
    /// `GROUP_CONCAT(expr ; SEPARATOR = "s")`; a nil separator means the default `" "`.
    case groupConcat(Expression, distinct: Bool, separator: String?)
    /// An extension aggregate named by IRI, called with `DISTINCT` or inside a grouped query.
    case custom(IRI, [Expression], distinct: Bool)
}

/// One aggregate computed by a ``GraphPattern/group(_:variables:aggregates:)`` and the
/// variable it binds.
public struct AggregateBinding: Hashable, Sendable {
    /// The variable bound to the aggregate's value (a generated `?.n`).
    public var variable: Variable
    /// The aggregate.
    public var aggregate: Aggregate
    /// Creates a binding.
    public init(_ variable: Variable, _ aggregate: Aggregate) {
        self.variable = variable
        self.aggregate = aggregate
    }
}
