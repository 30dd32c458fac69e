import Foundation

/// A compiled XPath regular expression (XPath F&O 3.1 section 5.6) on top of
/// `NSRegularExpression`, with the flags `s`, `m`, `i`, `x` and `q`.
///
/// Compiled patterns are cached process-wide, since REGEX is usually called once per solution
/// with the same constant pattern.
public final class XPathRegex: @unchecked Sendable {
    // NSRegularExpression is immutable after creation and documented thread-safe.
    let expression: NSRegularExpression

    private nonisolated(unsafe) static var cache: [String: XPathRegex] = [:]
    private static let cacheLock = NSLock()

    /// Compiles `pattern` with XPath `flags`; throws `.invalidRegex` for bad flags or syntax.
    public init(pattern: String, flags: String = "") throws(ExpressionError) {
        var options: NSRegularExpression.Options = []
        var literal = false, extended = false
        for f in flags {
            switch f {
            case "s": options.insert(.dotMatchesLineSeparators)
            case "m": options.insert(.anchorsMatchLines)
            case "i": options.insert(.caseInsensitive)
            case "x": extended = true
            case "q": literal = true
            default: throw ExpressionError("REGEX", .invalidRegex, detail: "unknown flag \(f)")
            }
        }
        let translated = literal
            ? NSRegularExpression.escapedPattern(for: pattern)
            : Self.translate(pattern, removeWhitespace: extended, multiline: options.contains(.anchorsMatchLines))
        do {
            expression = try NSRegularExpression(pattern: translated, options: options)
        } catch {
            throw ExpressionError("REGEX", .invalidRegex, detail: "\(pattern): \(error)")
        }
    }

    /// A cached compiled regex for the pattern and flags.
    public static func cached(pattern: String, flags: String) throws(ExpressionError) -> XPathRegex {
        let key = flags + "\u{0}" + pattern
        cacheLock.lock()
        let hit = cache[key]
        cacheLock.unlock()
        if let hit { return hit }
        let r = try XPathRegex(pattern: pattern, flags: flags)
        cacheLock.lock()
        if cache.count > 512 { cache.removeAll() }
        cache[key] = r
        cacheLock.unlock()
        return r
    }

    /// True when the pattern matches somewhere in `text` (`fn:matches`).
    public func matches(_ text: String) -> Bool {
        let ns = text as NSString
        return expression.firstMatch(in: text, options: [], range: NSRange(location: 0, length: ns.length)) != nil
    }

    /// `fn:replace`: every non-overlapping match replaced by `replacement`, in which `$N` is a group
    /// and `\$`, `\\` are escapes. Errors when the pattern matches the empty string or the
    /// replacement is malformed.
    public func replacingMatches(in text: String, with replacement: String) throws(ExpressionError) -> String {
        try Self.validateReplacement(replacement)
        if matches("") { throw ExpressionError("REPLACE", .invalidRegex, detail: "pattern matches the empty string") }
        let ns = text as NSString
        return expression.stringByReplacingMatches(in: text, options: [], range: NSRange(location: 0, length: ns.length),
                                                   withTemplate: replacement)
    }

    static func validateReplacement(_ r: String) throws(ExpressionError) {
        var it = r.unicodeScalars.makeIterator()
        while let c = it.next() {
            if c == "\\" {
                guard let n = it.next(), n == "\\" || n == "$" else {
                    throw ExpressionError("REPLACE", .invalidRegex, detail: "bad escape in replacement")
                }
            } else if c == "$" {
                guard let n = it.next(), ("0"..."9").contains(n) else {
                    throw ExpressionError("REPLACE", .invalidRegex, detail: "bad $ in replacement")
                }
            }
        }
    }

    /// Rewrites XPath syntax that ICU reads differently: with `x`, whitespace outside character
    /// classes is dropped; without `m`, `$` matches only at the very end (ICU also matches before
    /// a final newline); class subtraction `[a-z-[aeiou]]` becomes ICU's `[a-z--[aeiou]]`; and the
    /// XML name escapes `\i`, `\I`, `\c`, `\C` become explicit sets.
    static func translate(_ pattern: String, removeWhitespace: Bool, multiline: Bool) -> String {
        let chars = Array(pattern.unicodeScalars)
        var out = ""
        var inClass = 0
        var i = 0
        while i < chars.count {
            let c = chars[i]
            switch c {
            case "\\":
                guard i + 1 < chars.count else { out += "\\"; i += 1; continue }
                let n = chars[i + 1]
                switch n {
                case "i": out += "[\\p{L}_:]"
                case "I": out += "[^\\p{L}_:]"
                case "c": out += "[\\p{L}\\p{Nd}\\p{Mn}\\p{Mc}._:\\-\\u00B7]"
                case "C": out += "[^\\p{L}\\p{Nd}\\p{Mn}\\p{Mc}._:\\-\\u00B7]"
                default:
                    out.unicodeScalars.append(c)
                    out.unicodeScalars.append(n)
                }
                i += 2
                continue
            case "[":
                inClass += 1
                out.unicodeScalars.append(c)
            case "]" where inClass > 0:
                inClass -= 1
                out.unicodeScalars.append(c)
            case "-" where inClass > 0 && i + 1 < chars.count && chars[i + 1] == "[":
                out += "--"
            case " ", "\t", "\n", "\r":
                // A `where` clause would bind only to the last pattern, so test inside.
                if !removeWhitespace || inClass > 0 { out.unicodeScalars.append(c) }
            case "$" where inClass == 0 && !multiline:
                out += "(?!(?s:.))"
            default:
                out.unicodeScalars.append(c)
            }
            i += 1
        }
        return out
    }
}
