/// One ORDER BY key.
public struct OrderCondition: Hashable, Sendable {
    /// The key expression.
    public var expression: Expression
    /// True for `DESC(...)`.
    public var descending: Bool
    /// Creates a key.
    public init(_ expression: Expression, descending: Bool = false) {
        self.expression = expression
        self.descending = descending
    }
}
