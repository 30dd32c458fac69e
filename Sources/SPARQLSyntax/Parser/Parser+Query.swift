import RDFModel

extension Parser {
    // MARK: - Query forms

    /// QueryUnit: the prologue, one query form, and a trailing VALUES clause.
    mutating func queryUnit() throws -> Query {
        try prologue()
        var query: Query
        if isWord("SELECT") {
            let select = try selectClause()
            let dataset = try datasetClauses()
            let pattern = try selectBody(select)
            query = Query(form: .select(variables: pattern.projected), dataset: dataset, pattern: pattern.pattern)
        } else if acceptWord("CONSTRUCT") {
            query = try constructQuery()
        } else if acceptWord("ASK") {
            let dataset = try datasetClauses()
            let pattern = try whereClause()
            let modifiers = try solutionModifiers()
            let values = try valuesClause()
            query = Query(form: .ask, dataset: dataset, pattern: try translateLevel(pattern, select: nil, modifiers, values: values).pattern)
        } else if acceptWord("DESCRIBE") {
            var terms: [TermPattern] = []
            let star = accept("*")
            if !star {
                while atVariable || atIRI { terms.append(try varOrIRI("")) }
                if terms.isEmpty { throw expected("a variable, an IRI or '*' after DESCRIBE") }
            }
            let dataset = try datasetClauses()
            var pattern = GraphPattern.empty
            if isWord("WHERE") || isPunct("{") { pattern = try whereClause() }
            let modifiers = try solutionModifiers()
            let values = try valuesClause()
            let level = try translateLevel(pattern, select: nil, modifiers, values: values)
            if star { terms = level.pattern.visibleVariables.map { .variable($0) } }
            query = Query(form: .describe(terms), dataset: dataset, pattern: level.pattern)
        } else {
            throw expected("SELECT, CONSTRUCT, ASK or DESCRIBE")
        }
        guard case .end = token else { throw expected("end of query") }
        query.baseIRI = base.map(IRI.init)
        return query
    }

    /// Everything after the dataset clauses of a SELECT: WHERE, modifiers, VALUES.
    private mutating func selectBody(_ select: SelectClause) throws -> (pattern: GraphPattern, projected: [Variable]) {
        let pattern = try whereClause()
        let modifiers = try solutionModifiers()
        let values = try valuesClause()
        return try translateLevel(pattern, select: select, modifiers, values: values)
    }

    /// SubSelect, inside a group: its translation, ending with the projection.
    mutating func subSelect() throws -> GraphPattern {
        let select = try selectClause()
        return try selectBody(select).pattern
    }

    private mutating func constructQuery() throws -> Query {
        if isPunct("{") {
            advance()
            let template = try templateTriples(mode: .template)
            try expect("}", "to close the CONSTRUCT template")
            templateLabels = [:]
            let dataset = try datasetClauses()
            let pattern = try whereClause()
            let modifiers = try solutionModifiers()
            let values = try valuesClause()
            let level = try translateLevel(pattern, select: nil, modifiers, values: values)
            return Query(form: .construct(template: template), dataset: dataset, pattern: level.pattern)
        }
        // CONSTRUCT WHERE { triples }: the template is also the pattern.
        let dataset = try datasetClauses()
        try expectWord("WHERE", "or '{' after CONSTRUCT")
        try expect("{", "after CONSTRUCT WHERE")
        let template = try templateTriples(mode: .template)
        try expect("}", "to close CONSTRUCT WHERE (only triples are allowed in this short form)")
        var blankVars: [BlankNode: Variable] = [:]
        func patternTerm(_ p: TermPattern) -> TermPattern {
            guard case .term(.blank(let b)) = p else { return p }
            if let v = blankVars[b] { return .variable(v) }
            let v = freshVariable("?")
            blankVars[b] = v
            return .variable(v)
        }
        let triples = template.map { TriplePattern(patternTerm($0.subject), patternTerm($0.predicate), patternTerm($0.object)) }
        let modifiers = try solutionModifiers()
        let values = try valuesClause()
        let level = try translateLevel(.bgp(triples), select: nil, modifiers, values: values)
        return Query(form: .construct(template: template), dataset: dataset, pattern: level.pattern)
    }

    /// TriplesTemplate / ConstructTriples up to (not including) `}`.
    mutating func templateTriples(mode: TriplesMode) throws -> [TriplePattern] {
        var items: [TripleItem] = []
        while atTriplesStart {
            try triplesSameSubject(into: &items, mode: mode)
            if !accept(".") { break }
        }
        return items.map {
            guard case .triple(let t) = $0 else { preconditionFailure("templates have no paths") }
            return t
        }
    }

    // MARK: - Clauses

    private mutating func selectClause() throws -> SelectClause {
        var clause = SelectClause()
        clause.token = pos
        try expectWord("SELECT", "")
        if acceptWord("DISTINCT") { clause.distinct = true } else if acceptWord("REDUCED") { clause.reduced = true }
        if accept("*") {
            clause.star = true
            return clause
        }
        while true {
            let start = pos
            if atVariable {
                clause.items.append((try variable(""), nil, start))
            } else if accept("(") {
                aggregatesAllowed = true
                let e = try expression()
                aggregatesAllowed = false
                try expectWord("AS", "in the SELECT expression")
                let v = try variable("after AS")
                try expect(")", "to close the SELECT expression")
                clause.items.append((v, e, start))
            } else {
                break
            }
        }
        if clause.items.isEmpty { throw expected("a variable, '(' or '*' in SELECT") }
        return clause
    }

    /// DatasetClause*: FROM and FROM NAMED.
    private mutating func datasetClauses() throws -> QueryDataset? {
        var defaults: [IRI] = []
        var named: [IRI] = []
        var any = false
        while acceptWord("FROM") {
            any = true
            if acceptWord("NAMED") { named.append(try iri("after FROM NAMED")) } else { defaults.append(try iri("after FROM")) }
        }
        return any ? QueryDataset(defaultGraphs: defaults, namedGraphs: named) : nil
    }

    mutating func whereClause() throws -> GraphPattern {
        _ = acceptWord("WHERE")
        guard isPunct("{") else { throw expected("'{' to open the WHERE clause") }
        return try groupGraphPattern()
    }

    private mutating func valuesClause() throws -> GraphPattern? {
        guard acceptWord("VALUES") else { return nil }
        return try dataBlock()
    }

    private mutating func solutionModifiers() throws -> SolutionModifiers {
        var m = SolutionModifiers()
        if acceptWord("GROUP") {
            try expectWord("BY", "after GROUP")
            repeat {
                if accept("(") {
                    let e = try expression()
                    var v: Variable?
                    if acceptWord("AS") { v = try variable("after AS") }
                    try expect(")", "to close the GROUP BY expression")
                    m.groupBy.append((e, v))
                } else if atVariable {
                    m.groupBy.append((.variable(try variable("")), nil))
                } else {
                    m.groupBy.append((try constraint(), nil))
                }
            } while atVariable || isPunct("(") || atIRI || atBuiltInStart
        }
        aggregatesAllowed = true
        defer { aggregatesAllowed = false }
        if acceptWord("HAVING") {
            repeat { m.having.append(try constraint()) } while isPunct("(") || atIRI || atBuiltInStart
        }
        if acceptWord("ORDER") {
            try expectWord("BY", "after ORDER")
            repeat {
                if acceptWord("ASC") {
                    guard isPunct("(") else { throw expected("'(' after ASC") }
                    m.orderBy.append(OrderCondition(try primaryExpression()))
                } else if acceptWord("DESC") {
                    guard isPunct("(") else { throw expected("'(' after DESC") }
                    m.orderBy.append(OrderCondition(try primaryExpression(), descending: true))
                } else if atVariable {
                    m.orderBy.append(OrderCondition(.variable(try variable(""))))
                } else {
                    m.orderBy.append(OrderCondition(try constraint()))
                }
            } while atVariable || isPunct("(") || atIRI || atBuiltInStart || isWord("ASC") || isWord("DESC")
        }
        if acceptWord("LIMIT") {
            m.limit = try integer("after LIMIT")
            if acceptWord("OFFSET") { m.offset = try integer("after OFFSET") }
        } else if acceptWord("OFFSET") {
            m.offset = try integer("after OFFSET")
            if acceptWord("LIMIT") { m.limit = try integer("after LIMIT") }
        }
        return m
    }

    private var atBuiltInStart: Bool {
        guard case .word(let w) = token else { return false }
        let k = w.uppercased()
        return BuiltinFunction(rawValue: k) != nil
            || ["BOUND", "IF", "COALESCE", "EXISTS", "NOT", "COUNT", "SUM", "MIN", "MAX", "AVG", "SAMPLE", "GROUP_CONCAT"].contains(k)
    }

    private mutating func integer(_ context: String) throws -> Int {
        guard case .integer(let s) = token, let n = Int(s) else { throw expected("an integer \(context)") }
        advance()
        return n
    }
}
