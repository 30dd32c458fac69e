import RDFModel

/// A value of the SPARQL numeric tower: `xsd:integer` ⊂ `xsd:decimal` ⊂ `xsd:float` ⊂ `xsd:double`.
///
/// The integer-derived datatypes (`xsd:int`, `xsd:long`, `xsd:unsignedByte`, …) are read as
/// `.integer` after their range is checked, so they promote like `xsd:integer` does.
///
/// ```swift
/// let a = XSDNumeric(Literal("1.5", datatype: XSD.decimal))!
/// let b = XSDNumeric.integer(2)
/// print(try a.adding(b).literal.lexical)   // 3.5
/// ```
public enum XSDNumeric: Hashable, Sendable {
    /// An `xsd:integer` (or derived type) value.
    case integer(Int128)
    /// An `xsd:decimal` value.
    case decimal(XSDDecimal)
    /// An `xsd:float` value.
    case float(Float)
    /// An `xsd:double` value.
    case double(Double)

    /// The rank of a numeric type in the promotion order.
    public enum Rank: Int, Comparable, Sendable {
        case integer, decimal, float, double
        public static func < (a: Rank, b: Rank) -> Bool { a.rawValue < b.rawValue }
    }

    /// The value's type rank.
    public var rank: Rank {
        switch self {
        case .integer: .integer
        case .decimal: .decimal
        case .float: .float
        case .double: .double
        }
    }

    /// How a numeric datatype's lexical space is read.
    enum DatatypeKind: Sendable {
        case integer(ClosedRange<Int128>)
        case decimal, float, double
    }

    /// Every numeric datatype: the four primitive ones and the types derived from `xsd:integer`
    /// with their value ranges.
    static let datatypes: [IRI: DatatypeKind] = [
        XSD.integer: .integer(Int128.min...Int128.max),
        XSD.decimal: .decimal, XSD.float: .float, XSD.double: .double,
        XSD.long: .integer(Int128(Int64.min)...Int128(Int64.max)),
        XSD.int: .integer(Int128(Int32.min)...Int128(Int32.max)),
        XSD.short: .integer(Int128(Int16.min)...Int128(Int16.max)),
        XSD.byte: .integer(Int128(Int8.min)...Int128(Int8.max)),
        XSD.nonNegativeInteger: .integer(0...Int128.max),
        XSD.positiveInteger: .integer(1...Int128.max),
        XSD.nonPositiveInteger: .integer(Int128.min...0),
        XSD.negativeInteger: .integer(Int128.min...(-1)),
        XSD.unsignedLong: .integer(0...Int128(UInt64.max)),
        XSD.unsignedInt: .integer(0...Int128(UInt32.max)),
        XSD.unsignedShort: .integer(0...Int128(UInt16.max)),
        XSD.unsignedByte: .integer(0...Int128(UInt8.max)),
    ]

    /// Reads a numeric literal; nil when the datatype is not numeric or the lexical form is
    /// invalid (including out-of-range values of the bounded integer types).
    public init?(_ literal: Literal) {
        guard let kind = Self.datatypes[literal.datatype] else { return nil }
        switch kind {
        case .integer(let range):
            guard let v = XSDLexical.parseInteger(literal.lexical), range.contains(v) else { return nil }
            self = .integer(v)
        case .decimal:
            guard let v = XSDDecimal(lexical: literal.lexical) else { return nil }
            self = .decimal(v)
        case .double:
            guard let v = XSDLexical.parseDouble(literal.lexical) else { return nil }
            self = .double(v)
        case .float:
            guard let v = XSDLexical.parseDouble(literal.lexical) else { return nil }
            self = .float(Float(v))
        }
    }

    /// True when `datatype` is one of the numeric datatypes (valid lexical form or not).
    public static func isNumericDatatype(_ datatype: IRI) -> Bool {
        datatypes[datatype] != nil
    }

    /// The value range of `xsd:integer` or a type derived from it; nil for other datatypes.
    static func integerRange(of datatype: IRI) -> ClosedRange<Int128>? {
        if case .integer(let range)? = datatypes[datatype] { return range }
        return nil
    }

    /// The datatype of the value's type.
    public var datatype: IRI {
        switch self {
        case .integer: XSD.integer
        case .decimal: XSD.decimal
        case .float: XSD.float
        case .double: XSD.double
        }
    }

    /// The lexical form computed numbers are written in: the XPath 3.1 string value
    /// (`12`, `1.5`, `6`, `1.0E7`, `1.5E-7`, `INF`, `NaN`), which is valid in every numeric
    /// datatype's lexical space. The W3C expected results disagree among themselves; this form
    /// matches most of them (expr-ops `*-numbers-cast`, `ceil01`, `floor01`, `round01`,
    /// `seconds`, `agg-avg-distinct`, `agg-sum-distinct`), while a few older ones use the
    /// XSD 1.0 canonical form of ``xsd10CanonicalForm`` (`2.0`, `2.5E0`).
    public var canonicalLexicalForm: String { xpathString }

    /// The XSD 1.0 canonical form: `12`, `1.5`, `1.0`, `1.0E0`, `INF`, `NaN`.
    public var xsd10CanonicalForm: String {
        switch self {
        case .integer(let i): String(i)
        case .decimal(let d): d.canonicalLexicalForm
        case .float(let f): XSDLexical.canonicalDouble(Double(f), float: true)
        case .double(let d): XSDLexical.canonicalDouble(d)
        }
    }

    /// The XPath 3.1 string form (the result of casting to `xsd:string`).
    public var xpathString: String {
        switch self {
        case .integer(let i): String(i)
        case .decimal(let d): d.xpathString
        case .float(let f): XSDLexical.xpathDoubleString(Double(f), float: true)
        case .double(let d): XSDLexical.xpathDoubleString(d)
        }
    }

    /// The value as a literal in canonical form.
    public var literal: Literal { Literal(canonicalLexicalForm, datatype: datatype) }

    /// The value as a literal term in canonical form.
    public var term: Term { .literal(literal) }

    /// The value as a double (possibly rounded).
    public var doubleValue: Double {
        switch self {
        case .integer(let i): Double(i)
        case .decimal(let d): d.doubleValue
        case .float(let f): Double(f)
        case .double(let d): d
        }
    }

    /// The value converted to the type of `rank` (never lower than its own); nil on decimal overflow.
    public func promoted(to rank: Rank) -> XSDNumeric? {
        switch (self, rank) {
        case (_, _) where rank <= self.rank: return self
        case (.integer(let i), .decimal): return XSDDecimal(exactly: i).map(XSDNumeric.decimal)
        case (_, .float): return .float(Float(doubleValue))
        case (_, .double): return .double(doubleValue)
        default: return self
        }
    }

    /// EBV of a number: false for zero and NaN.
    public var isTruthy: Bool {
        switch self {
        case .integer(let i): i != 0
        case .decimal(let d): d.scaled != 0
        case .float(let f): !(f.isNaN || f == 0)
        case .double(let d): !(d.isNaN || d == 0)
        }
    }
}
