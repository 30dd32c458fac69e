import RDFModel

/// The value a literal denotes, for the datatypes SPARQL operators understand.
///
/// `XSDValue(literal)` never fails: literals of other datatypes are `.other`, and literals of a
/// supported datatype whose lexical form is invalid (`"abc"^^xsd:integer`) are `.illTyped`.
///
/// ```swift
/// if case .numeric(let n) = XSDValue(Literal("07", datatype: XSD.int)) { print(n) }  // integer(7)
/// ```
public enum XSDValue: Hashable, Sendable {
    /// A simple literal or `xsd:string`.
    case string(String)
    /// A language-tagged string (the tag lower-cased).
    case langString(String, language: String)
    /// An `xsd:boolean`.
    case boolean(Bool)
    /// A number of the numeric tower.
    case numeric(XSDNumeric)
    /// An `xsd:dateTime`, `xsd:date` or `xsd:time`.
    case dateTime(XSDDateTime)
    /// One of the duration types.
    case duration(XSDDuration)
    /// A literal of a datatype the engine does not interpret.
    case other(Literal)
    /// A literal of a supported datatype with an invalid lexical form.
    case illTyped(Literal)

    /// Interprets a literal.
    public init(_ literal: Literal) {
        if let lang = literal.language {
            self = .langString(literal.lexical, language: lang)
            return
        }
        let dt = literal.datatype
        if dt == XSD.string {
            self = .string(literal.lexical)
        } else if dt == XSD.boolean {
            self = XSDLexical.parseBoolean(literal.lexical).map(XSDValue.boolean) ?? .illTyped(literal)
        } else if XSDNumeric.isNumericDatatype(dt) {
            self = XSDNumeric(literal).map(XSDValue.numeric) ?? .illTyped(literal)
        } else if let kind = Self.dateTimeKinds[dt] {
            self = XSDDateTime(lexical: literal.lexical, kind: kind).map(XSDValue.dateTime) ?? .illTyped(literal)
        } else if let kind = Self.durationKinds[dt] {
            self = XSDDuration(lexical: literal.lexical, kind: kind).map(XSDValue.duration) ?? .illTyped(literal)
        } else {
            self = .other(literal)
        }
    }

    static let dateTimeKinds: [IRI: XSDDateTime.Kind] = [XSD.dateTime: .dateTime, XSD.date: .date, XSD.time: .time]
    static let durationKinds: [IRI: XSDDuration.Kind] = [
        XSD.duration: .duration, XSD.dayTimeDuration: .dayTime, XSD.yearMonthDuration: .yearMonth,
    ]

    /// The value as a literal: canonical for computed values, unchanged for `.other`/`.illTyped`.
    public var literal: Literal {
        switch self {
        case .string(let s): Literal(s)
        case .langString(let s, let lang): Literal(s, language: lang)
        case .boolean(let b): Literal(b ? "true" : "false", datatype: XSD.boolean)
        case .numeric(let n): n.literal
        case .dateTime(let d): d.literal
        case .duration(let d): d.literal
        case .other(let l), .illTyped(let l): l
        }
    }

    /// The value as a term.
    public var term: Term { .literal(literal) }
}
