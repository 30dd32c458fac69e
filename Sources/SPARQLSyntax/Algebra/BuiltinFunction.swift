/// The SPARQL 1.1 built-in functions called with ordinary argument lists (section 17.4).
///
/// The raw value is the keyword as the grammar spells it; the parser looks it up and the
/// SSE printer lower-cases it. Evaluators switch over the cases.
public enum BuiltinFunction: String, Hashable, Sendable, CaseIterable {
    /// STR(x): the lexical form of a literal or the string of an IRI.
    case str = "STR"
    /// LANG(x): the language tag of a literal.
    case lang = "LANG"
    /// LANGMATCHES(tag, range): RFC 4647 basic filtering.
    case langMatches = "LANGMATCHES"
    /// DATATYPE(x): the datatype IRI of a literal.
    case datatype = "DATATYPE"
    /// IRI(x): an IRI from a string, resolved against the base.
    case iri = "IRI"
    /// URI(x): a synonym of IRI.
    case uri = "URI"
    /// BNODE() or BNODE(x): a fresh blank node, one per distinct argument per solution.
    case bnode = "BNODE"
    /// RAND(): a random double in [0, 1).
    case rand = "RAND"
    /// ABS(x): the absolute value.
    case abs = "ABS"
    /// CEIL(x): rounded up.
    case ceil = "CEIL"
    /// FLOOR(x): rounded down.
    case floor = "FLOOR"
    /// ROUND(x): rounded to the nearest integer, halves up.
    case round = "ROUND"
    /// CONCAT(a, ...): the strings joined.
    case concat = "CONCAT"
    /// STRLEN(s): the length in characters.
    case strlen = "STRLEN"
    /// UCASE(s): upper case.
    case ucase = "UCASE"
    /// LCASE(s): lower case.
    case lcase = "LCASE"
    /// ENCODE_FOR_URI(s): percent-encoded.
    case encodeForURI = "ENCODE_FOR_URI"
    /// CONTAINS(s, t): whether t occurs in s.
    case contains = "CONTAINS"
    /// STRSTARTS(s, t): whether s starts with t.
    case strStarts = "STRSTARTS"
    /// STRENDS(s, t): whether s ends with t.
    case strEnds = "STRENDS"
    /// STRBEFORE(s, t): the part of s before the first t.
    case strBefore = "STRBEFORE"
    /// STRAFTER(s, t): the part of s after the first t.
    case strAfter = "STRAFTER"
    /// YEAR(dt): the year of a date-time.
    case year = "YEAR"
    /// MONTH(dt): the month of a date-time.
    case month = "MONTH"
    /// DAY(dt): the day of a date-time.
    case day = "DAY"
    /// HOURS(dt): the hours of a date-time.
    case hours = "HOURS"
    /// MINUTES(dt): the minutes of a date-time.
    case minutes = "MINUTES"
    /// SECONDS(dt): the seconds of a date-time, as a decimal.
    case seconds = "SECONDS"
    /// TIMEZONE(dt): the time zone as an xsd:dayTimeDuration.
    case timezone = "TIMEZONE"
    /// TZ(dt): the time zone as a string.
    case tz = "TZ"
    /// NOW(): the query's evaluation time.
    case now = "NOW"
    /// UUID(): a fresh urn:uuid IRI.
    case uuid = "UUID"
    /// STRUUID(): a fresh UUID string.
    case strUUID = "STRUUID"
    /// MD5(s): hex digest.
    case md5 = "MD5"
    /// SHA1(s): hex digest.
    case sha1 = "SHA1"
    /// SHA256(s): hex digest.
    case sha256 = "SHA256"
    /// SHA384(s): hex digest.
    case sha384 = "SHA384"
    /// SHA512(s): hex digest.
    case sha512 = "SHA512"
    /// STRLANG(s, tag): a language-tagged literal.
    case strLang = "STRLANG"
    /// STRDT(s, datatype): a typed literal.
    case strDatatype = "STRDT"
    /// sameTerm(a, b): RDF term equality.
    case sameTerm = "SAMETERM"
    /// isIRI(x): whether x is an IRI.
    case isIRI = "ISIRI"
    /// isURI(x): a synonym of isIRI.
    case isURI = "ISURI"
    /// isBLANK(x): whether x is a blank node.
    case isBlank = "ISBLANK"
    /// isLITERAL(x): whether x is a literal.
    case isLiteral = "ISLITERAL"
    /// isNUMERIC(x): whether x is a literal of a numeric datatype with a valid lexical form.
    case isNumeric = "ISNUMERIC"
    /// REGEX(s, pattern[, flags]): XPath regular-expression match.
    case regex = "REGEX"
    /// SUBSTR(s, start[, length]): a substring, 1-based.
    case substr = "SUBSTR"
    /// REPLACE(s, pattern, replacement[, flags]): XPath fn:replace.
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

    /// The name SSE prints, as Jena spells it: lower case, except the camel-case
    /// `langMatches`, `sameTerm` and `isIRI`-style tests.
    public var sseName: String {
        switch self {
        case .langMatches: return "langMatches"
        case .sameTerm: return "sameTerm"
        case .isIRI: return "isIRI"
        case .isURI: return "isURI"
        case .isBlank: return "isBlank"
        case .isLiteral: return "isLiteral"
        case .isNumeric: return "isNumeric"
        default: return rawValue.lowercased()
        }
    }
}
