import RDFModel

/// Lexical-space checks and canonical writing shared by the XSD value types.
enum XSDLexical {
    /// Removes leading and trailing XML whitespace (space, tab, CR, LF), as XSD's
    /// `whiteSpace="collapse"` facet does for the non-string datatypes.
    static func trimmed<S: StringProtocol>(_ s: S) -> Substring {
        let str = Substring(s)
        func isWS(_ c: Character) -> Bool { c == " " || c == "\t" || c == "\n" || c == "\r" }
        guard let first = str.firstIndex(where: { !isWS($0) }) else { return str[str.endIndex...] }
        let last = str.lastIndex(where: { !isWS($0) })!
        return str[first...last]
    }

    /// Parses `[+-]?[0-9]+`; nil when malformed or outside `Int128`.
    static func parseInteger<S: StringProtocol>(_ s: S) -> Int128? {
        let t = trimmed(s)
        var bytes = t.utf8
        var negative = false
        if let f = bytes.first, f == UInt8(ascii: "+") || f == UInt8(ascii: "-") {
            negative = f == UInt8(ascii: "-")
            bytes = bytes.dropFirst()
        }
        guard !bytes.isEmpty else { return nil }
        var v: Int128 = 0
        for b in bytes {
            guard b >= 0x30 && b <= 0x39 else { return nil }
            let d = Int128(b - 0x30)
            let (m, o1) = v.multipliedReportingOverflow(by: 10)
            let (a, o2) = negative ? m.subtractingReportingOverflow(d) : m.addingReportingOverflow(d)
            if o1 || o2 { return nil }
            v = a
        }
        return v
    }

    /// Parses an `xsd:double` / `xsd:float` lexical form, including `INF`, `+INF`, `-INF` and `NaN`.
    static func parseDouble<S: StringProtocol>(_ s: S) -> Double? {
        let t = trimmed(s)
        switch t {
        case "INF", "+INF": return .infinity
        case "-INF": return -.infinity
        case "NaN": return .nan
        default: break
        }
        // Validate against XSD's grammar first: Swift's parser also takes "inf", hex and so on.
        var sawDigit = false, sawPoint = false, sawExp = false, expDigit = false
        var prev: UInt8 = 0
        for (i, b) in t.utf8.enumerated() {
            switch b {
            case 0x30...0x39:
                if sawExp { expDigit = true } else { sawDigit = true }
            case UInt8(ascii: "+"), UInt8(ascii: "-"):
                guard i == 0 || prev == UInt8(ascii: "e") || prev == UInt8(ascii: "E") else { return nil }
            case UInt8(ascii: "."):
                guard !sawPoint, !sawExp else { return nil }
                sawPoint = true
            case UInt8(ascii: "e"), UInt8(ascii: "E"):
                guard sawDigit, !sawExp else { return nil }
                sawExp = true
            default:
                return nil
            }
            prev = b
        }
        guard sawDigit, !sawExp || expDigit else { return nil }
        return Double(t)
    }

    /// Parses a boolean lexical form (`true`, `false`, `1`, `0`).
    static func parseBoolean<S: StringProtocol>(_ s: S) -> Bool? {
        switch trimmed(s) {
        case "true", "1": return true
        case "false", "0": return false
        default: return nil
        }
    }

    /// Splits a double's shortest round-trip digits into (negative, digits, exponent) with the
    /// value = 0.d1d2d3... × 10^exponent; digits has no leading or trailing zeros ("" for zero).
    static func decimalDigits(of value: Double, float: Bool) -> (negative: Bool, digits: [UInt8], exponent: Int) {
        let text = float ? "\(Float(value).magnitude)" : "\(value.magnitude)"
        let parts = text.lowercased().split(separator: "e", maxSplits: 1)
        let exp = parts.count == 2 ? Int(parts[1]) ?? 0 : 0
        var digits: [UInt8] = []
        var point: Int?
        for b in parts[0].utf8 {
            if b == UInt8(ascii: ".") { point = digits.count } else { digits.append(b - 0x30) }
        }
        var pointPos = (point ?? digits.count) + exp
        while let f = digits.first, f == 0 {
            digits.removeFirst()
            pointPos -= 1
        }
        while let l = digits.last, l == 0 { digits.removeLast() }
        return (value.sign == .minus, digits, digits.isEmpty ? 0 : pointPos)
    }

    /// The XSD 1.0 canonical double/float form: `1.0E0`, `-1.5E-3`, `INF`, `NaN`, `0.0E0`.
    static func canonicalDouble(_ value: Double, float: Bool = false) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value < 0 ? "-INF" : "INF" }
        let (neg, digits, exponent) = decimalDigits(of: value, float: float)
        let sign = neg ? "-" : ""
        if digits.isEmpty { return sign + "0.0E0" }
        var out = sign + String(digits[0]) + "."
        out += digits.count > 1 ? digits[1...].map(String.init).joined() : "0"
        out += "E" + String(exponent - 1)
        return out
    }

    /// The XPath 3.1 `xs:string` cast of a double/float: plain decimal notation when
    /// 10^-6 ≤ |x| < 10^6 (`1`, `1.25`), scientific otherwise (`1.0E7`).
    static func xpathDoubleString(_ value: Double, float: Bool = false) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value < 0 ? "-INF" : "INF" }
        if value == 0 { return value.sign == .minus ? "-0" : "0" }
        let m = value.magnitude
        guard m >= 1e-6 && m < 1e6 else { return canonicalDouble(value, float: float) }
        let (neg, digits, exponent) = decimalDigits(of: value, float: float)
        var out = neg ? "-" : ""
        if exponent <= 0 {
            out += "0." + String(repeating: "0", count: -exponent) + digits.map(String.init).joined()
        } else if exponent >= digits.count {
            out += digits.map(String.init).joined() + String(repeating: "0", count: exponent - digits.count)
        } else {
            out += digits[..<exponent].map(String.init).joined() + "." + digits[exponent...].map(String.init).joined()
        }
        return out
    }
}
