/// An exact `xsd:decimal`: a fixed-point number with 18 fractional digits on an `Int128`.
///
/// XPath lets implementations bound decimal precision as long as they keep at least 18 digits;
/// a fixed scale keeps addition exact and comparison a plain integer comparison. The integer
/// part spans about ±1.7 × 10^20; results outside it raise an overflow error.
///
/// ```swift
/// let third = try XSDDecimal(1).divided(by: XSDDecimal(3))
/// print(third.canonicalLexicalForm)   // 0.333333333333333333
/// ```
public struct XSDDecimal: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// How many digits follow the decimal point internally.
    public static let fractionDigits = 18
    /// 10^18: the value of one unit in `scaled`.
    public static let unit: Int128 = 1_000_000_000_000_000_000

    /// The value multiplied by 10^18.
    public let scaled: Int128

    /// A decimal from its value times 10^18.
    public init(scaled: Int128) { self.scaled = scaled }

    /// A decimal equal to a machine integer.
    public init(_ value: Int) { self.scaled = Int128(value) * Self.unit }

    /// A decimal equal to `value`, or nil when it lies outside the representable range.
    public init?(exactly value: Int128) {
        let (r, o) = value.multipliedReportingOverflow(by: Self.unit)
        if o { return nil }
        self.scaled = r
    }

    /// Parses an `xsd:decimal` lexical form (`-1.50`, `+.5`, `3.`); surrounding XML whitespace is
    /// allowed. Digits past the 18th fractional place are truncated. Nil for anything else.
    public init?<S: StringProtocol>(lexical: S) {
        let bytes = Array(XSDLexical.trimmed(lexical).utf8)
        var i = 0
        var negative = false
        if i < bytes.count, bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") {
            negative = bytes[i] == UInt8(ascii: "-")
            i += 1
        }
        var intPart: Int128 = 0
        var fracPart: Int128 = 0
        var fracDigits = 0
        var sawDigit = false
        var sawPoint = false
        while i < bytes.count {
            let b = bytes[i]
            if b >= 0x30 && b <= 0x39 {
                sawDigit = true
                let d = Int128(b - 0x30)
                if sawPoint {
                    if fracDigits < Self.fractionDigits {
                        fracPart = fracPart * 10 + d
                        fracDigits += 1
                    }
                } else {
                    let (m, o1) = intPart.multipliedReportingOverflow(by: 10)
                    let (a, o2) = m.addingReportingOverflow(d)
                    if o1 || o2 { return nil }
                    intPart = a
                }
            } else if b == UInt8(ascii: "."), !sawPoint {
                sawPoint = true
            } else {
                return nil
            }
            i += 1
        }
        guard sawDigit else { return nil }
        while fracDigits < Self.fractionDigits {
            fracPart *= 10
            fracDigits += 1
        }
        let (m, o1) = intPart.multipliedReportingOverflow(by: Self.unit)
        let (v, o2) = m.addingReportingOverflow(fracPart)
        if o1 || o2 { return nil }
        self.scaled = negative ? -v : v
    }

    /// The decimal nearest to a finite double (by its shortest round-trip digits), or nil for
    /// NaN, infinities and out-of-range values.
    public init?(_ value: Double) {
        guard value.isFinite else { return nil }
        guard let d = XSDDecimal(scientific: "\(value)") else { return nil }
        self = d
    }

    /// Parses digits with an optional exponent, as Swift prints doubles (`1.5e-07`).
    init?(scientific text: String) {
        let parts = text.lowercased().split(separator: "e", maxSplits: 1)
        guard let mantissa = parts.first else { return nil }
        let exponent = parts.count == 2 ? Int(parts[1]) ?? 0 : 0
        var digits = ""
        var pointIndex: Int?
        var negative = false
        for c in mantissa {
            switch c {
            case "-": negative = true
            case "+": break
            case ".": pointIndex = digits.count
            default: digits.append(c)
            }
        }
        var point = (pointIndex ?? digits.count) + exponent
        if point <= 0 {
            digits = String(repeating: "0", count: -point + 1) + digits
            point = 1
        } else if point > digits.count {
            digits += String(repeating: "0", count: point - digits.count)
        }
        let idx = digits.index(digits.startIndex, offsetBy: point)
        let s = (negative ? "-" : "") + digits[..<idx] + "." + digits[idx...] + "0"
        self.init(lexical: s)
    }

    /// Zero.
    public static let zero = XSDDecimal(scaled: 0)

    public static func < (a: XSDDecimal, b: XSDDecimal) -> Bool { a.scaled < b.scaled }

    /// True when the value has no fractional part.
    public var isInteger: Bool { scaled % Self.unit == 0 }

    /// The integer part (truncated toward zero).
    public var truncatedInteger: Int128 { scaled / Self.unit }

    /// The nearest double.
    public var doubleValue: Double { Double(canonicalLexicalForm) ?? .nan }

    /// The XSD 1.0 canonical form: no superfluous zeros, at least one digit each side of the point
    /// (`1.0`, `-0.5`, `12.25`).
    public var canonicalLexicalForm: String { format(minimalFraction: false) }

    /// The XPath 3.1 string form used by casts to `xsd:string`: integers lose the `.0` (`1`, `-0.5`).
    public var xpathString: String { format(minimalFraction: true) }

    /// The canonical lexical form.
    public var description: String { canonicalLexicalForm }

    private func format(minimalFraction: Bool) -> String {
        let magnitude = scaled.magnitude
        let intPart = magnitude / UInt128(Self.unit)
        var frac = magnitude % UInt128(Self.unit)
        var out = scaled < 0 ? "-" : ""
        out += String(intPart)
        if frac == 0 {
            if !minimalFraction { out += ".0" }
            return out
        }
        var digits = Self.fractionDigits
        while frac % 10 == 0 {
            frac /= 10
            digits -= 1
        }
        let fs = String(frac)
        out += "." + String(repeating: "0", count: digits - fs.count) + fs
        return out
    }
}
