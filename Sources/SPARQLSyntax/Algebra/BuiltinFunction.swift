/// The SPARQL 1.1 built-in functions called with ordinary argument lists (section 17.4).
///
/// The raw value is the keyword as the grammar spells it; the parser looks it up and the
/// SSE printer lower-cases it. Evaluators switch over the cases.
public enum BuiltinFunction: String, Hashable, Sendable, CaseIterable {
    case str = "STR"
    case lang = "LANG"
    case langMatches = "LANGMATCHES"
    case datatype = "DATATYPE"
    case iri = "IRI"
    case uri = "URI"
    case bnode = "BNODE"
    case rand = "RAND"
    case abs = "ABS"
    case ceil = "CEIL"
    case floor = "FLOOR"
    case round = "ROUND"
    case concat = "CONCAT"
    case strlen = "STRLEN"
    case ucase = "UCASE"
    case lcase = "LCASE"
    case encodeForURI = "ENCODE_FOR_URI"
    case contains = "CONTAINS"
    case strStarts = "STRSTARTS"
    case strEnds = "STRENDS"
    case strBefore = "STRBEFORE"
    case strAfter = "STRAFTER"
    case year = "YEAR"
    case month = "MONTH"
    case day = "DAY"
    case hours = "HOURS"
    case minutes = "MINUTES"
    case seconds = "SECONDS"
    case timezone = "TIMEZONE"
    case tz = "TZ"
    case now = "NOW"
    case uuid = "UUID"
    case strUUID = "STRUUID"
    case md5 = "MD5"
    case sha1 = "SHA1"
    case sha256 = "SHA256"
    case sha384 = "SHA384"
    case sha512 = "SHA512"
    case strLang = "STRLANG"
    case strDatatype = "STRDT"
    case sameTerm = "SAMETERM"
    case isIRI = "ISIRI"
    case isURI = "ISURI"
    case isBlank = "ISBLANK"
    case isLiteral = "ISLITERAL"
    case isNumeric = "ISNUMERIC"
    case regex = "REGEX"
    case substr = "SUBSTR"
    case replace = "REPLACE"

    /// How many arguments the function takes (section 17.4 and the grammar's BuiltInCall).
    public var arity: ClosedRange<Int> {
        switch self {
        case .rand, .now, .uuid, .strUUID: return 0...0
        case .bnode: return 0...1
        case .concat: return 0...Int.max
        case .langMatches, .contains, .strStarts, .strEnds, .strBefore, .strAfter,
             .strLang, .strDatatype, .sameTerm: return 2...2
        case .regex, .substr: return 2...3
        case .replace: return 3...4
        default: return 1...1
        }
    }

    /// The name SSE prints (Jena style, lower case).
    public var sseName: String { rawValue.lowercased() }
}
