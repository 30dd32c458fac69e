import RDFModel

/// The error a SPARQL operator, function, cast or aggregate raises.
///
/// SPARQL turns every such error into "unbound" (in a projection) or "false" (in a FILTER),
/// so the evaluator normally catches it and moves on; the structured fields are there for
/// diagnostics and tests, never for control flow.
///
/// Convention: every function in this folder that can fail is declared
/// `throws(ExpressionError)`; none of them signals an error by returning nil.
public struct ExpressionError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Why an expression failed.
    public enum Reason: Hashable, Sendable {
        /// An argument has a type the operator does not accept (SPARQL "type error").
        case typeMismatch
        /// A typed literal's lexical form is not valid for its datatype.
        case invalidLexicalForm
        /// A result does not fit the implementation's numeric range.
        case overflow
        /// Integer or decimal division by zero.
        case divisionByZero
        /// Two values of the same type cannot be ordered or compared (e.g. dateTimes less than
        /// 14 hours apart, one with a timezone and one without).
        case incomparable
        /// A regular expression or replacement string is not valid XPath syntax.
        case invalidRegex
        /// The wrong number of arguments.
        case arity
        /// A cast the XPath cast table does not allow, or whose source value does not convert.
        case invalidCast
        /// An aggregate received no value where one was required, or an error poisoned it.
        case aggregateError
        /// Two string arguments are not argument-compatible (SPARQL 17.4.3.1.2).
        case incompatibleArguments
    }

    /// The operator or function that failed, as written in SPARQL (`"SUBSTR"`, `"+"`, `"xsd:integer"`).
    public var function: String
    /// What went wrong.
    public var reason: Reason
    /// The offending arguments, for messages.
    public var arguments: [Term]
    /// Extra detail, such as the regex engine's message.
    public var detail: String?

    /// Creates an error.
    public init(_ function: String, _ reason: Reason, arguments: [Term] = [], detail: String? = nil) {
        self.function = function
        self.reason = reason
        self.arguments = arguments
        self.detail = detail
    }

    /// A readable one-line message.
    public var description: String {
        var s = "\(function): \(reason)"
        if !arguments.isEmpty { s += " (" + arguments.map(\.ntriples).joined(separator: ", ") + ")" }
        if let detail { s += ": " + detail }
        return s
    }
}
