/// Turns SPARQL text into tokens (grammar section 19.8).
///
/// Codepoint escapes (`\uXXXX`, `\UXXXXXXXX`, section 19.2) are decoded first, over the
/// whole text; every scalar keeps the UTF-8 offset it came from so errors point into the
/// original text.
struct Lexer {
    /// The text's scalars after codepoint-escape decoding.
    private(set) var scalars: [Unicode.Scalar] = []
    /// UTF-8 offset in the original text of each scalar (and one past the end).
    private(set) var offsets: [Int] = []
    private var i = 0

    /// Decodes escapes; throws for escapes that name no Unicode scalar.
    init(_ text: String) throws(SPARQLSyntaxError) {
        let raw = Array(text.unicodeScalars)
        var rawOffsets: [Int] = []
        rawOffsets.reserveCapacity(raw.count + 1)
        var o = 0
        for s in raw {
            rawOffsets.append(o)
            o += UTF8.width(s)
        }
        rawOffsets.append(o)
        scalars.reserveCapacity(raw.count)
        offsets.reserveCapacity(raw.count + 1)
        var k = 0
        while k < raw.count {
            let s = raw[k]
            if s == "\\", k + 1 < raw.count {
                let n = raw[k + 1]
                if n == "\\" {
                    scalars.append(s); offsets.append(rawOffsets[k])
                    scalars.append(n); offsets.append(rawOffsets[k + 1])
                    k += 2
                    continue
                }
                let width = n == "u" ? 4 : 8
                // Only `\u` + 4 or `\U` + 8 hex digits is an escape; anything else is left
                // for the lexer (an error in a string, harmless in a comment).
                if (n == "u" || n == "U"), k + 2 + width <= raw.count,
                   raw[(k + 2)..<(k + 2 + width)].allSatisfy({ $0.properties.isASCIIHexDigit }),
                   let value = UInt32(String(String.UnicodeScalarView(raw[(k + 2)..<(k + 2 + width)])), radix: 16) {
                    guard let decoded = Unicode.Scalar(value) else {
                        throw Lexer.error("codepoint escape names no Unicode character", raw: raw, offset: rawOffsets[k], index: k)
                    }
                    scalars.append(decoded); offsets.append(rawOffsets[k])
                    k += 2 + width
                    continue
                }
            }
            scalars.append(s); offsets.append(rawOffsets[k])
            k += 1
        }
        offsets.append(o)
    }

    private static func error(_ message: String, raw: [Unicode.Scalar], offset: Int, index: Int) -> SPARQLSyntaxError {
        var line = 1, column = 1
        for s in raw[..<index] {
            if s == "\n" { line += 1; column = 1 } else { column += 1 }
        }
        return SPARQLSyntaxError(message: message, line: line, column: column, offset: offset)
    }

    /// A syntax error at scalar index `index`.
    func error(_ message: String, at index: Int) -> SPARQLSyntaxError {
        var line = 1, column = 1
        let end = min(index, scalars.count)
        for s in scalars[..<end] {
            if s == "\n" { line += 1; column = 1 } else { column += 1 }
        }
        return SPARQLSyntaxError(message: message, line: line, column: column, offset: offsets[min(index, offsets.count - 1)])
    }

    // MARK: - Tokens

    /// Reads every token, ending with `.end`.
    mutating func tokenize() throws(SPARQLSyntaxError) -> [Token] {
        var out: [Token] = []
        while true {
            skipWhitespaceAndComments()
            let start = i
            guard i < scalars.count else {
                out.append(Token(kind: .end, start: start))
                return out
            }
            out.append(Token(kind: try next(), start: start))
        }
    }

    private func peek(_ ahead: Int = 0) -> Unicode.Scalar? {
        i + ahead < scalars.count ? scalars[i + ahead] : nil
    }

    private mutating func skipWhitespaceAndComments() {
        while let c = peek() {
            if c == " " || c == "\t" || c == "\n" || c == "\r" {
                i += 1
            } else if c == "#" {
                while let d = peek(), d != "\n", d != "\r" { i += 1 }
            } else {
                return
            }
        }
    }

    private mutating func next() throws(SPARQLSyntaxError) -> TokenKind {
        let c = scalars[i]
        switch c {
        case "<":
            if let iri = scanIRI() { return .iri(iri) }
            i += 1
            if peek() == "=" { i += 1; return .punct("<=") }
            return .punct("<")
        case "?", "$":
            if let n = peek(1), Lexer.isVarNameStart(n) {
                i += 1
                return .variable(scanVarName())
            }
            if c == "$" { throw error("expected a variable name after '$'", at: i) }
            i += 1
            return .punct("?")
        case "\"", "'":
            return .string(try scanString(quote: c))
        case "@":
            i += 1
            var tag = ""
            while let d = peek(), d.properties.isAlphabetic && d.isASCII { tag.unicodeScalars.append(d); i += 1 }
            if tag.isEmpty { throw error("expected a language tag after '@'", at: i - 1) }
            while peek() == "-", let d = peek(1), d.isASCII && (d.properties.isAlphabetic || Lexer.isDigit(d)) {
                tag.append("-"); i += 1
                while let d = peek(), d.isASCII && (d.properties.isAlphabetic || Lexer.isDigit(d)) { tag.unicodeScalars.append(d); i += 1 }
            }
            return .languageTag(tag)
        case "0"..."9":
            return scanNumber()
        case ".":
            if let d = peek(1), Lexer.isDigit(d) { return scanNumber() }
            i += 1
            return .punct(".")
        case "_":
            if peek(1) == ":" { return .blankNodeLabel(try scanBlankLabel()) }
            return try scanName()
        case "{", "}", "(", ")", "[", "]", ",", ";", "*", "+", "-", "/", "=":
            i += 1
            return .punct(String(c))
        case "!":
            i += 1
            if peek() == "=" { i += 1; return .punct("!=") }
            return .punct("!")
        case ">":
            i += 1
            if peek() == "=" { i += 1; return .punct(">=") }
            return .punct(">")
        case "^":
            i += 1
            if peek() == "^" { i += 1; return .punct("^^") }
            return .punct("^")
        case "|":
            i += 1
            if peek() == "|" { i += 1; return .punct("||") }
            return .punct("|")
        case "&":
            if peek(1) == "&" { i += 2; return .punct("&&") }
            throw error("unexpected '&'", at: i)
        default:
            if c == ":" || Lexer.isPNCharsBase(c) { return try scanName() }
            throw error("unexpected character '\(c.escaped(asASCII: true))'", at: i)
        }
    }

    // MARK: - IRIs, names, variables

    /// `<...>` if the text here is an IRIREF; otherwise nil and nothing consumed.
    private mutating func scanIRI() -> String? {
        var j = i + 1
        var out = ""
        while j < scalars.count {
            let c = scalars[j]
            if c == ">" {
                i = j + 1
                return out
            }
            if c.value <= 0x20 || c == "<" || c == "\"" || c == "{" || c == "}" || c == "|" || c == "^" || c == "`" || c == "\\" {
                return nil
            }
            out.unicodeScalars.append(c)
            j += 1
        }
        return nil
    }

    private mutating func scanVarName() -> String {
        var name = ""
        while let c = peek(), Lexer.isVarNameChar(c) { name.unicodeScalars.append(c); i += 1 }
        return name
    }

    private mutating func scanBlankLabel() throws(SPARQLSyntaxError) -> String {
        let start = i
        i += 2
        guard let first = peek(), Lexer.isPNCharsU(first) || Lexer.isDigit(first) else {
            throw error("expected a blank node label after '_:'", at: start)
        }
        var label = ""
        label.unicodeScalars.append(first)
        i += 1
        while let c = peek(), Lexer.isPNChars(c) || (c == "." && lastNonDotFollows()) {
            label.unicodeScalars.append(c)
            i += 1
        }
        return label
    }

    /// True when, from a `.` at the current position, a run of PN_CHARS / dots continues
    /// to a non-dot name character (names may not end with `.`).
    private func lastNonDotFollows(allowColonAndEscapes: Bool = false) -> Bool {
        var j = i
        while j < scalars.count {
            let c = scalars[j]
            if c == "." { j += 1; continue }
            if Lexer.isPNChars(c) { return true }
            if allowColonAndEscapes && (c == ":" || c == "%" || c == "\\") { return true }
            return false
        }
        return false
    }

    /// A keyword, `a`, or a prefixed name.
    private mutating func scanName() throws(SPARQLSyntaxError) -> TokenKind {
        let start = i
        var prefix = ""
        if scalars[i] != ":" {
            // PN_PREFIX, or a bare word.
            prefix.unicodeScalars.append(scalars[i])
            i += 1
            while let c = peek(), Lexer.isPNChars(c) || (c == "." && lastNonDotFollows()) {
                prefix.unicodeScalars.append(c)
                i += 1
            }
        }
        guard peek() == ":" else {
            if prefix.unicodeScalars.allSatisfy({ $0.isASCII && ($0.properties.isAlphabetic || Lexer.isDigit($0) || $0 == "_") }) {
                return .word(prefix)
            }
            throw error("unexpected name '\(prefix)'", at: start)
        }
        if let first = prefix.unicodeScalars.first, !Lexer.isPNCharsBase(first) {
            throw error("a prefix must start with a letter", at: start)
        }
        i += 1
        return .prefixedName(prefix: prefix, local: try scanLocalName())
    }

    private mutating func scanLocalName() throws(SPARQLSyntaxError) -> String {
        var local = ""
        var first = true
        while let c = peek() {
            if c == "%" {
                guard let h1 = peek(1), let h2 = peek(2), h1.properties.isASCIIHexDigit, h2.properties.isASCIIHexDigit else {
                    throw error("bad percent escape in local name", at: i)
                }
                local.unicodeScalars.append(c); local.unicodeScalars.append(h1); local.unicodeScalars.append(h2)
                i += 3
            } else if c == "\\" {
                guard let e = peek(1), "_~.-!$&'()*+,;=/?#@%".unicodeScalars.contains(e) else {
                    throw error("bad escape in local name", at: i)
                }
                local.unicodeScalars.append(e)
                i += 2
            } else if first ? (Lexer.isPNCharsU(c) || c == ":" || Lexer.isDigit(c)) : (Lexer.isPNChars(c) || c == ":") {
                local.unicodeScalars.append(c)
                i += 1
            } else if !first && c == "." && lastNonDotFollows(allowColonAndEscapes: true) {
                local.unicodeScalars.append(c)
                i += 1
            } else {
                break
            }
            first = false
        }
        return local
    }

    // MARK: - Literals

    private mutating func scanNumber() -> TokenKind {
        var text = ""
        while let c = peek(), Lexer.isDigit(c) { text.unicodeScalars.append(c); i += 1 }
        var isDecimal = false
        if peek() == ".", let d = peek(1), Lexer.isDigit(d) || ((d == "e" || d == "E") && exponentFollows(at: i + 1)) {
            text.append(".")
            i += 1
            while let c = peek(), Lexer.isDigit(c) { text.unicodeScalars.append(c); i += 1 }
            isDecimal = true
        }
        if let e = peek(), e == "e" || e == "E", exponentFollows(at: i) {
            text.unicodeScalars.append(e)
            i += 1
            if let s = peek(), s == "+" || s == "-" { text.unicodeScalars.append(s); i += 1 }
            while let c = peek(), Lexer.isDigit(c) { text.unicodeScalars.append(c); i += 1 }
            return .double(text)
        }
        return isDecimal ? .decimal(text) : .integer(text)
    }

    private func exponentFollows(at j: Int) -> Bool {
        var k = j + 1
        if k < scalars.count, scalars[k] == "+" || scalars[k] == "-" { k += 1 }
        return k < scalars.count && Lexer.isDigit(scalars[k])
    }

    private mutating func scanString(quote: Unicode.Scalar) throws(SPARQLSyntaxError) -> String {
        let start = i
        let long = peek(1) == quote && peek(2) == quote
        i += long ? 3 : 1
        var out = ""
        while true {
            guard let c = peek() else { throw error("unterminated string literal", at: start) }
            if c == quote {
                if !long { i += 1; return out }
                if peek(1) == quote && peek(2) == quote {
                    i += 3
                    return out
                }
                out.unicodeScalars.append(c)
                i += 1
            } else if c == "\\" {
                guard let e = peek(1) else { throw error("unterminated string literal", at: start) }
                switch e {
                case "t": out.append("\t")
                case "b": out.append("\u{08}")
                case "n": out.append("\n")
                case "r": out.append("\r")
                case "f": out.append("\u{0C}")
                case "\"": out.append("\"")
                case "'": out.append("'")
                case "\\": out.append("\\")
                default: throw error("bad escape '\\\(e)' in string literal", at: i)
                }
                i += 2
            } else if !long && (c == "\n" || c == "\r") {
                throw error("line break in a short string literal", at: i)
            } else {
                out.unicodeScalars.append(c)
                i += 1
            }
        }
    }

    // MARK: - Character classes (section 19.8)

    static func isDigit(_ c: Unicode.Scalar) -> Bool { c >= "0" && c <= "9" }

    static func isPNCharsBase(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x41...0x5A, 0x61...0x7A, 0xC0...0xD6, 0xD8...0xF6, 0xF8...0x2FF, 0x370...0x37D,
             0x37F...0x1FFF, 0x200C...0x200D, 0x2070...0x218F, 0x2C00...0x2FEF, 0x3001...0xD7FF,
             0xF900...0xFDCF, 0xFDF0...0xFFFD, 0x10000...0xEFFFF:
            return true
        default:
            return false
        }
    }

    static func isPNCharsU(_ c: Unicode.Scalar) -> Bool { isPNCharsBase(c) || c == "_" }

    static func isPNChars(_ c: Unicode.Scalar) -> Bool {
        isPNCharsU(c) || c == "-" || isDigit(c) || c.value == 0xB7 || (0x300...0x36F).contains(c.value) || (0x203F...0x2040).contains(c.value)
    }

    static func isVarNameStart(_ c: Unicode.Scalar) -> Bool { isPNCharsU(c) || isDigit(c) }

    static func isVarNameChar(_ c: Unicode.Scalar) -> Bool {
        isPNCharsU(c) || isDigit(c) || c.value == 0xB7 || (0x300...0x36F).contains(c.value) || (0x203F...0x2040).contains(c.value)
    }
}
