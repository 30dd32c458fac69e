import RDFModel

/// The total order ORDER BY uses (SPARQL 15.1): unbound < blank nodes < IRIs < literals.
///
/// Literals are grouped by kind (numbers, simple strings, language-tagged strings, booleans,
/// date/time values, durations, everything else), ordered by value inside a kind, and ties
/// (equal values such as `1` and `1.0`, or incomparable ones) are broken by lexical form,
/// datatype and language tag, so that the order is deterministic.
///
/// ```swift
/// rows.sort { TermOrder.compare($0["x"], $1["x"]) == .less }
/// ```
public enum TermOrder {
    /// Compares two possibly unbound terms.
    public static func compare(_ a: Term?, _ b: Term?) -> ValueOrder {
        switch (a, b) {
        case (nil, nil): return .equal
        case (nil, _): return .less
        case (_, nil): return .greater
        case (let x?, let y?): return compare(x, y)
        }
    }

    /// Compares two terms.
    public static func compare(_ a: Term, _ b: Term) -> ValueOrder {
        switch (a, b) {
        case (.blank(let x), .blank(let y)): return ValueComparison.codePointOrder(x.label, y.label)
        case (.iri(let x), .iri(let y)): return ValueComparison.codePointOrder(x.value, y.value)
        case (.literal(let x), .literal(let y)): return compareLiterals(x, y)
        default: return ValueOrder(rank(a), rank(b))!
        }
    }

    private static func rank(_ t: Term) -> Int {
        switch t {
        case .blank: 0
        case .iri: 1
        case .literal: 2
        }
    }

    private static func compareLiterals(_ a: Literal, _ b: Literal) -> ValueOrder {
        if a == b { return .equal }
        let va = XSDValue(a), vb = XSDValue(b)
        let ka = kindRank(va), kb = kindRank(vb)
        if ka != kb { return ValueOrder(ka, kb)! }
        if let o = try? ValueComparison.compare(.literal(a), .literal(b)), o != .equal { return o }
        let lex = ValueComparison.codePointOrder(a.lexical, b.lexical)
        if lex != .equal { return lex }
        let dt = ValueComparison.codePointOrder(a.datatype.value, b.datatype.value)
        if dt != .equal { return dt }
        return ValueComparison.codePointOrder(a.language ?? "", b.language ?? "")
    }

    private static func kindRank(_ v: XSDValue) -> Int {
        switch v {
        case .numeric: 0
        case .string: 1
        case .langString: 2
        case .boolean: 3
        case .dateTime: 4
        case .duration: 5
        case .other, .illTyped: 6
        }
    }
}
