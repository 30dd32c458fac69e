// XPath op:numeric-add/subtract/multiply/divide, comparisons and the rounding functions, with
// SPARQL's type promotion (17.3) applied first.

extension XSDNumeric {
    /// The two operands promoted to their common type.
    static func promote(_ a: XSDNumeric, _ b: XSDNumeric, _ op: String) throws(ExpressionError) -> (XSDNumeric, XSDNumeric) {
        let rank = max(a.rank, b.rank)
        guard let pa = a.promoted(to: rank), let pb = b.promoted(to: rank) else {
            throw ExpressionError(op, .overflow, arguments: [a.term, b.term])
        }
        return (pa, pb)
    }

    /// `a + b`.
    public func adding(_ other: XSDNumeric) throws(ExpressionError) -> XSDNumeric {
        switch try Self.promote(self, other, "+") {
        case (.integer(let x), .integer(let y)):
            let (r, o) = x.addingReportingOverflow(y)
            if o { throw ExpressionError("+", .overflow, arguments: [term, other.term]) }
            return .integer(r)
        case (.decimal(let x), .decimal(let y)):
            guard let r = x.adding(y) else { throw ExpressionError("+", .overflow, arguments: [term, other.term]) }
            return .decimal(r)
        case (.float(let x), .float(let y)): return .float(x + y)
        case (let x, let y): return .double(x.doubleValue + y.doubleValue)
        }
    }

    /// `a - b`.
    public func subtracting(_ other: XSDNumeric) throws(ExpressionError) -> XSDNumeric {
        switch try Self.promote(self, other, "-") {
        case (.integer(let x), .integer(let y)):
            let (r, o) = x.subtractingReportingOverflow(y)
            if o { throw ExpressionError("-", .overflow, arguments: [term, other.term]) }
            return .integer(r)
        case (.decimal(let x), .decimal(let y)):
            guard let r = x.subtracting(y) else { throw ExpressionError("-", .overflow, arguments: [term, other.term]) }
            return .decimal(r)
        case (.float(let x), .float(let y)): return .float(x - y)
        case (let x, let y): return .double(x.doubleValue - y.doubleValue)
        }
    }

    /// `a * b`.
    public func multiplied(by other: XSDNumeric) throws(ExpressionError) -> XSDNumeric {
        switch try Self.promote(self, other, "*") {
        case (.integer(let x), .integer(let y)):
            let (r, o) = x.multipliedReportingOverflow(by: y)
            if o { throw ExpressionError("*", .overflow, arguments: [term, other.term]) }
            return .integer(r)
        case (.decimal(let x), .decimal(let y)):
            guard let r = x.multiplied(by: y) else { throw ExpressionError("*", .overflow, arguments: [term, other.term]) }
            return .decimal(r)
        case (.float(let x), .float(let y)): return .float(x * y)
        case (let x, let y): return .double(x.doubleValue * y.doubleValue)
        }
    }

    /// `a / b`; two integers divide as decimals (XPath op:numeric-divide), and integer or
    /// decimal division by zero is an error while float and double give INF or NaN.
    public func divided(by other: XSDNumeric) throws(ExpressionError) -> XSDNumeric {
        var (a, b) = try Self.promote(self, other, "/")
        if a.rank == .integer {
            guard let da = a.promoted(to: .decimal), let db = b.promoted(to: .decimal) else {
                throw ExpressionError("/", .overflow, arguments: [term, other.term])
            }
            (a, b) = (da, db)
        }
        switch (a, b) {
        case (.decimal(let x), .decimal(let y)):
            if y.scaled == 0 { throw ExpressionError("/", .divisionByZero, arguments: [term, other.term]) }
            guard let r = x.divided(by: y) else { throw ExpressionError("/", .overflow, arguments: [term, other.term]) }
            return .decimal(r)
        case (.float(let x), .float(let y)): return .float(x / y)
        case (let x, let y): return .double(x.doubleValue / y.doubleValue)
        }
    }

    /// Unary minus.
    public func negated() throws(ExpressionError) -> XSDNumeric {
        switch self {
        case .integer(let i):
            guard i != Int128.min else { throw ExpressionError("-", .overflow, arguments: [term]) }
            return .integer(-i)
        case .decimal(let d):
            guard d.scaled != Int128.min else { throw ExpressionError("-", .overflow, arguments: [term]) }
            return .decimal(d.negated)
        case .float(let f): return .float(-f)
        case .double(let d): return .double(-d)
        }
    }

    /// Three-way comparison in the common type; nil when unordered (NaN).
    public func compare(_ other: XSDNumeric) -> ValueOrder? {
        guard let (a, b) = try? Self.promote(self, other, "<") else {
            // Only decimal overflow can fail; doubles still order the operands.
            return ValueOrder(doubleValue, other.doubleValue)
        }
        switch (a, b) {
        case (.integer(let x), .integer(let y)): return ValueOrder(x, y)
        case (.decimal(let x), .decimal(let y)): return ValueOrder(x, y)
        case (.float(let x), .float(let y)): return ValueOrder(x, y)
        case (let x, let y): return ValueOrder(x.doubleValue, y.doubleValue)
        }
    }

    /// `fn:abs`.
    public func absoluteValue() throws(ExpressionError) -> XSDNumeric {
        switch self {
        case .integer(let i) where i < 0: return try negated()
        case .decimal(let d) where d.scaled < 0: return try negated()
        case .float(let f): return .float(f.magnitude)
        case .double(let d): return .double(d.magnitude)
        default: return self
        }
    }

    /// `fn:ceiling`.
    public func ceiling() throws(ExpressionError) -> XSDNumeric {
        switch self {
        case .integer: return self
        case .decimal(let d):
            guard let c = d.ceiling else { throw ExpressionError("CEIL", .overflow, arguments: [term]) }
            return .decimal(c)
        case .float(let f): return .float(f.rounded(.up))
        case .double(let d): return .double(d.rounded(.up))
        }
    }

    /// `fn:floor`.
    public func floor() throws(ExpressionError) -> XSDNumeric {
        switch self {
        case .integer: return self
        case .decimal(let d):
            guard let f = d.floor else { throw ExpressionError("FLOOR", .overflow, arguments: [term]) }
            return .decimal(f)
        case .float(let f): return .float(f.rounded(.down))
        case .double(let d): return .double(d.rounded(.down))
        }
    }

    /// `fn:round`: halves round toward positive infinity (`-2.5` → `-2`); -0.5 gives -0.
    public func rounded() throws(ExpressionError) -> XSDNumeric {
        switch self {
        case .integer: return self
        case .decimal(let d):
            guard let r = d.roundedHalfUp else { throw ExpressionError("ROUND", .overflow, arguments: [term]) }
            return .decimal(r)
        case .float(let f): return .float(Self.roundHalfUp(Double(f)).map(Float.init) ?? f)
        case .double(let d): return .double(Self.roundHalfUp(d) ?? d)
        }
    }

    private static func roundHalfUp(_ x: Double) -> Double? {
        guard x.isFinite else { return nil }
        if x < 0 && x >= -0.5 { return -0.0 }
        let r = x.rounded(.down)
        return x - r >= 0.5 ? r + 1 : r
    }
}
