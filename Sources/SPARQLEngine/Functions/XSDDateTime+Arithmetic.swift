// XPath op:add-yearMonthDuration-to-dateTime, op:add-dayTimeDuration-to-dateTime,
// op:subtract-dateTimes and their date/time variants (XPath F&O 3.1 sections 9.7–9.8).

extension XSDDateTime {
    /// The value moved by a duration: months first (the day clamped to the new month's length,
    /// so 2020-01-31 + P1M is 2020-02-29), then seconds. A `date` stays a date and a `time`
    /// wraps around midnight; the timezone is kept. Nil when the year leaves ±999,999,999.
    public func adding(_ duration: XSDDuration) -> XSDDateTime? {
        var v = self
        if duration.months != 0 {
            guard kind != .time else { return nil }
            let (total, o) = (year * 12 + (month - 1)).addingReportingOverflow(duration.months)
            if o { return nil }
            v.year = total >= 0 ? total / 12 : (total - 11) / 12
            v.month = total - v.year * 12 + 1
            v.day = min(day, Self.daysInMonth(v.year, v.month))
        }
        if duration.seconds.scaled != 0 {
            guard let local = v.localSeconds.adding(duration.seconds),
                  let days = local.divided(by: XSDDecimal(86400))?.floor,
                  let dayStart = days.multiplied(by: XSDDecimal(86400)),
                  let rest = local.subtracting(dayStart),
                  let dayCount = Int(exactly: days.truncatedInteger) else { return nil }
            let wholeSeconds = Int(rest.truncatedInteger)
            if kind != .time { (v.year, v.month, v.day) = Self.civilFromDays(dayCount) }
            if kind != .date {
                v.hour = wholeSeconds / 3600
                v.minute = wholeSeconds % 3600 / 60
                v.second = rest.subtracting(XSDDecimal(v.hour * 3600 + v.minute * 60)) ?? .zero
            }
        }
        guard abs(v.year) <= 999_999_999 else { return nil }
        return v
    }

    /// `self - other` for two values of the same kind, as an `xsd:dayTimeDuration`; nil when
    /// the kinds differ or only one of them has a timezone.
    public func subtracting(_ other: XSDDateTime) -> XSDDuration? {
        guard kind == other.kind else { return nil }
        let a: XSDDecimal?, b: XSDDecimal?
        switch (timezoneOffsetMinutes, other.timezoneOffsetMinutes) {
        case (.some, .some): (a, b) = (utcSeconds, other.utcSeconds)
        case (nil, nil): (a, b) = (localSeconds, other.localSeconds)
        default: return nil
        }
        guard let a, let b, let difference = a.subtracting(b) else { return nil }
        return XSDDuration(kind: .dayTime, months: 0, seconds: difference)
    }
}

extension XSDDuration {
    /// The sum of two durations of the same kind (`dayTime` or `yearMonth`); nil otherwise.
    public func adding(_ other: XSDDuration) -> XSDDuration? {
        guard kind == other.kind, kind != .duration else { return nil }
        let (m, o) = months.addingReportingOverflow(other.months)
        guard !o, let s = seconds.adding(other.seconds) else { return nil }
        return XSDDuration(kind: kind, months: m, seconds: s)
    }

    /// The duration with its sign flipped.
    public var negated: XSDDuration? {
        guard months != Int.min, seconds.scaled != Int128.min else { return nil }
        return XSDDuration(kind: kind, months: -months, seconds: seconds.negated)
    }
}
