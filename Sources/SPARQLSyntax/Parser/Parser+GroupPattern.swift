import RDFModel

extension Parser {
    /// GroupGraphPattern: `{ SubSelect }` or `{ GroupGraphPatternSub }`, translated per
    /// section 18.2.2.6: filters of the group apply to the whole group, OPTIONAL takes a
    /// top-level filter of its group into the left join, BIND extends what precedes it.
    mutating func groupGraphPattern() throws -> GraphPattern {
        try expect("{", "to open a group graph pattern")
        let savedAggregates = aggregatesAllowed
        aggregatesAllowed = false
        defer { aggregatesAllowed = savedAggregates }
        newBGP()
        if isWord("SELECT") {
            let sub = try subSelect()
            try expect("}", "after the subquery")
            newBGP()
            return sub
        }
        var g: GraphPattern = .empty
        var filters: [Expression] = []
        var items: [TripleItem] = []
        func flush(_ g: inout GraphPattern, _ items: inout [TripleItem]) {
            if !items.isEmpty {
                g = Parser.join(g, Parser.translate(items))
                items = []
            }
        }
        while true {
            if accept("}") { break }
            if atTriplesStart {
                try triplesSameSubject(into: &items, mode: .pattern)
                if accept(".") || isPunct("}") || atNonTriplesStart { continue }
                throw expected("'}' or '.' after triple pattern")
            }
            if acceptWord("FILTER") {
                let saved = currentBGP
                filters.append(try constraint())
                currentBGP = saved
                _ = accept(".")
                continue
            }
            flush(&g, &items)
            if acceptWord("OPTIONAL") {
                let a = try groupGraphPattern()
                if case .filter(let f, let inner) = a {
                    g = .leftJoin(g, inner, filter: f)
                } else {
                    g = .leftJoin(g, a, filter: nil)
                }
            } else if acceptWord("MINUS") {
                g = .minus(g, try groupGraphPattern())
            } else if isWord("BIND") {
                let bindToken = pos
                advance()
                try expect("(", "after BIND")
                let e = try expression()
                try expectWord("AS", "in BIND")
                let v = try variable("after AS")
                try expect(")", "to close BIND")
                if g.inScopeVariables.contains(v) {
                    pos = bindToken
                    throw error("BIND variable \(v) is already in scope")
                }
                g = .extend(g, v, e)
            } else if acceptWord("GRAPH") {
                let name = try varOrIRI("after GRAPH")
                g = Parser.join(g, .graph(name: name, try groupGraphPattern()))
            } else if acceptWord("SERVICE") {
                let silent = acceptWord("SILENT")
                let endpoint = try varOrIRI("after SERVICE")
                g = Parser.join(g, .service(endpoint: endpoint, try groupGraphPattern(), silent: silent))
            } else if acceptWord("VALUES") {
                g = Parser.join(g, try dataBlock())
            } else if isPunct("{") {
                var u = try groupGraphPattern()
                while acceptWord("UNION") {
                    u = .union(u, try groupGraphPattern())
                }
                g = Parser.join(g, u)
            } else {
                throw expected("a triple pattern, '{', OPTIONAL, MINUS, GRAPH, SERVICE, FILTER, BIND, VALUES or '}'")
            }
            newBGP()
            _ = accept(".")
        }
        flush(&g, &items)
        if let first = filters.first {
            g = .filter(filters.dropFirst().reduce(first) { .and($0, $1) }, g)
        }
        return g
    }

    /// True at a keyword or brace that starts a GraphPatternNotTriples or a FILTER.
    var atNonTriplesStart: Bool {
        if isPunct("{") { return true }
        for w in ["OPTIONAL", "MINUS", "GRAPH", "SERVICE", "FILTER", "BIND", "VALUES"] where isWord(w) { return true }
        return false
    }

    /// VarOrIri.
    mutating func varOrIRI(_ context: String) throws -> TermPattern {
        if atVariable { return .variable(try variable(context)) }
        return .term(.iri(try iri(context)))
    }

    /// DataBlock (after VALUES): one variable with a list of values, or a variable list
    /// with rows.
    mutating func dataBlock() throws -> GraphPattern {
        if atVariable {
            let v = try variable("")
            try expect("{", "to open the VALUES block")
            var rows: [[Term?]] = []
            while !accept("}") {
                rows.append([try dataBlockValue()])
            }
            return .values(variables: [v], rows: rows)
        }
        var vars: [Variable] = []
        if atNil {
            advance(); advance()
        } else {
            try expect("(", "or a variable after VALUES")
            while !accept(")") {
                let v = try variable("in the VALUES variable list")
                if vars.contains(v) { throw error("variable \(v) appears twice in VALUES") }
                vars.append(v)
            }
        }
        try expect("{", "to open the VALUES block")
        var rows: [[Term?]] = []
        while !accept("}") {
            if atNil {
                advance(); advance()
                guard vars.isEmpty else {
                    throw error("VALUES row has 0 values but there \(vars.count == 1 ? "is" : "are") \(Parser.count(vars.count, "variable"))")
                }
                rows.append([])
                continue
            }
            try expect("(", "to open a VALUES row")
            var row: [Term?] = []
            while !isPunct(")") {
                if case .end = token { throw expected("')' to close the VALUES row") }
                row.append(try dataBlockValue())
            }
            if row.count != vars.count {
                throw error("VALUES row has \(Parser.count(row.count, "value")) but there \(vars.count == 1 ? "is" : "are") \(Parser.count(vars.count, "variable"))")
            }
            advance()
            rows.append(row)
        }
        return .values(variables: vars, rows: rows)
    }

    /// `1 value`, `2 values`.
    static func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }

    private mutating func dataBlockValue() throws -> Term? {
        if acceptWord("UNDEF") { return nil }
        if let iri = try acceptIRI() { return .iri(iri) }
        if let lit = try acceptLiteral() { return .literal(lit) }
        throw expected("an IRI, a literal or UNDEF in VALUES")
    }
}
