import RDFModel

extension Parser {
    /// Translates one query level per sections 18.2.4 and 18.2.5: grouping and
    /// aggregates, HAVING, VALUES, SELECT expressions, ORDER BY, projection, DISTINCT or
    /// REDUCED, then OFFSET/LIMIT. Also applies the static rules on grouped projections
    /// and on `AS` variables.
    mutating func translateLevel(_ wherePattern: GraphPattern, select: SelectClause?, _ m: SolutionModifiers,
                                 values: GraphPattern?) throws -> (pattern: GraphPattern, projected: [Variable]) {
        var p = wherePattern
        let selectExpressions = select?.items.compactMap(\.expression) ?? []
        let hasAggregates = selectExpressions.contains(where: \.containsAggregate)
            || m.having.contains(where: \.containsAggregate)
            || m.orderBy.contains(where: { $0.expression.containsAggregate })
        let grouped = !m.groupBy.isEmpty || hasAggregates

        var aggregates: [AggregateBinding] = []
        func replaceAggregates(_ e: Expression) -> Expression {
            e.replacingAggregates { a in
                if let existing = aggregates.first(where: { $0.aggregate == a }) { return .variable(existing.variable) }
                let v = freshVariable(".")
                aggregates.append(AggregateBinding(v, a))
                return .variable(v)
            }
        }

        var having = m.having
        var order = m.orderBy
        var items = select?.items ?? []
        if grouped {
            var keys: [Variable] = []
            for (e, v) in m.groupBy {
                if let v {
                    p = .extend(p, v, e)
                    keys.append(v)
                } else if case .variable(let v) = e {
                    keys.append(v)
                } else {
                    let v = freshVariable("?G")
                    p = .extend(p, v, e)
                    keys.append(v)
                }
            }
            if let select {
                if select.star {
                    throw error(at: select.token, "SELECT * is not allowed in a grouped query")
                }
                var allowed = Set(keys)
                for item in select.items {
                    if let e = item.expression {
                        for v in e.variablesOutsideAggregates where !allowed.contains(v) {
                            throw error(at: item.token, "variable \(v) is used outside an aggregate but is not a GROUP BY key")
                        }
                    } else if !allowed.contains(item.variable) {
                        throw error(at: item.token, "projected variable \(item.variable) is not a GROUP BY key")
                    }
                    allowed.insert(item.variable)
                }
            }
            items = items.map { ($0.variable, $0.expression.map(replaceAggregates), $0.token) }
            having = having.map(replaceAggregates)
            order = order.map { OrderCondition(replaceAggregates($0.expression), descending: $0.descending) }
            p = .group(p, variables: keys, aggregates: aggregates)
        }
        if let first = having.first {
            p = .filter(having.dropFirst().reduce(first) { .and($0, $1) }, p)
        }
        if let values { p = Parser.join(p, values) }
        var inScope = Set(p.inScopeVariables)
        for item in items {
            guard let e = item.expression else { continue }
            if inScope.contains(item.variable) {
                throw error(at: item.token, "variable \(item.variable) is already in scope and cannot be bound by AS")
            }
            p = .extend(p, item.variable, e)
            inScope.insert(item.variable)
        }
        if !order.isEmpty { p = .orderBy(p, order) }
        var projected: [Variable] = []
        if let select {
            projected = select.star ? p.visibleVariables : select.items.map(\.variable)
            var unique: [Variable] = []
            for v in projected where !unique.contains(v) { unique.append(v) }
            projected = unique
            p = .project(p, projected)
            if select.distinct { p = .distinct(p) } else if select.reduced { p = .reduced(p) }
        }
        if m.offset != 0 || m.limit != nil { p = .slice(p, offset: m.offset, limit: m.limit) }
        return (p, projected)
    }

    /// An error at token index `token` (or the current token when out of range).
    func error(at token: Int, _ message: String) -> SPARQLSyntaxError {
        let index = token >= 0 && token < tokens.count ? token : pos
        return lexer.error(message, at: tokens[index].start)
    }
}
