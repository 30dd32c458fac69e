import Foundation
import RDFModel

// STR, LANG, LANGMATCHES, DATATYPE, IRI, BNODE, STRDT, STRLANG, UUID, STRUUID (SPARQL 17.4.2).

extension FunctionLibrary {
    /// `STR`: the lexical form of a literal or the string of an IRI.
    public static func str(_ t: Term) throws(ExpressionError) -> Term {
        switch t {
        case .iri(let i): return .literal(Literal(i.value))
        case .literal(let l): return .literal(Literal(l.lexical))
        case .blank: throw ExpressionError("STR", .typeMismatch, arguments: [t])
        }
    }

    /// `LANG`: the language tag of a literal, "" when it has none.
    public static func lang(_ t: Term) throws(ExpressionError) -> Term {
        guard case .literal(let l) = t else { throw ExpressionError("LANG", .typeMismatch, arguments: [t]) }
        return .literal(Literal(l.language ?? ""))
    }

    /// `LANGMATCHES`: RFC 4647 basic filtering; `"*"` matches every non-empty tag.
    public static func langMatches(_ tag: Term, _ range: Term) throws(ExpressionError) -> Term {
        let t = try simpleStringArgument("LANGMATCHES", tag).lowercased()
        let r = try simpleStringArgument("LANGMATCHES", range).lowercased()
        if r == "*" { return .boolean(!t.isEmpty) }
        return .boolean(t == r || (t.hasPrefix(r) && t.dropFirst(r.count).first == "-" && !r.isEmpty))
    }

    /// `DATATYPE`: the datatype IRI of a literal (`rdf:langString` for tagged strings).
    public static func datatype(_ t: Term) throws(ExpressionError) -> Term {
        guard case .literal(let l) = t else { throw ExpressionError("DATATYPE", .typeMismatch, arguments: [t]) }
        return .iri(l.datatype)
    }

    /// `IRI`/`URI`: an IRI unchanged, or a simple literal resolved against the base IRI.
    public static func iri(_ t: Term, base: IRI?) throws(ExpressionError) -> Term {
        if case .iri = t { return t }
        let s = try simpleStringArgument("IRI", t)
        guard let base else { return .iri(IRI(s)) }
        return .iri(IRI(IRIResolver.resolve(s, against: base.value)))
    }

    /// `BNODE()` (fresh) or `BNODE(label)` (the same node for the label within a solution).
    public static func bnode(_ label: Term?, context: FunctionContext) throws(ExpressionError) -> Term {
        guard let label else { return .blank(context.freshBlankNode()) }
        return .blank(context.blankNode(forLabel: try simpleStringArgument("BNODE", label)))
    }

    /// `STRDT`: a literal from a simple lexical form and a datatype IRI.
    public static func strDatatype(_ lexical: Term, _ datatype: Term) throws(ExpressionError) -> Term {
        let s = try simpleStringArgument("STRDT", lexical)
        guard case .iri(let dt) = datatype, dt != RDF.langString else {
            throw ExpressionError("STRDT", .typeMismatch, arguments: [lexical, datatype])
        }
        return .literal(Literal(s, datatype: dt))
    }

    /// `STRLANG`: a language-tagged literal from a simple lexical form and a BCP 47 tag.
    public static func strLang(_ lexical: Term, _ language: Term) throws(ExpressionError) -> Term {
        let s = try simpleStringArgument("STRLANG", lexical)
        let tag = try simpleStringArgument("STRLANG", language)
        guard isWellFormedLanguageTag(tag) else {
            throw ExpressionError("STRLANG", .typeMismatch, arguments: [lexical, language], detail: "invalid language tag")
        }
        return .literal(Literal(s, language: tag))
    }

    /// `[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*`, the shape SPARQL's LANGTAG production allows.
    static func isWellFormedLanguageTag(_ tag: String) -> Bool {
        let parts = tag.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, !first.isEmpty, first.count <= 8,
              first.allSatisfy({ $0.isASCII && $0.isLetter }) else { return false }
        return parts.dropFirst().allSatisfy { p in
            !p.isEmpty && p.count <= 8 && p.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
        }
    }

    /// `UUID()`: a fresh `urn:uuid:` IRI (version 4, lower case).
    public static func uuid() -> Term {
        .iri(IRI("urn:uuid:" + UUID().uuidString.lowercased()))
    }

    /// `STRUUID()`: a fresh version 4 UUID as a simple literal.
    public static func strUUID() -> Term {
        .literal(Literal(UUID().uuidString.lowercased()))
    }

    /// `RAND()`: a double in [0, 1).
    public static func rand() -> Term {
        XSDNumeric.double(Double.random(in: 0..<1)).term
    }
}
