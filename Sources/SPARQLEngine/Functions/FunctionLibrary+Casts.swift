import RDFModel

// XSD constructor functions / casts (SPARQL 17.5 and XPath F&O 3.1 section 19).

extension FunctionLibrary {
    /// The datatypes `cast(_:to:)` and `evaluate(function:_:)` accept.
    public static let castTargets: Set<IRI> = [
        XSD.string, XSD.boolean, XSD.integer, XSD.decimal, XSD.float, XSD.double,
        XSD.dateTime, XSD.date, XSD.time, XSD.duration, XSD.dayTimeDuration, XSD.yearMonthDuration,
        XSD.long, XSD.int, XSD.short, XSD.byte, XSD.nonNegativeInteger, XSD.nonPositiveInteger,
        XSD.positiveInteger, XSD.negativeInteger, XSD.unsignedLong, XSD.unsignedInt,
        XSD.unsignedShort, XSD.unsignedByte,
    ]

    /// Casts a term to an XSD datatype following the XPath cast table: strings parse the target's
    /// lexical form, numbers convert (truncating toward zero for integers, NaN and infinities
    /// fail), booleans become 1/0 and numbers become booleans by EBV. IRIs cast only to
    /// `xsd:string`; blank nodes and language-tagged strings never cast.
    ///
    /// ```swift
    /// try FunctionLibrary.cast(.literal(Literal("1.5", datatype: XSD.decimal)), to: XSD.integer)  // "1"^^xsd:integer
    /// ```
    public static func cast(_ t: Term, to target: IRI) throws(ExpressionError) -> Term {
        let name = "xsd:" + target.value.dropFirst(XSD.namespace.count)
        func fail() -> ExpressionError { ExpressionError(name, .invalidCast, arguments: [t]) }
        let value: XSDValue
        switch t {
        case .iri(let i):
            guard target == XSD.string else { throw fail() }
            return .literal(Literal(i.value))
        case .blank: throw fail()
        case .literal(let l): value = XSDValue(l)
        }
        if case .illTyped = value { throw fail() }
        if case .langString = value { throw fail() }

        if target == XSD.string {
            switch value {
            case .string(let s): return .literal(Literal(s))
            case .numeric(let n): return .literal(Literal(n.xpathString))
            case .boolean(let b): return .literal(Literal(b ? "true" : "false"))
            case .dateTime(let d): return .literal(Literal(d.canonicalLexicalForm))
            case .duration(let d): return .literal(Literal(d.canonicalLexicalForm))
            case .other(let l): return .literal(Literal(l.lexical))
            case .langString, .illTyped: throw fail()
            }
        }
        if target == XSD.boolean {
            switch value {
            case .string(let s):
                guard let b = XSDLexical.parseBoolean(s) else { throw fail() }
                return .boolean(b)
            case .numeric(let n): return .boolean(n.isTruthy)
            case .boolean(let b): return .boolean(b)
            default: throw fail()
            }
        }
        if target == XSD.decimal {
            switch value {
            case .string(let s):
                guard let d = XSDDecimal(lexical: s) else { throw fail() }
                return XSDNumeric.decimal(d).term
            case .boolean(let b): return XSDNumeric.decimal(XSDDecimal(b ? 1 : 0)).term
            case .numeric(.integer(let i)):
                guard let d = XSDDecimal(exactly: i) else { throw fail() }
                return XSDNumeric.decimal(d).term
            case .numeric(.decimal(let d)): return XSDNumeric.decimal(d).term
            case .numeric(let n):
                guard let d = XSDDecimal(n.doubleValue) else { throw fail() }
                return XSDNumeric.decimal(d).term
            default: throw fail()
            }
        }
        if target == XSD.float || target == XSD.double {
            let d: Double
            switch value {
            case .string(let s):
                guard let v = XSDLexical.parseDouble(s) else { throw fail() }
                d = v
            case .boolean(let b): d = b ? 1 : 0
            case .numeric(let n): d = n.doubleValue
            default: throw fail()
            }
            return (target == XSD.float ? XSDNumeric.float(Float(d)) : XSDNumeric.double(d)).term
        }
        if let range = XSDNumeric.integerRange(of: target) {
            let i: Int128
            switch value {
            case .string(let s):
                guard let v = XSDLexical.parseInteger(s) else { throw fail() }
                i = v
            case .boolean(let b): i = b ? 1 : 0
            case .numeric(.integer(let v)): i = v
            case .numeric(.decimal(let d)): i = d.truncatedInteger
            case .numeric(let n):
                let d = n.doubleValue.rounded(.towardZero)
                guard d.isFinite, d.magnitude < 1.7e38 else { throw fail() }
                i = Int128(d)
            default: throw fail()
            }
            guard range.contains(i) else { throw fail() }
            return .literal(Literal(String(i), datatype: target))
        }
        if let kind = XSDValue.dateTimeKinds[target] {
            switch value {
            case .string(let s):
                guard let d = XSDDateTime(lexical: s, kind: kind) else { throw fail() }
                return .literal(d.literal)
            case .dateTime(let d):
                guard let c = d.converted(to: kind) else { throw fail() }
                return .literal(c.literal)
            default: throw fail()
            }
        }
        if let kind = XSDValue.durationKinds[target] {
            switch value {
            case .string(let s):
                guard let d = XSDDuration(lexical: s, kind: kind) else { throw fail() }
                return .literal(d.literal)
            case .duration(var d):
                switch kind {
                case .dayTime: d.months = 0
                case .yearMonth: d.seconds = .zero
                case .duration: break
                }
                d.kind = kind
                return .literal(d.literal)
            default: throw fail()
            }
        }
        throw fail()
    }
}
