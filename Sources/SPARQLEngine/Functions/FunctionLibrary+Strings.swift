import RDFModel

// The string functions of SPARQL 17.4.3: lengths and positions count Unicode code points.

extension FunctionLibrary {
    /// `STRLEN`: the number of code points.
    public static func strlen(_ t: Term) throws(ExpressionError) -> Term {
        .integer(try stringArgument("STRLEN", t).lexical.unicodeScalars.count)
    }

    /// `SUBSTR(s, start, length?)` with XPath `fn:substring` rules: 1-based code point positions,
    /// the arguments rounded, and the code points at p with round(start) ≤ p < round(start) + round(length).
    public static func substr(_ t: Term, _ start: Term, _ length: Term?) throws(ExpressionError) -> Term {
        let s = try stringArgument("SUBSTR", t)
        let from = try numericArgument("SUBSTR", start).rounded().doubleValue
        let len = try length.map { l throws(ExpressionError) in try numericArgument("SUBSTR", l).rounded().doubleValue }
        let end = len.map { from + $0 } ?? .infinity
        var out = String.UnicodeScalarView()
        var p = 1.0
        for scalar in s.lexical.unicodeScalars {
            if p >= from && p < end { out.append(scalar) }
            p += 1
        }
        return s.result(String(out))
    }

    /// `UCASE`.
    public static func ucase(_ t: Term) throws(ExpressionError) -> Term {
        let s = try stringArgument("UCASE", t)
        return s.result(s.lexical.uppercased())
    }

    /// `LCASE`.
    public static func lcase(_ t: Term) throws(ExpressionError) -> Term {
        let s = try stringArgument("LCASE", t)
        return s.result(s.lexical.lowercased())
    }

    /// `ENCODE_FOR_URI`: percent-encodes every UTF-8 byte except the RFC 3986 unreserved characters.
    public static func encodeForURI(_ t: Term) throws(ExpressionError) -> Term {
        let s = try stringArgument("ENCODE_FOR_URI", t).lexical
        var out = ""
        let hex = Array("0123456789ABCDEF")
        for b in s.utf8 {
            switch b {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"),
                 UInt8(ascii: "."), UInt8(ascii: "~"):
                out.unicodeScalars.append(Unicode.Scalar(b))
            default:
                out.append("%")
                out.append(hex[Int(b >> 4)])
                out.append(hex[Int(b & 15)])
            }
        }
        return .literal(Literal(out))
    }

    /// `CONTAINS`.
    public static func contains(_ a: Term, _ b: Term) throws(ExpressionError) -> Term {
        let (x, y) = try compatibleArguments("CONTAINS", a, b)
        return .boolean(find(y.lexical, in: x.lexical) != nil)
    }

    /// `STRSTARTS`.
    public static func strStarts(_ a: Term, _ b: Term) throws(ExpressionError) -> Term {
        let (x, y) = try compatibleArguments("STRSTARTS", a, b)
        return .boolean(x.lexical.utf8.starts(with: y.lexical.utf8))
    }

    /// `STRENDS`.
    public static func strEnds(_ a: Term, _ b: Term) throws(ExpressionError) -> Term {
        let (x, y) = try compatibleArguments("STRENDS", a, b)
        return .boolean(x.lexical.utf8.reversed().starts(with: y.lexical.utf8.reversed()))
    }

    /// `STRBEFORE`: the part before the first match, with the first argument's tag; an empty simple
    /// literal when there is no match.
    public static func strBefore(_ a: Term, _ b: Term) throws(ExpressionError) -> Term {
        let (x, y) = try compatibleArguments("STRBEFORE", a, b)
        guard let r = find(y.lexical, in: x.lexical) else { return .literal(Literal("")) }
        return x.result(String(decoding: Array(x.lexical.utf8)[..<r.lowerBound], as: UTF8.self))
    }

    /// `STRAFTER`: the part after the first match, with the first argument's tag; an empty simple
    /// literal when there is no match.
    public static func strAfter(_ a: Term, _ b: Term) throws(ExpressionError) -> Term {
        let (x, y) = try compatibleArguments("STRAFTER", a, b)
        guard let r = find(y.lexical, in: x.lexical) else { return .literal(Literal("")) }
        return x.result(String(decoding: Array(x.lexical.utf8)[r.upperBound...], as: UTF8.self))
    }

    /// `CONCAT`: the tag is kept only when every argument has the same one.
    public static func concat(_ args: [Term]) throws(ExpressionError) -> Term {
        var out = ""
        var language: String?? = .none
        for t in args {
            let s = try stringArgument("CONCAT", t)
            out += s.lexical
            switch language {
            case .none: language = .some(s.language)
            case .some(let l) where l != s.language: language = .some(nil)
            default: break
            }
        }
        return StringArgument(lexical: out, language: language ?? nil).result(out)
    }

    /// The UTF-8 offsets of the first occurrence of `needle` (byte search is code point search,
    /// since UTF-8 is self-synchronising).
    static func find(_ needle: String, in haystack: String) -> Range<Int>? {
        let h = Array(haystack.utf8), n = Array(needle.utf8)
        if n.isEmpty { return 0..<0 }
        guard n.count <= h.count else { return nil }
        outer: for i in 0...(h.count - n.count) {
            for j in 0..<n.count where h[i + j] != n[j] { continue outer }
            return i..<(i + n.count)
        }
        return nil
    }
}
