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

    /// PN_LOCAL without escapes: letters, digits, `_`, `-`, `.`, `:`; not starting with `-` or `.`,
    /// not ending with `.`.
    static func isSafeLocalName(_ s: Substring) -> Bool {
        if s.isEmpty { return true }
        if s.first == "-" || s.first == "." || s.last == "." { return false }
        return s.unicodeScalars.allSatisfy { c in
            switch c {
            case "a"..."z", "A"..."Z", "0"..."9", "_", "-", ".", ":": return true
            default: return c.value >= 0xC0 && c.value != 0xD7 && c.value != 0xF7 && !(0x2000...0x206F).contains(c.value)
                && !(0xFFF0...0xFFFF).contains(c.value)
            }
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
