import RDFModel

/// A SPARQL expression (section 17), as used by FILTER, BIND, SELECT, GROUP BY, HAVING
/// and ORDER BY.
///
/// Operators and the built-ins with special evaluation rules (`BOUND`, `IF`, `COALESCE`,
/// `IN`, `EXISTS`) have their own cases; every other built-in is a ``BuiltinFunction``
/// case applied through ``call(_:_:)``, and functions named by IRI (including XSD
/// casts) are ``function(_:_:)``. Nothing dispatches on strings.
public indirect enum Expression: Hashable, Sendable {
    /// A variable.
    case variable(Variable)
    /// A constant: an IRI or a literal.
    case term(Term)

    /// `a || b`.
    case or(Expression, Expression)
    /// `a && b`.
    case and(Expression, Expression)
    /// `!a`.
    case not(Expression)

    /// `a = b`.
    case equal(Expression, Expression)
    /// `a != b`.
    case notEqual(Expression, Expression)
    /// `a < b`.
    case less(Expression, Expression)
    /// `a > b`.
    case greater(Expression, Expression)
    /// `a <= b`.
    case lessOrEqual(Expression, Expression)
    /// `a >= b`.
    case greaterOrEqual(Expression, Expression)
    /// `a IN (b, c, ...)`.
    case `in`(Expression, [Expression])
    /// `a NOT IN (b, c, ...)`.
    case notIn(Expression, [Expression])

    /// `a + b`.
    case add(Expression, Expression)
    /// `a - b`.
    case subtract(Expression, Expression)
    /// `a * b`.
    case multiply(Expression, Expression)
    /// `a / b`.
    case divide(Expression, Expression)
    /// `+a`.
    case unaryPlus(Expression)
    /// `-a`.
    case unaryMinus(Expression)

    /// `BOUND(?v)`.
    case bound(Variable)
    /// `IF(condition, then, else)`.
    case `if`(Expression, Expression, Expression)
    /// `COALESCE(a, b, ...)`.
    case coalesce([Expression])
    /// `EXISTS { pattern }`.
    case exists(GraphPattern)
    /// `NOT EXISTS { pattern }`.
    case notExists(GraphPattern)

    /// A built-in function call such as `STR(?x)` or `REGEX(?s, "a", "i")`.
    case call(BuiltinFunction, [Expression])
    /// A call of a function named by IRI, such as `xsd:integer(?x)` or `ex:distance(?a, ?b)`.
    case function(IRI, [Expression])
    /// An aggregate; appears only in parser output before translation replaces it with
    /// the variable that ``GraphPattern/group(_:variables:aggregates:)`` binds.
    case aggregate(Aggregate)

    /// Shorthand for a literal constant.
    public static func literal(_ l: Literal) -> Expression { .term(.literal(l)) }
}
