import RDFModel

extension Parser {
    /// Expression ::= ConditionalOrExpression (grammar rules 110-121).
    mutating func expression() throws -> Expression {
        var e = try andExpression()
        while accept("||") { e = .or(e, try andExpression()) }
        return e
    }

    private mutating func andExpression() throws -> Expression {
        var e = try relationalExpression()
        while accept("&&") { e = .and(e, try relationalExpression()) }
        return e
    }

    private mutating func relationalExpression() throws -> Expression {
        let a = try additiveExpression()
        if case .punct(let op) = token {
            switch op {
            case "=": advance(); return .equal(a, try additiveExpression())
            case "!=": advance(); return .notEqual(a, try additiveExpression())
            case "<": advance(); return .less(a, try additiveExpression())
            case ">": advance(); return .greater(a, try additiveExpression())
            case "<=": advance(); return .lessOrEqual(a, try additiveExpression())
            case ">=": advance(); return .greaterOrEqual(a, try additiveExpression())
            default: break
            }
        }
        if acceptWord("IN") { return .in(a, try expressionList()) }
        if isWord("NOT") && isWord("IN", at: 1) {
            advance(); advance()
            return .notIn(a, try expressionList())
        }
        return a
    }

    private mutating func additiveExpression() throws -> Expression {
        var e = try multiplicativeExpression()
        while true {
            if accept("+") { e = .add(e, try multiplicativeExpression()) }
            else if accept("-") { e = .subtract(e, try multiplicativeExpression()) }
            else { return e }
        }
    }

    private mutating func multiplicativeExpression() throws -> Expression {
        var e = try unaryExpression()
        while true {
            if accept("*") { e = .multiply(e, try unaryExpression()) }
            else if accept("/") { e = .divide(e, try unaryExpression()) }
            else { return e }
        }
    }

    private mutating func unaryExpression() throws -> Expression {
        if accept("!") { return .not(try primaryExpression()) }
        if isPunct("+") || isPunct("-") {
            // A sign directly before a number is part of the literal (INTEGER_NEGATIVE etc.).
            if let lit = try acceptLiteral() { return .literal(lit) }
            if accept("+") { return .unaryPlus(try primaryExpression()) }
            advance()
            return .unaryMinus(try primaryExpression())
        }
        return try primaryExpression()
    }

    /// PrimaryExpression: brackets, built-ins, function calls, literals, variables.
    mutating func primaryExpression() throws -> Expression {
        if accept("(") {
            let e = try expression()
            try expect(")", "to close the expression")
            return e
        }
        if atVariable { return .variable(try variable("")) }
        if atIRI { return try iriOrFunction() }
        if case .word = token, !isWord("TRUE"), !isWord("FALSE") {
            return try builtInCall()
        }
        if let lit = try acceptLiteral() { return .literal(lit) }
        throw expected("an expression")
    }

    /// An IRI constant, or a call of the function it names.
    mutating func iriOrFunction() throws -> Expression {
        let name = try iri("")
        guard isPunct("(") else { return .term(.iri(name)) }
        if atNil {
            advance(); advance()
            return .function(name, [])
        }
        advance()
        let distinct = acceptWord("DISTINCT")
        if distinct && !aggregatesAllowed { throw error("DISTINCT is only allowed in an aggregate") }
        let saved = aggregatesAllowed
        if distinct { aggregatesAllowed = false }
        var args = [try expression()]
        while accept(",") { args.append(try expression()) }
        aggregatesAllowed = saved
        try expect(")", "to close the argument list")
        return distinct ? .aggregate(.custom(name, args, distinct: true)) : .function(name, args)
    }

    /// `( expr, ... )` or `()`.
    mutating func expressionList() throws -> [Expression] {
        if atNil {
            advance(); advance()
            return []
        }
        try expect("(", "to open the argument list")
        var list = [try expression()]
        while accept(",") { list.append(try expression()) }
        try expect(")", "to close the argument list")
        return list
    }

    /// Constraint: a bracketed expression, a built-in call or a function call.
    mutating func constraint() throws -> Expression {
        if isPunct("(") { return try primaryExpression() }
        if atIRI {
            let e = try iriOrFunction()
            if case .term = e { throw expected("'(' after the function name") }
            return e
        }
        if case .word = token { return try builtInCall() }
        throw expected("a bracketed expression or function call")
    }

    // MARK: - Built-in calls

    private mutating func builtInCall() throws -> Expression {
        guard case .word(let word) = token else { throw expected("an expression") }
        let keyword = word.uppercased()
        switch keyword {
        case "BOUND":
            advance()
            try expect("(", "after BOUND")
            let v = try variable("in BOUND")
            try expect(")", "to close BOUND")
            return .bound(v)
        case "IF":
            let start = pos
            advance()
            let args = try expressionList()
            guard args.count == 3 else { throw error(at: start, "IF takes 3 arguments") }
            return .if(args[0], args[1], args[2])
        case "COALESCE":
            advance()
            return .coalesce(try expressionList())
        case "EXISTS":
            advance()
            return .exists(try nestedGroup())
        case "NOT":
            advance()
            try expectWord("EXISTS", "after NOT")
            return .notExists(try nestedGroup())
        case "COUNT", "SUM", "MIN", "MAX", "AVG", "SAMPLE", "GROUP_CONCAT":
            return .aggregate(try aggregate(keyword))
        default:
            guard let f = BuiltinFunction(rawValue: keyword) else {
                throw error("unknown function or keyword '\(word)'")
            }
            let start = pos
            advance()
            let args = try expressionList()
            guard f.arity.contains(args.count) else {
                throw error(at: start, "\(keyword) does not take \(args.count) argument\(args.count == 1 ? "" : "s")")
            }
            return .call(f, args)
        }
    }

    /// A group graph pattern inside an expression (EXISTS), with its own scope.
    private mutating func nestedGroup() throws -> GraphPattern {
        let savedAggregates = aggregatesAllowed
        let savedBGP = currentBGP
        aggregatesAllowed = false
        defer { aggregatesAllowed = savedAggregates; currentBGP = savedBGP }
        return try groupGraphPattern()
    }

    private mutating func aggregate(_ keyword: String) throws -> Aggregate {
        guard aggregatesAllowed else { throw error("aggregate \(keyword) is not allowed here") }
        advance()
        try expect("(", "after \(keyword)")
        let distinct = acceptWord("DISTINCT")
        aggregatesAllowed = false
        defer { aggregatesAllowed = true }
        if keyword == "COUNT" && accept("*") {
            try expect(")", "to close COUNT")
            return .countAll(distinct: distinct)
        }
        let e = try expression()
        var separator: String?
        if keyword == "GROUP_CONCAT" && accept(";") {
            try expectWord("SEPARATOR", "after ';' in GROUP_CONCAT")
            try expect("=", "after SEPARATOR")
            guard case .string(let s) = token else { throw expected("a string as separator") }
            advance()
            separator = s
        }
        try expect(")", "to close \(keyword)")
        switch keyword {
        case "COUNT": return .count(e, distinct: distinct)
        case "SUM": return .sum(e, distinct: distinct)
        case "MIN": return .min(e, distinct: distinct)
        case "MAX": return .max(e, distinct: distinct)
        case "AVG": return .avg(e, distinct: distinct)
        case "SAMPLE": return .sample(e, distinct: distinct)
        default: return .groupConcat(e, distinct: distinct, separator: separator)
        }
    }
}
