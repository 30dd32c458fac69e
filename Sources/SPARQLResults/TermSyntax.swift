import RDFModel

/// Writes terms in Turtle syntax (as TSV results and the Turtle writer use them): IRIs in angle
/// brackets or as prefixed names, numbers and booleans in their short forms when their lexical
/// form allows it, everything else as in N-Triples.
public struct TermSyntax: Sendable {
    /// Prefix → namespace IRI, longest namespace first.
    private let namespaces: [(prefix: String, namespace: String)]

    /// A writer that abbreviates IRIs with `prefixes` (prefix → namespace).
    public init(prefixes: [String: String] = [:]) {
        namespaces = prefixes.map { ($0.key, $0.value) }.sorted { $0.namespace.count > $1.namespace.count }
    }

    /// The term in Turtle syntax.
    public func string(_ term: Term) -> String {
        var out = ""
        write(term, to: &out)
        return out
    }

    /// Appends the term in Turtle syntax.
    public func write(_ term: Term, to out: inout String) {
        switch term {
        case .iri(let iri):
            if let pn = prefixedName(iri.value) { out += pn } else { term.writeNTriples(to: &out) }
        case .blank:
            term.writeNTriples(to: &out)
        case .literal(let l):
            if l.language == nil, Self.hasShortForm(l) {
                out += l.lexical
            } else if l.language == nil, l.datatype != XSD.string, let dt = prefixedName(l.datatype.value) {
                Term.literal(Literal(l.lexical)).writeNTriples(to: &out)
                out += "^^" + dt
            } else {
                term.writeNTriples(to: &out)
            }
        }
    }

    /// The IRI as `prefix:local` when a namespace matches and the local part needs no escaping.
    public func prefixedName(_ iri: String) -> String? {
        for (prefix, ns) in namespaces where iri.hasPrefix(ns) {
            let local = iri.dropFirst(ns.count)
            if Self.isSafeLocalName(local) { return prefix + ":" + local }
        }
        return nil
    }

    /// PN_LOCAL without escapes: PN_CHARS, `.` and `:`; not starting with `-` or `.`, not
    /// ending with `.` (Turtle grammar productions 167–170).
    static func isSafeLocalName(_ s: Substring) -> Bool {
        if s.isEmpty { return true }
        if s.first == "-" || s.first == "." || s.last == "." { return false }
        return s.unicodeScalars.allSatisfy { c in c == "." || c == ":" || isPNChar(c) }
    }

    /// PN_CHARS: PN_CHARS_U, `-`, digits, U+00B7, U+0300–U+036F, U+203F–U+2040.
    static func isPNChar(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x41...0x5A, 0x61...0x7A, 0x30...0x39, 0x5F, 0x2D, 0xB7: return true
        case 0xC0...0xD6, 0xD8...0xF6, 0xF8...0x2FF, 0x300...0x36F, 0x370...0x37D, 0x37F...0x1FFF,
             0x200C...0x200D, 0x203F...0x2040, 0x2070...0x218F, 0x2C00...0x2FEF, 0x3001...0xD7FF,
             0xF900...0xFDCF, 0xFDF0...0xFFFD, 0x10000...0xEFFFF: return true
        default: return false
        }
    }

    /// True when a typed literal can be written bare: `xsd:integer`, `xsd:decimal` and
    /// `xsd:double` whose lexical form is the Turtle INTEGER, DECIMAL or DOUBLE production, and
    /// the booleans `true` / `false`.
    public static func hasShortForm(_ l: Literal) -> Bool {
        let dt = l.datatype
        if dt == XSD.boolean { return l.lexical == "true" || l.lexical == "false" }
        guard dt == XSD.integer || dt == XSD.decimal || dt == XSD.double else { return false }
        var b = Array(l.lexical.utf8)[...]
        if let f = b.first, f == UInt8(ascii: "+") || f == UInt8(ascii: "-") { b = b.dropFirst() }
        func digits() -> Int {
            var n = 0
            while let f = b.first, f >= 0x30 && f <= 0x39 { b = b.dropFirst(); n += 1 }
            return n
        }
        let intDigits = digits()
        var fracDigits = 0
        var point = false
        if b.first == UInt8(ascii: ".") { point = true; b = b.dropFirst(); fracDigits = digits() }
        if dt == XSD.integer { return intDigits > 0 && !point && b.isEmpty }
        if dt == XSD.decimal { return point && fracDigits > 0 && b.isEmpty }
        guard intDigits + fracDigits > 0, let e = b.first, e == UInt8(ascii: "e") || e == UInt8(ascii: "E") else { return false }
        b = b.dropFirst()
        if let f = b.first, f == UInt8(ascii: "+") || f == UInt8(ascii: "-") { b = b.dropFirst() }
        return digits() > 0 && b.isEmpty
    }
}
