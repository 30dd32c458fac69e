import RDFModel

// The arithmetic operators of SPARQL 17.3 on terms, and ABS/CEIL/FLOOR/ROUND by name.

extension FunctionLibrary {
    /// `a + b`.
    public static func add(_ a: Term, _ b: Term) throws(ExpressionError) -> Term {
        try numericArgument("+", a).adding(numericArgument("+", b)).term
    }

    /// `a - b`.
    public static func subtract(_ a: Term, _ b: Term) throws(ExpressionError) -> Term {
        try numericArgument("-", a).subtracting(numericArgument("-", b)).term
    }

    /// `a * b`.
    public static func multiply(_ a: Term, _ b: Term) throws(ExpressionError) -> Term {
        try numericArgument("*", a).multiplied(by: numericArgument("*", b)).term
    }

    /// `a / b` (integer / integer is a decimal; integer or decimal division by zero is an error).
    public static func divide(_ a: Term, _ b: Term) throws(ExpressionError) -> Term {
        try numericArgument("/", a).divided(by: numericArgument("/", b)).term
    }

    /// Unary `+a`: the number itself, in canonical form.
    public static func unaryPlus(_ a: Term) throws(ExpressionError) -> Term {
        try numericArgument("+", a).term
    }

    /// Unary `-a`.
    public static func unaryMinus(_ a: Term) throws(ExpressionError) -> Term {
        try numericArgument("-", a).negated().term
    }

    /// `ABS`.
    public static func abs(_ a: Term) throws(ExpressionError) -> Term {
        try numericArgument("ABS", a).absoluteValue().term
    }

    /// `CEIL`.
    public static func ceil(_ a: Term) throws(ExpressionError) -> Term {
        try numericArgument("CEIL", a).ceiling().term
    }

    /// `FLOOR`.
    public static func floor(_ a: Term) throws(ExpressionError) -> Term {
        try numericArgument("FLOOR", a).floor().term
    }

    /// `ROUND` (halves toward positive infinity).
    public static func round(_ a: Term) throws(ExpressionError) -> Term {
        try numericArgument("ROUND", a).rounded().term
    }
}
