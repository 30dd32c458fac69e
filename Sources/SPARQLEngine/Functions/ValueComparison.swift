import RDFModel

/// SPARQL's `=`, `!=`, `<`, `>`, `<=`, `>=` and `sameTerm` over terms (SPARQL 17.3 operator
/// mapping, with XPath value comparison for the supported datatypes).
///
/// ```swift
/// let one = Term.literal(Literal("1", datatype: XSD.integer))
/// let oneDecimal = Term.literal(Literal("1.0", datatype: XSD.decimal))
/// try ValueComparison.equals(one, oneDecimal)   // true
/// ```
public enum ValueComparison {
    /// `a = b`: value equality for known datatypes, RDFterm-equal otherwise. Literals of different
    /// known types are unequal, as are a language-tagged string and any other literal; two
    /// different literals of which one is of an unknown datatype or ill-typed raise a type
    /// error, as RDFterm-equal requires.
    public static func equals(_ a: Term, _ b: Term) throws(ExpressionError) -> Bool {
        guard case .literal(let la) = a, case .literal(let lb) = b else { return a == b }
        switch (XSDValue(la), XSDValue(lb)) {
        case (.numeric(let x), .numeric(let y)): return x.compare(y) == .equal
        case (.string(let x), .string(let y)): return x == y
        case (.langString(let x, let l1), .langString(let y, let l2)): return x == y && l1 == l2
        case (.boolean(let x), .boolean(let y)): return x == y
        case (.dateTime(let x), .dateTime(let y)):
            guard x.kind == y.kind else { return false }
            guard let o = x.compare(y) else { throw ExpressionError("=", .incomparable, arguments: [a, b]) }
            return o == .equal
        case (.duration(let x), .duration(let y)): return x.compare(y) == .equal
        case (.langString, _), (_, .langString):
            // A language-tagged string never equals a typed literal, even one of unknown type
            // (W3C open-world/open-eq-08, -10, -12).
            return false
        case (.other, _), (_, .other), (.illTyped, _), (_, .illTyped):
            if la == lb { return true }
            throw ExpressionError("=", .typeMismatch, arguments: [a, b])
        default:
            return false
        }
    }

    /// `a != b`, the negation of `=` (errors stay errors).
    public static func notEquals(_ a: Term, _ b: Term) throws(ExpressionError) -> Bool {
        try !equals(a, b)
    }

    /// `sameTerm(a, b)`: RDF term identity.
    public static func sameTerm(_ a: Term, _ b: Term) -> Bool { a == b }

    /// Orders two literals for `<`, `>`, `<=` and `>=`: numbers, strings (by code point),
    /// language-tagged strings with the same tag, booleans, dateTimes/dates/times of one kind and
    /// durations of one kind. Returns nil when the values are unordered (NaN), in which case every
    /// relational operator is false; throws a type error for anything else.
    public static func compare(_ a: Term, _ b: Term) throws(ExpressionError) -> ValueOrder? {
        guard case .literal(let la) = a, case .literal(let lb) = b else {
            throw ExpressionError("<", .typeMismatch, arguments: [a, b])
        }
        switch (XSDValue(la), XSDValue(lb)) {
        case (.numeric(let x), .numeric(let y)): return x.compare(y)
        case (.string(let x), .string(let y)): return codePointOrder(x, y)
        case (.langString(let x, let l1), .langString(let y, let l2)) where l1 == l2: return codePointOrder(x, y)
        case (.boolean(let x), .boolean(let y)): return ValueOrder(x ? 1 : 0, y ? 1 : 0)
        case (.dateTime(let x), .dateTime(let y)) where x.kind == y.kind:
            guard let o = x.compare(y) else { throw ExpressionError("<", .incomparable, arguments: [a, b]) }
            return o
        case (.duration(let x), .duration(let y)):
            guard let o = x.compare(y) else { throw ExpressionError("<", .incomparable, arguments: [a, b]) }
            return o
        default:
            throw ExpressionError("<", .typeMismatch, arguments: [a, b])
        }
    }

    /// `a < b`.
    public static func lessThan(_ a: Term, _ b: Term) throws(ExpressionError) -> Bool {
        try compare(a, b) == .less
    }

    /// `a > b`.
    public static func greaterThan(_ a: Term, _ b: Term) throws(ExpressionError) -> Bool {
        try compare(a, b) == .greater
    }

    /// `a <= b`.
    public static func lessThanOrEqual(_ a: Term, _ b: Term) throws(ExpressionError) -> Bool {
        let o = try compare(a, b)
        return o == .less || o == .equal
    }

    /// `a >= b`.
    public static func greaterThanOrEqual(_ a: Term, _ b: Term) throws(ExpressionError) -> Bool {
        let o = try compare(a, b)
        return o == .greater || o == .equal
    }

    /// Unicode code point order (which is UTF-8 byte order), as XPath's default collation uses.
    public static func codePointOrder(_ a: String, _ b: String) -> ValueOrder {
        if a == b { return .equal }
        return a.utf8.lexicographicallyPrecedes(b.utf8) ? .less : .greater
    }
}
