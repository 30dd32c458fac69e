import RDFModel

/// Reads one RDF term written in Turtle/N-Triples syntax without prefixes, as TSV results hold them.
enum TurtleTermReader {
    struct Failure: Error { var detail: String }

    static func term(_ text: Substring) throws(Failure) -> Term {
        var s = Array(text.unicodeScalars)[...]
        let t = try readTerm(&s)
        guard s.isEmpty else { throw Failure(detail: "trailing characters") }
        return t
    }

    private static func readTerm(_ s: inout ArraySlice<Unicode.Scalar>) throws(Failure) -> Term {
        guard let first = s.first else { throw Failure(detail: "empty term") }
        switch first {
        case "<":
            return .iri(IRI(try readIRI(&s)))
        case "_":
            guard s.dropFirst().first == ":" else { throw Failure(detail: "bad blank node") }
            s = s.dropFirst(2)
            var label = ""
            while let c = s.first, c != " " { label.unicodeScalars.append(c); s = s.dropFirst() }
            guard !label.isEmpty else { throw Failure(detail: "empty blank node label") }
            return .blank(label)
        case "\"", "'":
            let lexical = try readString(&s)
            if s.first == "@" {
                s = s.dropFirst()
                var tag = ""
                while let c = s.first, c.properties.isAlphabetic || ("0"..."9").contains(c) || c == "-" {
                    tag.unicodeScalars.append(c); s = s.dropFirst()
                }
                guard !tag.isEmpty else { throw Failure(detail: "empty language tag") }
                return .literal(Literal(lexical, language: tag))
            }
            if s.starts(with: ["^", "^"]) {
                s = s.dropFirst(2)
                guard s.first == "<" else { throw Failure(detail: "datatype must be an IRI in angle brackets") }
                return .literal(Literal(lexical, datatype: IRI(try readIRI(&s))))
            }
            return .literal(Literal(lexical))
        default:
            var word = ""
            while let c = s.first, c != " " { word.unicodeScalars.append(c); s = s.dropFirst() }
            if word == "true" || word == "false" { return .literal(Literal(word, datatype: XSD.boolean)) }
            let l = Literal(word, datatype: word.contains(where: { $0 == "e" || $0 == "E" }) ? XSD.double
                            : word.contains(".") ? XSD.decimal : XSD.integer)
            guard TermSyntax.hasShortForm(l) else { throw Failure(detail: "not a term") }
            return .literal(l)
        }
    }

    private static func readIRI(_ s: inout ArraySlice<Unicode.Scalar>) throws(Failure) -> String {
        s = s.dropFirst()
        var out = ""
        while let c = s.first {
            s = s.dropFirst()
            if c == ">" { return out }
            if c == "\\" { out.unicodeScalars.append(try readEscape(&s, allowCharacterEscapes: false)) } else { out.unicodeScalars.append(c) }
        }
        throw Failure(detail: "unterminated IRI")
    }

    private static func readString(_ s: inout ArraySlice<Unicode.Scalar>) throws(Failure) -> String {
        let quote = s.first!
        let long = s.count >= 6 && s.prefix(3).allSatisfy { $0 == quote }
        s = s.dropFirst(long ? 3 : 1)
        var out = ""
        while let c = s.first {
            if c == quote && (!long || s.prefix(3).count == 3 && s.prefix(3).allSatisfy { $0 == quote }) {
                s = s.dropFirst(long ? 3 : 1)
                return out
            }
            s = s.dropFirst()
            if c == "\\" { out.unicodeScalars.append(try readEscape(&s, allowCharacterEscapes: true)) } else { out.unicodeScalars.append(c) }
        }
        throw Failure(detail: "unterminated string")
    }

    private static func readEscape(_ s: inout ArraySlice<Unicode.Scalar>, allowCharacterEscapes: Bool) throws(Failure) -> Unicode.Scalar {
        guard let e = s.first else { throw Failure(detail: "dangling backslash") }
        s = s.dropFirst()
        switch e {
        case "u", "U":
            let n = e == "u" ? 4 : 8
            let hex = String(String.UnicodeScalarView(s.prefix(n)))
            guard hex.count == n, let v = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(v) else {
                throw Failure(detail: "bad \\\(e) escape")
            }
            s = s.dropFirst(n)
            return scalar
        case "t" where allowCharacterEscapes: return "\t"
        case "n" where allowCharacterEscapes: return "\n"
        case "r" where allowCharacterEscapes: return "\r"
        case "b" where allowCharacterEscapes: return "\u{08}"
        case "f" where allowCharacterEscapes: return "\u{0C}"
        case "\"", "'", "\\" where allowCharacterEscapes: return e
        default: throw Failure(detail: "bad escape \\\(e)")
        }
    }
}
