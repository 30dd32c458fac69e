import RDFModel

/// An `xsd:dateTime`, `xsd:date` or `xsd:time` value, with or without a timezone.
///
/// ```swift
/// let t = XSDDateTime(lexical: "2010-12-21T15:38:02-08:00", kind: .dateTime)!
/// print(t.hour, t.timezoneOffsetMinutes!)   // 15 -480
/// ```
public struct XSDDateTime: Hashable, Sendable {
    /// Which of the three datatypes the value has.
    public enum Kind: Hashable, Sendable { case dateTime, date, time }

    /// The datatype.
    public var kind: Kind
    /// The year (may be negative); 1972 for `xsd:time` values.
    public var year: Int
    /// 1–12.
    public var month: Int
    /// 1–31.
    public var day: Int
    /// 0–23 (24:00:00 is normalised to 00:00:00 of the next day when parsed).
    public var hour: Int
    /// 0–59.
    public var minute: Int
    /// 0 ≤ second < 60, with fraction.
    public var second: XSDDecimal
    /// Offset from UTC in minutes, nil when the value has no timezone.
    public var timezoneOffsetMinutes: Int?

    /// Creates a value from its components (not validated).
    public init(kind: Kind, year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0,
                second: XSDDecimal = .zero, timezoneOffsetMinutes: Int? = nil) {
        self.kind = kind
        self.year = year
        self.month = month
        self.day = day
        self.hour = hour
        self.minute = minute
        self.second = second
        self.timezoneOffsetMinutes = timezoneOffsetMinutes
    }

    /// Parses the lexical form of `kind`; nil when invalid.
    public init?(lexical: String, kind: Kind) {
        var s = XSDLexical.trimmed(lexical)
        self.kind = kind
        year = 1972; month = 12; day = 31
        hour = 0; minute = 0; second = .zero
        timezoneOffsetMinutes = nil
        if kind != .time {
            var negative = false
            if s.first == "-" { negative = true; s = s.dropFirst() }
            let yearDigits = s.prefix { $0.isASCII && $0.isNumber }
            // Years beyond nine digits are refused so that day and second counts fit in an Int.
            guard yearDigits.count >= 4, yearDigits.count <= 9, !(yearDigits.count > 4 && yearDigits.first == "0"),
                  let y = Int(yearDigits) else { return nil }
            s = s.dropFirst(yearDigits.count)
            guard s.first == "-", let mo = Self.twoDigits(s.dropFirst()) else { return nil }
            s = s.dropFirst(3)
            guard s.first == "-", let d = Self.twoDigits(s.dropFirst()) else { return nil }
            s = s.dropFirst(3)
            year = negative ? -y : y
            month = mo
            day = d
            guard (1...12).contains(month), day >= 1, day <= Self.daysInMonth(year, month) else { return nil }
            if kind == .dateTime {
                guard s.first == "T" else { return nil }
                s = s.dropFirst()
            }
        }
        if kind != .date {
            guard let h = Self.twoDigits(s), s.dropFirst(2).first == ":",
                  let mi = Self.twoDigits(s.dropFirst(3)), s.dropFirst(5).first == ":" else { return nil }
            s = s.dropFirst(6)
            let secText = s.prefix { ($0.isASCII && $0.isNumber) || $0 == "." }
            guard secText.count >= 2, secText.prefix(2).allSatisfy(\.isNumber),
                  secText.count == 2 || (secText.count > 3 && secText.dropFirst(2).first == "."),
                  let sec = XSDDecimal(lexical: secText) else { return nil }
            s = s.dropFirst(secText.count)
            guard mi < 60, sec < XSDDecimal(60) else { return nil }
            if h == 24 {
                guard mi == 0, sec.scaled == 0 else { return nil }
            } else {
                guard h < 24 else { return nil }
            }
            hour = h
            minute = mi
            second = sec
        }
        if !s.isEmpty {
            if s == "Z" {
                timezoneOffsetMinutes = 0
            } else {
                guard s.count == 6, let sign = s.first, sign == "+" || sign == "-",
                      let th = Self.twoDigits(s.dropFirst()), s.dropFirst(3).first == ":",
                      let tm = Self.twoDigits(s.dropFirst(4)), tm < 60,
                      th < 14 || (th == 14 && tm == 0) else { return nil }
                timezoneOffsetMinutes = (sign == "-" ? -1 : 1) * (th * 60 + tm)
            }
        }
        if hour == 24 {
            hour = 0
            if kind != .time { addDays(1) }
        }
    }

    private static func twoDigits(_ s: Substring) -> Int? {
        let p = s.prefix(2)
        guard p.count == 2, p.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(p)
    }

    static func isLeapYear(_ y: Int) -> Bool { (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 }

    static func daysInMonth(_ y: Int, _ m: Int) -> Int {
        switch m {
        case 2: isLeapYear(y) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Days from 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's `days_from_civil`).
    static func daysFromCivil(_ y0: Int, _ m: Int, _ d: Int) -> Int {
        let y = m <= 2 ? y0 - 1 : y0
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    /// The date of a day count from 1970-01-01 (`civil_from_days`).
    static func civilFromDays(_ z0: Int) -> (Int, Int, Int) {
        let z = z0 + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (m <= 2 ? yoe + era * 400 + 1 : yoe + era * 400, m, d)
    }

    private mutating func addDays(_ n: Int) {
        (year, month, day) = Self.civilFromDays(Self.daysFromCivil(year, month, day) + n)
    }

    /// Seconds since 1970-01-01T00:00:00 on the value's own clock, ignoring the timezone.
    var localSeconds: XSDDecimal {
        let days = Self.daysFromCivil(year, month, day)
        let whole = days * 86400 + hour * 3600 + minute * 60
        return XSDDecimal(whole).adding(second) ?? .zero
    }

    /// Seconds since the epoch in UTC when the value has a timezone.
    var utcSeconds: XSDDecimal? {
        guard let tz = timezoneOffsetMinutes else { return nil }
        return localSeconds.subtracting(XSDDecimal(tz * 60))
    }

    /// Orders two values of the same kind as XPath does: values with timezones compare in UTC,
    /// values without compare on their clocks, and a mixed pair is ordered only when the
    /// ±14 hour range of possible timezones cannot change the answer.
    public func compare(_ other: XSDDateTime) -> ValueOrder? {
        guard kind == other.kind else { return nil }
        switch (utcSeconds, other.utcSeconds) {
        case (let a?, let b?): return ValueOrder(a, b)
        case (nil, nil): return ValueOrder(localSeconds, other.localSeconds)
        case (let a?, nil):
            let b = other.localSeconds
            let lo = b.subtracting(XSDDecimal(14 * 3600)) ?? b, hi = b.adding(XSDDecimal(14 * 3600)) ?? b
            if a < lo { return .less }
            if a > hi { return .greater }
            return nil
        case (nil, .some):
            return other.compare(self)?.reversed
        }
    }

    /// The datatype IRI.
    public var datatype: IRI {
        switch kind {
        case .dateTime: XSD.dateTime
        case .date: XSD.date
        case .time: XSD.time
        }
    }

    /// The timezone as `TZ` writes it: `Z`, `-08:00`, or "" without one.
    public var timezoneString: String {
        guard let tz = timezoneOffsetMinutes else { return "" }
        if tz == 0 { return "Z" }
        let a = abs(tz)
        return (tz < 0 ? "-" : "+") + Self.pad(a / 60) + ":" + Self.pad(a % 60)
    }

    /// The timezone as an `xsd:dayTimeDuration`, nil without one.
    public var timezoneDuration: XSDDuration? {
        timezoneOffsetMinutes.map { XSDDuration(kind: .dayTime, months: 0, seconds: XSDDecimal($0 * 60)) }
    }

    static func pad(_ n: Int, _ width: Int = 2) -> String {
        let s = String(abs(n))
        return String(repeating: "0", count: max(0, width - s.count)) + s
    }

    /// The canonical lexical form.
    public var canonicalLexicalForm: String {
        var out = ""
        if kind != .time {
            out += (year < 0 ? "-" : "") + Self.pad(year, 4) + "-" + Self.pad(month) + "-" + Self.pad(day)
        }
        if kind == .dateTime { out += "T" }
        if kind != .date {
            out += Self.pad(hour) + ":" + Self.pad(minute) + ":"
            let sec = second.xpathString
            out += (second < XSDDecimal(10) ? "0" : "") + sec
        }
        return out + timezoneString
    }

    /// The value as a canonical literal.
    public var literal: Literal { Literal(canonicalLexicalForm, datatype: datatype) }

    /// The same instant as a value of another kind, as XPath casts convert (`dateTime` →
    /// `date` keeps the date, `date` → `dateTime` is midnight, `dateTime` → `time` keeps the clock).
    public func converted(to target: Kind) -> XSDDateTime? {
        if target == kind { return self }
        var v = self
        v.kind = target
        switch (kind, target) {
        case (.dateTime, .date):
            v.hour = 0; v.minute = 0; v.second = .zero
        case (.date, .dateTime):
            break
        case (.dateTime, .time):
            v.year = 1972; v.month = 12; v.day = 31
        default:
            return nil
        }
        return v
    }
}
