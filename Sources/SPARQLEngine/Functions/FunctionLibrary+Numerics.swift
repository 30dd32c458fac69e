import RDFModel

// The arithmetic operators of SPARQL 17.3 on terms, and ABS/CEIL/FLOOR/ROUND by name.
// `+` and `-` also take dates, times and durations the way XPath does (an extension SPARQL 1.2
// adopts): dateTime ± duration, dateTime − dateTime, duration ± duration.

extension FunctionLibrary {
    /// `a + b`: numbers, or a date/time plus a duration, or two durations of one kind.
    public static func add(_ a: Term, _ b: Term) throws(ExpressionError) -> Term {
        if let x = a.numericValue, let y = b.numericValue { return try x.adding(y).term }
        switch (a.xsdValue, b.xsdValue) {
        case (.dateTime(let d)?, .duration(let p)?), (.duration(let p)?, .dateTime(let d)?):
            if let r = d.adding(p) { return .literal(r.literal) }
        case (.duration(let p)?, .duration(let q)?):
            if let r = p.adding(q) { return .literal(r.literal) }
        default:
            break
        }
        throw ExpressionError("+", .typeMismatch, arguments: [a, b])
    }

    /// `a - b`: numbers, a date/time minus a duration, the `xsd:dayTimeDuration` between two
    /// date/times of one kind, or two durations of one kind.
    public static func subtract(_ a: Term, _ b: Term) throws(ExpressionError) -> Term {
        if let x = a.numericValue, let y = b.numericValue { return try x.subtracting(y).term }
        switch (a.xsdValue, b.xsdValue) {
        case (.dateTime(let d)?, .duration(let p)?):
            if let n = p.negated, let r = d.adding(n) { return .literal(r.literal) }
        case (.dateTime(let x)?, .dateTime(let y)?):
            if let r = x.subtracting(y) { return .literal(r.literal) }
        case (.duration(let p)?, .duration(let q)?):
            if let n = q.negated, let r = p.adding(n) { return .literal(r.literal) }
        default:
            break
        }
        throw ExpressionError("-", .typeMismatch, arguments: [a, b])
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
