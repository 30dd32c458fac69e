import RDFModel

// REGEX and REPLACE (SPARQL 17.4.3.14, 17.4.3.15).

extension FunctionLibrary {
    /// `REGEX(text, pattern, flags?)`.
    public static func regex(_ text: Term, _ pattern: Term, _ flags: Term?) throws(ExpressionError) -> Term {
        let s = try stringArgument("REGEX", text)
        let p = try simpleStringArgument("REGEX", pattern)
        let f = try flags.map { t throws(ExpressionError) in try simpleStringArgument("REGEX", t) } ?? ""
        return .boolean(try XPathRegex.cached(pattern: p, flags: f).matches(s.lexical))
    }

    /// `REPLACE(text, pattern, replacement, flags?)`; the result keeps the text's language tag.
    public static func replace(_ text: Term, _ pattern: Term, _ replacement: Term, _ flags: Term?) throws(ExpressionError) -> Term {
        let s = try stringArgument("REPLACE", text)
        let p = try simpleStringArgument("REPLACE", pattern)
        let r = try simpleStringArgument("REPLACE", replacement)
        let f = try flags.map { t throws(ExpressionError) in try simpleStringArgument("REPLACE", t) } ?? ""
        return s.result(try XPathRegex.cached(pattern: p, flags: f).replacingMatches(in: s.lexical, with: r))
    }
}
