// Checked arithmetic and rounding for XSDDecimal, following XPath's op:numeric-* and fn:round.

extension XSDDecimal {
    /// The sum, or nil on overflow.
    public func adding(_ other: XSDDecimal) -> XSDDecimal? {
        let (r, o) = scaled.addingReportingOverflow(other.scaled)
        return o ? nil : XSDDecimal(scaled: r)
    }

    /// The difference, or nil on overflow.
    public func subtracting(_ other: XSDDecimal) -> XSDDecimal? {
        let (r, o) = scaled.subtractingReportingOverflow(other.scaled)
        return o ? nil : XSDDecimal(scaled: r)
    }

    /// The product truncated to 18 fractional digits, or nil on overflow.
    public func multiplied(by other: XSDDecimal) -> XSDDecimal? {
        let negative = (scaled < 0) != (other.scaled < 0)
        let full = scaled.magnitude.multipliedFullWidth(by: other.scaled.magnitude)
        let unit = UInt128(Self.unit)
        guard full.high < unit else { return nil }
        let q = unit.dividingFullWidth((high: full.high, low: full.low)).quotient
        return Self.signed(q, negative: negative)
    }

    /// The quotient truncated to 18 fractional digits; nil on overflow or division by zero.
    public func divided(by other: XSDDecimal) -> XSDDecimal? {
        guard other.scaled != 0 else { return nil }
        let negative = (scaled < 0) != (other.scaled < 0)
        let divisor = other.scaled.magnitude
        let full = scaled.magnitude.multipliedFullWidth(by: UInt128(Self.unit))
        guard full.high < divisor else { return nil }
        let q = divisor.dividingFullWidth((high: full.high, low: full.low)).quotient
        return Self.signed(q, negative: negative)
    }

    /// The negation.
    public var negated: XSDDecimal { XSDDecimal(scaled: -scaled) }

    /// The absolute value.
    public var magnitudeValue: XSDDecimal { scaled < 0 ? negated : self }

    /// The largest integral decimal not greater than the value; nil when it is out of range.
    public var floor: XSDDecimal? {
        let r = scaled % Self.unit
        if r == 0 { return self }
        // `scaled - r` moves toward zero, so only the final step can overflow.
        let (v, o) = (scaled - r).subtractingReportingOverflow(scaled < 0 ? Self.unit : 0)
        return o ? nil : XSDDecimal(scaled: v)
    }

    /// The smallest integral decimal not less than the value; nil when it is out of range.
    public var ceiling: XSDDecimal? {
        let r = scaled % Self.unit
        if r == 0 { return self }
        let (v, o) = (scaled - r).addingReportingOverflow(scaled > 0 ? Self.unit : 0)
        return o ? nil : XSDDecimal(scaled: v)
    }

    /// Rounds half toward positive infinity, as `fn:round` does (`-2.5` → `-2`); nil when out of range.
    public var roundedHalfUp: XSDDecimal? {
        guard let f = floor else { return nil }
        guard scaled - f.scaled >= Self.unit / 2 else { return f }
        return f.adding(XSDDecimal(scaled: Self.unit))
    }

    private static func signed(_ magnitude: UInt128, negative: Bool) -> XSDDecimal? {
        if negative {
            guard magnitude <= UInt128(Int128.max) + 1 else { return nil }
            return XSDDecimal(scaled: magnitude == UInt128(Int128.max) + 1 ? Int128.min : -Int128(magnitude))
        }
        guard magnitude <= UInt128(Int128.max) else { return nil }
        return XSDDecimal(scaled: Int128(magnitude))
    }
}
