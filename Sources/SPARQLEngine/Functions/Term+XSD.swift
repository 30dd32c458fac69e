import RDFModel

extension Term {
    /// A canonical `xsd:boolean` literal.
    public static func boolean(_ value: Bool) -> Term {
        .literal(Literal(value ? "true" : "false", datatype: XSD.boolean))
    }

    /// A canonical `xsd:integer` literal.
    public static func integer(_ value: Int) -> Term {
        .literal(Literal(String(value), datatype: XSD.integer))
    }
}

extension Term {
    /// The effective boolean value (SPARQL 17.2.2): booleans are themselves, numbers are false
    /// when zero or NaN, strings (plain, `xsd:string` or language-tagged) are false when empty,
    /// and ill-typed booleans or numbers are false. Anything else is a type error.
    ///
    /// ```swift
    /// try Term.literal(Literal("0", datatype: XSD.integer)).effectiveBooleanValue()  // false
    /// ```
    public func effectiveBooleanValue() throws(ExpressionError) -> Bool {
        guard case .literal(let l) = self else { throw ExpressionError("EBV", .typeMismatch, arguments: [self]) }
        switch XSDValue(l) {
        case .boolean(let b): return b
        case .numeric(let n): return n.isTruthy
        case .string(let s), .langString(let s, _): return !s.isEmpty
        case .illTyped(let lit) where lit.datatype == XSD.boolean || XSDNumeric.isNumericDatatype(lit.datatype):
            return false
        default:
            throw ExpressionError("EBV", .typeMismatch, arguments: [self])
        }
    }

    /// The literal's interpreted value; nil for IRIs and blank nodes.
    public var xsdValue: XSDValue? { literal.map(XSDValue.init) }

    /// The literal's numeric value; nil when it is not a valid numeric literal.
    public var numericValue: XSDNumeric? { literal.flatMap(XSDNumeric.init) }
}

extension Term {
    /// The term with a valid literal of a supported datatype rewritten in its canonical lexical
    /// form (numbers, booleans, date/times, durations); anything else unchanged. For comparing
    /// results by value, e.g. `actual.isEquivalent(to: expected, normalize: { $0.canonicalized })`,
    /// since the W3C suites write the same decimal as `1`, `1.0` or `01.0`.
    public var canonicalized: Term {
        guard case .literal(let l) = self else { return self }
        switch XSDValue(l) {
        case .numeric(let n): return .literal(Literal(n.canonicalLexicalForm, datatype: l.datatype))
        case .boolean, .dateTime, .duration: return XSDValue(l).term
        case .string, .langString, .other, .illTyped: return self
        }
    }
}
