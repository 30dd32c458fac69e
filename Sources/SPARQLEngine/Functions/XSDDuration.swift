import RDFModel

/// An `xsd:duration`, `xsd:dayTimeDuration` or `xsd:yearMonthDuration` value: a signed number of
/// months plus a signed number of seconds (both with the same sign).
public struct XSDDuration: Hashable, Sendable {
    /// Which duration datatype the value has.
    public enum Kind: Hashable, Sendable { case duration, dayTime, yearMonth }

    /// The datatype.
    public var kind: Kind
    /// Years × 12 + months.
    public var months: Int
    /// Days × 86400 + hours × 3600 + minutes × 60 + seconds.
    public var seconds: XSDDecimal

    /// Creates a duration.
    public init(kind: Kind, months: Int, seconds: XSDDecimal) {
        self.kind = kind
        self.months = months
        self.seconds = seconds
    }

    /// Parses `-P1Y2M3DT4H5M6.5S` and its subsets; the datatype restricts which parts may appear.
    public init?(lexical: String, kind: Kind) {
        var s = Substring(XSDLexical.trimmed(lexical))
        var negative = false
        if s.first == "-" {
            negative = true
            s = s.dropFirst()
        }
        guard s.first == "P" else { return nil }
        s = s.dropFirst()
        var months = 0
        var secs = XSDDecimal.zero
        var inTime = false
        var sawComponent = false
        var sawTimeComponent = false
        var sawYearOrMonth = false
        var number = ""
        var lastOrder = -1
        for c in s {
            if c == "T" {
                guard !inTime, number.isEmpty else { return nil }
                inTime = true
                lastOrder = 3
                continue
            }
            if c.isASCII && (c.isNumber || c == ".") {
                number.append(c)
                continue
            }
            guard !number.isEmpty else { return nil }
            let order: Int
            switch (c, inTime) {
            case ("Y", false): order = 0
            case ("M", false): order = 1
            case ("D", false): order = 2
            case ("H", true): order = 4
            case ("M", true): order = 5
            case ("S", true): order = 6
            default: return nil
            }
            guard order > lastOrder else { return nil }
            lastOrder = order
            if order != 6 && number.contains(".") { return nil }
            guard let value = XSDDecimal(lexical: number) else { return nil }
            switch order {
            case 0, 1:
                guard let n = Int(exactly: value.truncatedInteger) else { return nil }
                let (m, o1) = n.multipliedReportingOverflow(by: order == 0 ? 12 : 1)
                let (total, o2) = months.addingReportingOverflow(m)
                if o1 || o2 { return nil }
                months = total
            default:
                let unit = [2: 86400, 4: 3600, 5: 60, 6: 1][order]!
                guard let part = value.multiplied(by: XSDDecimal(unit)), let total = secs.adding(part) else { return nil }
                secs = total
            }
            if order >= 4 { sawTimeComponent = true }
            if order <= 1 { sawYearOrMonth = true }
            sawComponent = true
            number = ""
        }
        guard number.isEmpty, sawComponent, !inTime || sawTimeComponent else { return nil }
        switch kind {
        case .dayTime: guard !sawYearOrMonth else { return nil }
        case .yearMonth: guard lastOrder <= 1 else { return nil }
        case .duration: break
        }
        self.kind = kind
        self.months = negative ? -months : months
        self.seconds = negative ? secs.negated : secs
    }

    /// The datatype IRI.
    public var datatype: IRI {
        switch kind {
        case .duration: XSD.duration
        case .dayTime: XSD.dayTimeDuration
        case .yearMonth: XSD.yearMonthDuration
        }
    }

    /// The canonical lexical form (`PT0S`, `-PT8H`, `P1Y2M`, `P1DT0.5S`).
    public var canonicalLexicalForm: String {
        let negative = months < 0 || seconds.scaled < 0
        var out = negative ? "-P" : "P"
        let m = abs(months)
        let s = seconds.magnitudeValue
        if m / 12 != 0 { out += "\(m / 12)Y" }
        if m % 12 != 0 { out += "\(m % 12)M" }
        let whole = s.truncatedInteger
        let fraction = s.subtracting(XSDDecimal(exactly: whole) ?? .zero) ?? .zero
        let days = whole / 86400, hours = whole % 86400 / 3600, minutes = whole % 3600 / 60
        let secs = XSDDecimal(Int(whole % 60)).adding(fraction) ?? .zero
        if days != 0 { out += "\(days)D" }
        if hours != 0 || minutes != 0 || secs.scaled != 0 {
            out += "T"
            if hours != 0 { out += "\(hours)H" }
            if minutes != 0 { out += "\(minutes)M" }
            if secs.scaled != 0 { out += secs.xpathString + "S" }
        }
        if out.hasSuffix("P") { out += kind == .yearMonth ? "0M" : "T0S" }
        return out
    }

    /// The value as a canonical literal.
    public var literal: Literal { Literal(canonicalLexicalForm, datatype: datatype) }

    /// Orders two durations when XPath defines an order (both day-time or both year-month);
    /// equality is defined for every pair.
    public func compare(_ other: XSDDuration) -> ValueOrder? {
        if months == other.months && seconds == other.seconds { return .equal }
        if months == 0 && other.months == 0 { return ValueOrder(seconds, other.seconds) }
        if seconds.scaled == 0 && other.seconds.scaled == 0 { return ValueOrder(months, other.months) }
        return nil
    }
}
