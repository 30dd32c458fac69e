/// The SELECT clause as written.
struct SelectClause {
    var distinct = false
    var reduced = false
    /// `SELECT *`.
    var star = false
    /// Index of the `SELECT` token, for errors about the clause as a whole.
    var token = 0
    /// Projected variables, with their expression for `(expr AS ?v)`, and the token
    /// index each started at (for error positions).
    var items: [(variable: Variable, expression: Expression?, token: Int)] = []
}

/// GROUP BY, HAVING, ORDER BY, LIMIT and OFFSET as written.
struct SolutionModifiers {
    var groupBy: [(expression: Expression, variable: Variable?)] = []
    var having: [Expression] = []
    var orderBy: [OrderCondition] = []
    var offset = 0
    var limit: Int?
}
