/// One lexical token of SPARQL text.
struct Token: Sendable {
    /// What the token is.
    var kind: TokenKind
    /// Index of the first scalar in the lexer's scalar array.
    var start: Int
}

/// The kinds of token the SPARQL grammar (section 19.8) distinguishes.
enum TokenKind: Equatable, Sendable {
    /// `<...>`, the text between the brackets (unresolved).
    case iri(String)
    /// `prefix:local`, the local part with `\` escapes removed.
    case prefixedName(prefix: String, local: String)
    /// `_:label`.
    case blankNodeLabel(String)
    /// `?name` or `$name`.
    case variable(String)
    /// A string literal, escapes decoded.
    case string(String)
    /// `@tag`, without the `@`.
    case languageTag(String)
    /// Unsigned numbers as written.
    case integer(String)
    case decimal(String)
    case double(String)
    /// A bare word (keyword, `a`, `true`, function name), as written.
    case word(String)
    /// Punctuation and operators: `{ } ( ) [ ] . , ; * + - / ! ^ ^^ | || && = != < > <= >= ?`.
    case punct(String)
    /// End of input.
    case end

    /// How the token reads in an error message.
    var display: String {
        switch self {
        case .iri(let s): return "<\(s)>"
        case .prefixedName(let p, let l): return "'\(p):\(l)'"
        case .blankNodeLabel(let l): return "'_:\(l)'"
        case .variable(let v): return "'?\(v)'"
        case .string: return "string literal"
        case .languageTag(let t): return "'@\(t)'"
        case .integer(let s), .decimal(let s), .double(let s): return "'\(s)'"
        case .word(let w): return "'\(w)'"
        case .punct(let p): return "'\(p)'"
        case .end: return "end of input"
        }
    }
}
