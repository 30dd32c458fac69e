import RDFModel

extension Parser {
    // MARK: - Triples blocks

    /// True when the current token can start a triple (TriplesSameSubject).
    var atTriplesStart: Bool {
        switch token {
        case .iri, .prefixedName, .blankNodeLabel, .variable, .string, .integer, .decimal, .double: return true
        case .punct(let p): return p == "(" || p == "[" || ((p == "+" || p == "-") && isNumberNext)
        case .word(let w): let l = w.lowercased(); return l == "true" || l == "false"
        default: return false
        }
    }

    private var isNumberNext: Bool {
        switch peek(1) {
        case .integer, .decimal, .double: return true
        default: return false
        }
    }

    /// TriplesSameSubject(Path): a subject and its property list.
    mutating func triplesSameSubject(into items: inout [TripleItem], mode: TriplesMode) throws {
        if (isPunct("(") && !atNil) || (isPunct("[") && !atAnon) {
            let subject = try triplesNode(into: &items, mode: mode)
            if atVerbStart(mode) {
                try propertyListNotEmpty(subject: subject, into: &items, mode: mode)
            }
        } else {
            let subject = try varOrTerm(mode: mode, position: "subject")
            guard atVerbStart(mode) else { throw expected("a predicate after the subject") }
            try propertyListNotEmpty(subject: subject, into: &items, mode: mode)
        }
    }

    func atVerbStart(_ mode: TriplesMode) -> Bool {
        switch token {
        case .iri, .prefixedName, .variable: return true
        case .word(let w): return w == "a"
        case .punct(let p): return mode.isPattern && (p == "^" || p == "!" || p == "(")
        default: return false
        }
    }

    /// PropertyListNotEmpty(Path): `verb objects ( ; verb objects )*`.
    mutating func propertyListNotEmpty(subject: TermPattern, into items: inout [TripleItem], mode: TriplesMode) throws {
        while true {
            let verb = try self.verb(mode: mode)
            try objectList(subject: subject, verb: verb, into: &items, mode: mode)
            guard accept(";") else { return }
            while accept(";") {}
            if !atVerbStart(mode) { return }
        }
    }

    /// A predicate: a variable, or a path (a plain IRI or `a` outside patterns).
    private mutating func verb(mode: TriplesMode) throws -> PropertyPathOrVariable {
        if atVariable {
            guard mode.variablesAllowed else { throw error("variables are not allowed in a data block") }
            return .variable(try variable("as predicate"))
        }
        if mode.isPattern { return .path(try path()) }
        if case .word("a") = token {
            advance()
            return .path(.link(RDF.type))
        }
        guard let iri = try acceptIRI() else { throw expected("a predicate (IRI, 'a' or variable)") }
        return .path(.link(iri))
    }

    private mutating func objectList(subject: TermPattern, verb: PropertyPathOrVariable, into items: inout [TripleItem], mode: TriplesMode) throws {
        repeat {
            // The triple linking to a nested blank node or collection comes before the
            // triples that describe it, as Jena orders them.
            var nested: [TripleItem] = []
            let object = try graphNode(into: &nested, mode: mode)
            switch verb {
            case .variable(let v): items.append(.triple(TriplePattern(subject, .variable(v), object)))
            case .path(let p): emitPath(subject, p, object, into: &items)
            }
            items.append(contentsOf: nested)
        } while accept(",")
    }

    /// Adds a path triple, expanding links, inverse links and sequences per section 18.2.2.4.
    mutating func emitPath(_ s: TermPattern, _ p: PropertyPath, _ o: TermPattern, into items: inout [TripleItem]) {
        switch p {
        case .link(let iri):
            items.append(.triple(TriplePattern(s, .term(.iri(iri)), o)))
        case .inverse(.link(let iri)):
            items.append(.triple(TriplePattern(o, .term(.iri(iri)), s)))
        case .sequence:
            let steps = p.sequenceSteps
            var from = s
            for (k, step) in steps.enumerated() {
                let to = k == steps.count - 1 ? o : TermPattern.variable(freshVariable("?P"))
                emitPath(from, step, to, into: &items)
                from = to
            }
        default:
            items.append(.path(s, p, o))
        }
    }

    /// GraphNode(Path): a term, a variable, a collection or a blank-node property list.
    mutating func graphNode(into items: inout [TripleItem], mode: TriplesMode) throws -> TermPattern {
        if (isPunct("(") && !atNil) || (isPunct("[") && !atAnon) {
            return try triplesNode(into: &items, mode: mode)
        }
        return try varOrTerm(mode: mode, position: "object")
    }

    /// A collection `( ... )` or a blank-node property list `[ ... ]`.
    private mutating func triplesNode(into items: inout [TripleItem], mode: TriplesMode) throws -> TermPattern {
        if accept("[") {
            let node = try freshBlank(mode: mode)
            try propertyListNotEmpty(subject: node, into: &items, mode: mode)
            try expect("]", "to close the blank node property list")
            return node
        }
        try expect("(", "to open a collection")
        var members: [TermPattern] = []
        while !isPunct(")") {
            if case .end = token { throw expected("')' to close the collection") }
            members.append(try graphNode(into: &items, mode: mode))
        }
        advance()
        var nodes: [TermPattern] = []
        for _ in members { nodes.append(try freshBlank(mode: mode)) }
        for (k, member) in members.enumerated() {
            items.append(.triple(TriplePattern(nodes[k], .term(.iri(RDF.first)), member)))
            let rest = k + 1 < nodes.count ? nodes[k + 1] : TermPattern.term(.iri(RDF.nil))
            items.append(.triple(TriplePattern(nodes[k], .term(.iri(RDF.rest)), rest)))
        }
        return nodes[0]
    }

    // MARK: - Terms

    /// VarOrTerm: variable, IRI, literal, blank node or `()`.
    mutating func varOrTerm(mode: TriplesMode, position: String) throws -> TermPattern {
        if atVariable {
            guard mode.variablesAllowed else { throw error("variables are not allowed in a data block") }
            return .variable(try variable(""))
        }
        if let iri = try acceptIRI() { return .term(.iri(iri)) }
        if let lit = try acceptLiteral() { return .term(.literal(lit)) }
        if case .blankNodeLabel(let label) = token {
            return try labeledBlank(label, mode: mode)
        }
        if atAnon {
            let node = try freshBlank(mode: mode)
            advance(); advance()
            return node
        }
        if atNil {
            advance(); advance()
            return .term(.iri(RDF.nil))
        }
        throw expected("an RDF term or variable as \(position)")
    }

    private mutating func labeledBlank(_ label: String, mode: TriplesMode) throws -> TermPattern {
        if let reason = mode.blankNodesForbidden { throw error("blank nodes are not allowed \(reason)") }
        if mode.isPattern {
            if let bgp = blankLabelBGP[label], bgp != currentBGP {
                throw error("blank node label '_:\(label)' is already used in another basic graph pattern")
            }
            blankLabelBGP[label] = currentBGP
            advance()
            if let v = blankVariables[label] { return .variable(v) }
            let v = freshVariable("?")
            blankVariables[label] = v
            return .variable(v)
        }
        if mode.labelsScopedToRequest { try noteTemplateLabel(label) }
        advance()
        if let mapped = templateLabels[label] { return .term(.blank(BlankNode(mapped))) }
        let mapped = "b" + String(freshCounter)
        freshCounter += 1
        templateLabels[label] = mapped
        return .term(.blank(BlankNode(mapped)))
    }

    /// A fresh blank node: a generated variable in patterns, a new blank node in templates.
    private mutating func freshBlank(mode: TriplesMode) throws -> TermPattern {
        if let reason = mode.blankNodesForbidden { throw error("blank nodes are not allowed \(reason)") }
        if mode.isPattern { return .variable(freshVariable("?")) }
        let label = "b" + String(freshCounter)
        freshCounter += 1
        return .term(.blank(BlankNode(label)))
    }

    /// Joins triple items into algebra: adjacent triples form one BGP, paths stand alone.
    static func translate(_ items: [TripleItem]) -> GraphPattern {
        var result: GraphPattern = .empty
        var triples: [TriplePattern] = []
        for item in items {
            switch item {
            case .triple(let t):
                triples.append(t)
            case .path(let s, let p, let o):
                if !triples.isEmpty { result = join(result, .bgp(triples)); triples = [] }
                result = join(result, .path(subject: s, path: p, object: o))
            }
        }
        if !triples.isEmpty || result == .empty { result = join(result, .bgp(triples)) }
        return result
    }

    /// Join with the section 18.2.2.8 simplification: the empty BGP is the unit.
    static func join(_ a: GraphPattern, _ b: GraphPattern) -> GraphPattern {
        if a == .empty { return b }
        if b == .empty { return a }
        return .join(a, b)
    }
}

extension PropertyPath {
    /// The steps of a sequence path, flattened left to right (a lone step otherwise).
    var sequenceSteps: [PropertyPath] {
        if case .sequence(let a, let b) = self { return a.sequenceSteps + b.sequenceSteps }
        return [self]
    }
}
