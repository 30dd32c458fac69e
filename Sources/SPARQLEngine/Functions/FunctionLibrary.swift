import RDFModel
import SPARQLSyntax

/// The SPARQL 1.1 built-in functions, operators and XSD casts over terms (SPARQL 17.3–17.5).
///
/// Every function takes already-evaluated arguments and either returns a term or throws an
/// ``ExpressionError``; the evaluator turns the error into "unbound". `BOUND`, `IF`,
/// `COALESCE`, `IN`, `EXISTS`, `&&` and `||` evaluate their arguments lazily and so belong to
/// the evaluator; it can use ``Term/effectiveBooleanValue()`` and ``ValueComparison`` for them.
///
/// ```swift
/// let context = FunctionContext()
/// let s = try FunctionLibrary.evaluate(.ucase, [.literal(Literal("abc", language: "en"))], context: context)
/// // "ABC"@en
/// let n = try FunctionLibrary.add(.integer(1), .literal(Literal("2.5", datatype: XSD.decimal)))
/// // "3.5"^^xsd:decimal
/// ```
public enum FunctionLibrary {
    /// Calls a built-in function on evaluated arguments.
    public static func evaluate(_ function: BuiltinFunction, _ args: [Term],
                                context: FunctionContext) throws(ExpressionError) -> Term {
        let name = function.rawValue
        guard function.arity.contains(args.count) else { throw ExpressionError(name, .arity, arguments: args) }
        switch function {
        case .str: return try str(args[0])
        case .lang: return try lang(args[0])
        case .langMatches: return try langMatches(args[0], args[1])
        case .datatype: return try datatype(args[0])
        case .iri, .uri: return try iri(args[0], base: context.baseIRI)
        case .bnode: return try bnode(args.first, context: context)
        case .rand: return rand()
        case .abs: return try Self.abs(args[0])
        case .ceil: return try Self.ceil(args[0])
        case .floor: return try Self.floor(args[0])
        case .round: return try Self.round(args[0])
        case .concat: return try concat(args)
        case .strlen: return try strlen(args[0])
        case .ucase: return try ucase(args[0])
        case .lcase: return try lcase(args[0])
        case .encodeForURI: return try encodeForURI(args[0])
        case .contains: return try contains(args[0], args[1])
        case .strStarts: return try strStarts(args[0], args[1])
        case .strEnds: return try strEnds(args[0], args[1])
        case .strBefore: return try strBefore(args[0], args[1])
        case .strAfter: return try strAfter(args[0], args[1])
        case .year: return try dateTimeComponent(.year, args[0])
        case .month: return try dateTimeComponent(.month, args[0])
        case .day: return try dateTimeComponent(.day, args[0])
        case .hours: return try dateTimeComponent(.hours, args[0])
        case .minutes: return try dateTimeComponent(.minutes, args[0])
        case .seconds: return try dateTimeComponent(.seconds, args[0])
        case .timezone: return try timezone(args[0])
        case .tz: return try tz(args[0])
        case .now: return .literal(context.now.literal)
        case .uuid: return uuid()
        case .strUUID: return strUUID()
        case .md5: return try hash(.md5, args[0])
        case .sha1: return try hash(.sha1, args[0])
        case .sha256: return try hash(.sha256, args[0])
        case .sha384: return try hash(.sha384, args[0])
        case .sha512: return try hash(.sha512, args[0])
        case .strLang: return try strLang(args[0], args[1])
        case .strDatatype: return try strDatatype(args[0], args[1])
        case .sameTerm: return .boolean(ValueComparison.sameTerm(args[0], args[1]))
        case .isIRI, .isURI: return .boolean(args[0].isIRI)
        case .isBlank: return .boolean(args[0].isBlank)
        case .isLiteral: return .boolean(args[0].isLiteral)
        case .isNumeric: return .boolean(args[0].numericValue != nil)
        case .regex: return try regex(args[0], args[1], args.count > 2 ? args[2] : nil)
        case .substr: return try substr(args[0], args[1], args.count > 2 ? args[2] : nil)
        case .replace: return try replace(args[0], args[1], args[2], args.count > 3 ? args[3] : nil)
        }
    }

    /// Calls a function named by IRI: the XSD constructor casts (`xsd:integer(?x)`, …).
    /// Other IRIs raise a type error (the evaluator may handle its own extensions first).
    public static func evaluate(function iri: IRI, _ args: [Term]) throws(ExpressionError) -> Term {
        guard FunctionLibrary.castTargets.contains(iri) else {
            throw ExpressionError(iri.description, .typeMismatch, arguments: args, detail: "unknown function")
        }
        guard args.count == 1 else { throw ExpressionError(iri.description, .arity, arguments: args) }
        return try cast(args[0], to: iri)
    }

    // MARK: - Argument helpers

    /// A string literal argument: its lexical form and language tag (nil for simple/xsd:string).
    struct StringArgument {
        var lexical: String
        var language: String?

        /// The result literal with the same kind as this argument (same tag, or simple).
        func result(_ s: String) -> Term {
            .literal(language.map { Literal(s, language: $0) } ?? Literal(s))
        }
    }

    /// Accepts simple literals, `xsd:string` and language-tagged strings.
    static func stringArgument(_ name: String, _ t: Term) throws(ExpressionError) -> StringArgument {
        guard case .literal(let l) = t, l.language != nil || l.datatype == XSD.string else {
            throw ExpressionError(name, .typeMismatch, arguments: [t])
        }
        return StringArgument(lexical: l.lexical, language: l.language)
    }

    /// Accepts only simple literals and `xsd:string` (no language tag).
    static func simpleStringArgument(_ name: String, _ t: Term) throws(ExpressionError) -> String {
        guard case .literal(let l) = t, l.language == nil, l.datatype == XSD.string else {
            throw ExpressionError(name, .typeMismatch, arguments: [t])
        }
        return l.lexical
    }

    /// Two string arguments that are argument-compatible (SPARQL 17.4.3.1.2): the second has no
    /// tag or the same tag as the first.
    static func compatibleArguments(_ name: String, _ a: Term, _ b: Term) throws(ExpressionError) -> (StringArgument, StringArgument) {
        let x = try stringArgument(name, a), y = try stringArgument(name, b)
        guard y.language == nil || y.language == x.language else {
            throw ExpressionError(name, .incompatibleArguments, arguments: [a, b])
        }
        return (x, y)
    }

    /// A numeric argument with a valid lexical form.
    static func numericArgument(_ name: String, _ t: Term) throws(ExpressionError) -> XSDNumeric {
        guard let n = t.numericValue else { throw ExpressionError(name, .typeMismatch, arguments: [t]) }
        return n
    }
}
