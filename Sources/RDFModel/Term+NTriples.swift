// Canonical N-Triples / N-Quads writing of terms (RDF 1.1 N-Triples, section "Canonical N-Triples").

extension Term {
    /// The term in N-Triples syntax: `<iri>`, `_:label`, `"lexical"`, `"x"@lang` or `"x"^^<dt>`.
    public var ntriples: String {
        var out = ""
        writeNTriples(to: &out)
        return out
    }

    /// Appends the term in N-Triples syntax.
    public func writeNTriples(to out: inout String) {
        switch self {
        case .iri(let iri):
            out.append("<")
            NTriplesEscaping.appendIRI(iri.value, to: &out)
            out.append(">")
        case .blank(let b):
            out.append("_:")
            NTriplesEscaping.appendBlankLabel(b.label, to: &out)
        case .literal(let l):
            out.append("\"")
            NTriplesEscaping.appendLiteral(l.lexical, to: &out)
            out.append("\"")
            if let lang = l.language {
                out.append("@")
                out.append(lang)
            } else if l.datatype != XSD.string {
                out.append("^^<")
                NTriplesEscaping.appendIRI(l.datatype.value, to: &out)
                out.append(">")
            }
        }
    }
}

extension Quad {
    /// The quad as one N-Quads line, with its final ` .` and no newline.
    public var nquads: String {
        var out = ""
        writeNQuads(to: &out)
        return out
    }

    /// Appends the quad as an N-Quads statement followed by a newline.
    public func writeNQuads(to out: inout String) {
        subject.writeNTriples(to: &out)
        out.append(" ")
        predicate.writeNTriples(to: &out)
        out.append(" ")
        object.writeNTriples(to: &out)
        if let g = graph.term {
            out.append(" ")
            g.writeNTriples(to: &out)
        }
        out.append(" .\n")
    }
}

extension Triple {
    /// Appends the triple as an N-Triples statement followed by a newline.
    public func writeNTriples(to out: inout String) {
        subject.writeNTriples(to: &out)
        out.append(" ")
        predicate.writeNTriples(to: &out)
        out.append(" ")
        object.writeNTriples(to: &out)
        out.append(" .\n")
    }
}

/// Escaping rules of canonical N-Triples.
enum NTriplesEscaping {
    static func appendLiteral(_ s: String, to out: inout String) {
        // Fast path: nothing to escape.
        if !s.utf8.contains(where: { $0 == 0x22 || $0 == 0x5C || $0 < 0x20 || $0 == 0x7F }) {
            out.append(s)
            return
        }
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out.append("\\\"")
            case "\\": out.append("\\\\")
            case "\n": out.append("\\n")
            case "\r": out.append("\\r")
            case "\t": out.append("\\t")
            case "\u{08}": out.append("\\b")
            case "\u{0C}": out.append("\\f")
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    appendUCHAR(scalar, to: &out)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
    }

    static func appendIRI(_ s: String, to out: inout String) {
        if !s.utf8.contains(where: { $0 <= 0x20 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x7B || $0 == 0x7D || $0 == 0x7C || $0 == 0x5E || $0 == 0x60 || $0 == 0x5C }) {
            out.append(s)
            return
        }
        for scalar in s.unicodeScalars {
            switch scalar.value {
            case 0...0x20, 0x3C, 0x3E, 0x22, 0x7B, 0x7D, 0x7C, 0x5E, 0x60, 0x5C:
                appendUCHAR(scalar, to: &out)
            default:
                out.unicodeScalars.append(scalar)
            }
        }
    }

    static func appendBlankLabel(_ s: String, to out: inout String) {
        // Labels we generate are always valid; labels from elsewhere are made valid here.
        var first = true
        for scalar in s.unicodeScalars {
            let ok: Bool
            switch scalar {
            case "a"..."z", "A"..."Z", "0"..."9", "_": ok = true
            case "-", ".": ok = !first
            default: ok = scalar.value > 0x7F
            }
            if ok { out.unicodeScalars.append(scalar) } else { out.append("x\(String(scalar.value, radix: 16))") }
            first = false
        }
        if s.hasSuffix(".") { out.append("x") }
    }

    static func appendUCHAR(_ scalar: Unicode.Scalar, to out: inout String) {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        if scalar.value <= 0xFFFF {
            out.append("\\u")
            out.append(String(repeating: "0", count: 4 - hex.count))
        } else {
            out.append("\\U")
            out.append(String(repeating: "0", count: 8 - hex.count))
        }
        out.append(hex)
    }
}
