import RDFModel

// YEAR … SECONDS, TIMEZONE and TZ (SPARQL 17.4.5).

extension FunctionLibrary {
    /// A field of a date/time value.
    public enum DateTimeField: Sendable {
        case year, month, day, hours, minutes, seconds
    }

    /// `YEAR`, `MONTH`, `DAY` (of `xsd:dateTime` or `xsd:date`) and `HOURS`, `MINUTES`,
    /// `SECONDS` (of `xsd:dateTime` or `xsd:time`); `SECONDS` is an `xsd:decimal`.
    public static func dateTimeComponent(_ field: DateTimeField, _ t: Term) throws(ExpressionError) -> Term {
        let name = "\(field)".uppercased()
        guard case .dateTime(let d)? = t.xsdValue else { throw ExpressionError(name, .typeMismatch, arguments: [t]) }
        switch (field, d.kind) {
        case (.year, .dateTime), (.year, .date): return .integer(d.year)
        case (.month, .dateTime), (.month, .date): return .integer(d.month)
        case (.day, .dateTime), (.day, .date): return .integer(d.day)
        case (.hours, .dateTime), (.hours, .time): return .integer(d.hour)
        case (.minutes, .dateTime), (.minutes, .time): return .integer(d.minute)
        case (.seconds, .dateTime), (.seconds, .time): return XSDNumeric.decimal(d.second).term
        default: throw ExpressionError(name, .typeMismatch, arguments: [t])
        }
    }

    /// `TIMEZONE`: the offset as an `xsd:dayTimeDuration`; an error when there is no timezone.
    public static func timezone(_ t: Term) throws(ExpressionError) -> Term {
        guard case .dateTime(let d)? = t.xsdValue, let tz = d.timezoneDuration else {
            throw ExpressionError("TIMEZONE", .typeMismatch, arguments: [t])
        }
        return .literal(tz.literal)
    }

    /// `TZ`: the timezone as written (`Z`, `-08:00`), "" when there is none.
    public static func tz(_ t: Term) throws(ExpressionError) -> Term {
        guard case .dateTime(let d)? = t.xsdValue else { throw ExpressionError("TZ", .typeMismatch, arguments: [t]) }
        return .literal(Literal(d.timezoneString))
    }
}
