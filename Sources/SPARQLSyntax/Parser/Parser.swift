import RDFModel

/// The recursive-descent parser's state: the token cursor, the prologue, and the
/// bookkeeping the static checks need. The grammar rules live in the `Parser+*.swift`
/// extensions, one per part of the grammar.
struct Parser {
    var lexer: Lexer
    var tokens: [Token]
    var pos = 0

    /// PREFIX declarations in force.
    var prefixes: [String: String] = [:]
    /// The BASE in force (or the caller's base IRI).
    var base: String?

    /// Counter behind generated variables and blank-node labels.
    var freshCounter = 0
    /// Query-pattern blank-node labels and the variables they became.
    var blankVariables: [String: Variable] = [:]
    /// The basic graph pattern each query-pattern blank-node label was first used in.
    var blankLabelBGP: [String: Int] = [:]
    /// The basic graph pattern being read; a new id whenever another element intervenes.
    var currentBGP = 0
    var bgpCounter = 0
    /// Template blank-node labels and the labels they were given.
    var templateLabels: [String: String] = [:]
    /// Template blank-node labels used by earlier update operations; reusing one is an error.
    var priorOperationLabels: Set<String> = []
    /// Template blank-node labels used by the update operation being read.
    var operationLabels: Set<String> = []
    /// Whether aggregates may appear in the expression being read.
    var aggregatesAllowed = false

    init(text: String, baseIRI: String?) throws {
        lexer = try Lexer(text)
        tokens = try lexer.tokenize()
        base = baseIRI
    }

    // MARK: - Cursor

    var token: TokenKind { tokens[pos].kind }

    func peek(_ ahead: Int) -> TokenKind { tokens[min(pos + ahead, tokens.count - 1)].kind }

    mutating func advance() { if pos < tokens.count - 1 { pos += 1 } }

    /// An error at the current token.
    func error(_ message: String) -> SPARQLSyntaxError {
        lexer.error(message, at: tokens[pos].start)
    }

    /// An error naming what was expected and what was found instead.
    func expected(_ what: String) -> SPARQLSyntaxError {
        error("expected \(what), found \(token.display)")
    }

    func isPunct(_ p: String) -> Bool { token == .punct(p) }

    /// True when the current token is the keyword (case-insensitive).
    func isWord(_ w: String) -> Bool {
        if case .word(let x) = token { return x.uppercased() == w }
        return false
    }

    func isWord(_ w: String, at ahead: Int) -> Bool {
        if case .word(let x) = peek(ahead) { return x.uppercased() == w }
        return false
    }

    mutating func accept(_ p: String) -> Bool {
        if isPunct(p) { advance(); return true }
        return false
    }

    mutating func acceptWord(_ w: String) -> Bool {
        if isWord(w) { advance(); return true }
        return false
    }

    mutating func expect(_ p: String, _ context: String) throws {
        guard accept(p) else { throw expected("'\(p)' \(context)") }
    }

    mutating func expectWord(_ w: String, _ context: String) throws {
        guard acceptWord(w) else { throw expected("\(w) \(context)") }
    }

    /// True at `( )` (NIL).
    var atNil: Bool { isPunct("(") && peek(1) == .punct(")") }
    /// True at `[ ]` (ANON).
    var atAnon: Bool { isPunct("[") && peek(1) == .punct("]") }

    // MARK: - Prologue

    /// `( BASE <iri> | PREFIX p: <iri> )*`.
    mutating func prologue() throws {
        while true {
            if acceptWord("BASE") {
                guard case .iri(let raw) = token else { throw expected("an IRI after BASE") }
                base = resolve(raw)
                advance()
            } else if acceptWord("PREFIX") {
                guard case .prefixedName(let p, let local) = token, local.isEmpty else {
                    throw expected("a prefix such as 'ex:' after PREFIX")
                }
                advance()
                guard case .iri(let raw) = token else { throw expected("an IRI after PREFIX \(p):") }
                prefixes[p] = resolve(raw)
                advance()
            } else {
                return
            }
        }
    }

    /// Resolves an IRI reference against the base in force.
    func resolve(_ raw: String) -> String {
        IRIResolver.resolve(raw, against: base)
    }

    // MARK: - Terms

    /// Reads `<iri>` or `prefix:local` if present.
    mutating func acceptIRI() throws -> IRI? {
        switch token {
        case .iri(let raw):
            advance()
            return IRI(resolve(raw))
        case .prefixedName(let p, let local):
            guard let ns = prefixes[p] else { throw error("undeclared prefix '\(p):'") }
            advance()
            return IRI(ns + local)
        default:
            return nil
        }
    }

    mutating func iri(_ context: String) throws -> IRI {
        guard let iri = try acceptIRI() else { throw expected("an IRI \(context)") }
        return iri
    }

    var atIRI: Bool {
        switch token {
        case .iri, .prefixedName: return true
        default: return false
        }
    }

    var atVariable: Bool { if case .variable = token { return true } else { return false } }

    mutating func variable(_ context: String) throws -> Variable {
        guard case .variable(let name) = token else { throw expected("a variable \(context)") }
        advance()
        return Variable(name)
    }

    /// Reads a literal (string, number, boolean) if present; signs are read for numbers.
    mutating func acceptLiteral() throws -> Literal? {
        switch token {
        case .string(let s):
            advance()
            if case .languageTag(let tag) = token {
                advance()
                return Literal(s, language: tag)
            }
            if accept("^^") {
                return Literal(s, datatype: try iri("after '^^'"))
            }
            return Literal(s)
        case .integer, .decimal, .double:
            return numericLiteral(sign: "")
        case .punct(let p) where p == "+" || p == "-":
            guard tokens[pos + 1].start == tokens[pos].start + 1 else { return nil }
            switch peek(1) {
            case .integer, .decimal, .double:
                advance()
                return numericLiteral(sign: p)
            default:
                return nil
            }
        case .word(let w) where w.lowercased() == "true" || w.lowercased() == "false":
            advance()
            return Literal(w.lowercased(), datatype: XSD.boolean)
        default:
            return nil
        }
    }

    private mutating func numericLiteral(sign: String) -> Literal? {
        let lit: Literal
        switch token {
        case .integer(let s): lit = Literal(sign + s, datatype: XSD.integer)
        case .decimal(let s): lit = Literal(sign + s, datatype: XSD.decimal)
        case .double(let s): lit = Literal(sign + s, datatype: XSD.double)
        default: return nil
        }
        advance()
        return lit
    }

    // MARK: - Fresh names

    /// A generated variable that no query can spell: `??<prefix><n>` or `?.<n>`.
    mutating func freshVariable(_ prefix: String) -> Variable {
        defer { freshCounter += 1 }
        return Variable(prefix + String(freshCounter))
    }

    /// Records a template blank-node label; the same label in two update operations is an error.
    mutating func noteTemplateLabel(_ label: String) throws {
        if priorOperationLabels.contains(label) {
            throw error("blank node label '_:\(label)' is already used by an earlier operation")
        }
        operationLabels.insert(label)
    }

    /// Starts a new basic graph pattern for blank-node label scoping.
    mutating func newBGP() {
        bgpCounter += 1
        currentBGP = bgpCounter
    }
}
