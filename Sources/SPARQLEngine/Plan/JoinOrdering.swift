import SPARQLSyntax

/// Plans one join group (the triple patterns of BGPs, the other operands of nested joins, and
/// the filters over them) independently of the order they were written in.
///
/// Greedy: start with the operand with the fewest estimated rows, then repeatedly add the one
/// with the fewest estimated rows given what is already bound (so connected patterns come
/// before cross products). Each filter is applied as soon as every variable it reads is
/// certainly bound. Triple patterns and paths join by index nested loop (the bound values
/// drive index scans); other operands join by hash unless the left side is small.
struct JoinOrdering {
    let planner: Planner

    /// One operand of a join group.
    enum Operand {
        case triple(TriplePattern)
        case pattern(GraphPattern)
    }

    /// The largest left side for which a non-index operand is still re-evaluated per row.
    static let nestedLoopLimit = 64.0
    /// The largest right side of a cross product that is held in memory (larger ones stream
    /// through a nested loop instead, keeping memory bounded).
    static let crossProductHashLimit = 100_000.0
    /// A left side above this many rows makes a hash join worth considering for index-friendly operands.
    static let bigLeftSide = 10_000.0
    /// The cost of one index look-up, in rows scanned.
    static let lookupCost = 8.0

    init(planner: Planner) { self.planner = planner }

    /// Plans a BGP, join or filter group.
    mutating func plan(_ pattern: GraphPattern, bound: Set<Int>) throws -> PlanNode {
        var operands: [Operand] = []
        var filters: [Expression] = []
        flatten(pattern, top: true, operands: &operands, filters: &filters)
        for f in filters { try planner.registerExists(in: f) }
        let optimize = planner.context.options.optimize
        if optimize { operands += bindingOperands(filters, operands) }

        var remaining = operands
        var current: PlanNode? = nil
        var boundNow = bound
        var pending = filters
        while !remaining.isEmpty {
            var best = 0
            var bestNode: PlanNode? = nil
            for (i, operand) in remaining.enumerated() where optimize || i == 0 {
                let candidate = try memoizedPlan(operand, bound: boundNow)
                if bestNode == nil || candidate.estimatedRows < bestNode!.estimatedRows
                    || (candidate.estimatedRows == bestNode!.estimatedRows && tieBreak(operand, remaining[best])) {
                    best = i
                    bestNode = candidate
                }
            }
            let operand = remaining.remove(at: best)
            var next = bestNode!
            if let left = current {
                let keys = left.certain.intersection(next.certain).sorted()
                let indexFriendly: Bool
                switch operand {
                case .triple: indexFriendly = true
                case .pattern(let p): indexFriendly = JoinOrdering.isIndexFriendly(p)
                }
                // A cross product with a right side small enough to hold is hashed (evaluated once);
                // connected index-friendly operands use the left row's bindings as scan keys.
                let smallCrossProduct = keys.isEmpty && next.estimatedRows <= JoinOrdering.crossProductHashLimit
                var useIndex = indexFriendly || (!keys.isEmpty && left.estimatedRows <= JoinOrdering.nestedLoopLimit)
                if optimize && useIndex && indexFriendly && !keys.isEmpty && left.estimatedRows > JoinOrdering.bigLeftSide {
                    // Both sides big: one scan of the right side and a hash table beat an index
                    // look-up per left row, as long as the right side fits the memory bound.
                    let alone = try memoizedPlan(operand, bound: bound).estimatedRows
                    if alone <= JoinOrdering.crossProductHashLimit && alone + left.estimatedRows < left.estimatedRows * JoinOrdering.lookupCost {
                        useIndex = false
                    }
                }
                if !optimize || !smallCrossProduct && useIndex {
                    current = planner.node(.join(left, next, .nestedLoop), rows: left.estimatedRows * max(next.estimatedRows, 0.1),
                                           certain: left.certain.union(next.certain))
                } else {
                    next = try planOperand(operand, bound: bound)
                    let rows = keys.isEmpty ? left.estimatedRows * next.estimatedRows : max(left.estimatedRows, next.estimatedRows)
                    current = planner.node(.join(left, next, .hash(keys: keys)), rows: rows,
                                           certain: left.certain.union(next.certain))
                }
            } else {
                current = next
            }
            boundNow.formUnion(next.certain)
            if optimize { current = attachFilters(&pending, to: current!, final: false) }
        }
        let base = current ?? planner.node(.unit, rows: 1, certain: [])
        return attachFilters(&pending, to: base, final: true)
    }

    /// `FILTER(?v = <iri>)` and `FILTER(sameTerm(?v, term))` over a group that certainly binds ?v
    /// also become a one-row VALUES operand, so the constant drives index scans (and GRAPH ?v
    /// visits one graph) instead of filtering afterwards. The filter stays; it is then always
    /// true. Only IRIs for `=`: for literals `=` compares values, not terms.
    private func bindingOperands(_ filters: [Expression], _ operands: [Operand]) -> [Operand] {
        var certain = Set<Variable>()
        for o in operands {
            switch o {
            case .triple(let t): certain.formUnion(t.variables)
            case .pattern(let p): certain.formUnion(p.certainVariables)
            }
        }
        var out: [Operand] = []
        for f in filters {
            let pair: (Variable, Term)?
            switch f {
            case .equal(.variable(let v), .term(let t)) where t.isIRI, .equal(.term(let t), .variable(let v)) where t.isIRI:
                pair = (v, t)
            case .call(.sameTerm, let args) where args.count == 2:
                if case .variable(let v) = args[0], case .term(let t) = args[1] { pair = (v, t) }
                else if case .term(let t) = args[0], case .variable(let v) = args[1] { pair = (v, t) }
                else { pair = nil }
            default:
                pair = nil
            }
            if let (v, t) = pair, certain.contains(v) {
                out.append(.pattern(.values(variables: [v], rows: [[t]])))
            }
        }
        return out
    }

    /// Wraps `node` in every pending filter whose variables it certainly binds (all of them when `final`).
    private func attachFilters(_ pending: inout [Expression], to node: PlanNode, final: Bool) -> PlanNode {
        var result = node
        var kept: [Expression] = []
        for f in pending {
            let slots = f.mentionedVariables.map { planner.slot($0) }
            if final || (!f.containsExists && slots.allSatisfy(result.certain.contains)) {
                result = planner.node(.filter(f, result), rows: result.estimatedRows * 0.5, certain: result.certain)
            } else {
                kept.append(f)
            }
        }
        pending = kept
        return result
    }

    /// Written order never decides the plan: equal estimates are broken by the operand's text.
    private func tieBreak(_ a: Operand, _ b: Operand) -> Bool {
        switch (a, b) {
        case (.triple(let x), .triple(let y)): return x.description < y.description
        case (.triple, .pattern): return true
        case (.pattern, .triple): return false
        case (.pattern(let x), .pattern(let y)): return x.sse < y.sse
        }
    }

    /// Plans of pattern operands by the bound slots they can see: a nested group is re-planned
    /// only when something it reads became bound, not once per step of this group.
    private var memo: [String: PlanNode] = [:]

    private mutating func memoizedPlan(_ operand: Operand, bound: Set<Int>) throws -> PlanNode {
        guard case .pattern(let p) = operand else { return try planOperand(operand, bound: bound) }
        let visible = Set(p.inScopeVariables.compactMap { planner.context.variables.existingSlot($0) })
        let key = p.sse + "|" + bound.intersection(visible).sorted().map(String.init).joined(separator: ",")
        if let known = memo[key] { return known }
        let plan = try planOperand(operand, bound: bound)
        memo[key] = plan
        return plan
    }

    private func planOperand(_ operand: Operand, bound: Set<Int>) throws -> PlanNode {
        switch operand {
        case .triple(let t):
            let s = planner.planTerm(t.subject), p = planner.planTerm(t.predicate), o = planner.planTerm(t.object)
            let rows = planner.estimateTriple(s, p, o, bound: bound)
            return planner.node(.scan(subject: s, predicate: p, object: o, pattern: t), rows: rows,
                                certain: Set(t.variables.map(planner.slot)))
        case .pattern(let p):
            return try planner.plan(p, bound: bound)
        }
    }

    /// Splits a group into operands and filters. A filter nested in an operand is lifted to the
    /// group only when the operand certainly binds everything it reads (then applying it to the
    /// whole group is equivalent).
    private func flatten(_ p: GraphPattern, top: Bool, operands: inout [Operand], filters: inout [Expression]) {
        switch p {
        case .bgp(let triples):
            operands.append(contentsOf: triples.map(Operand.triple))
        case .join(let a, let b):
            flatten(a, top: false, operands: &operands, filters: &filters)
            flatten(b, top: false, operands: &operands, filters: &filters)
        case .filter(let e, let inner):
            let liftable = top || (!e.containsExists && !e.isNondeterministic
                                   && e.mentionedVariables.isSubset(of: inner.certainVariables))
            if liftable {
                filters.append(e)
                flatten(inner, top: top, operands: &operands, filters: &filters)
            } else {
                operands.append(.pattern(p))
            }
        case .path, .leftJoin, .union, .minus, .graph, .extend, .values, .group, .orderBy, .project, .distinct,
             .reduced, .slice, .service:
            operands.append(.pattern(p))
        }
    }

    /// Patterns cheap to re-evaluate once per left row because bound values narrow index scans.
    static func isIndexFriendly(_ p: GraphPattern) -> Bool {
        switch p {
        case .bgp, .path: return true
        case .graph(_, let inner), .filter(_, let inner), .extend(let inner, _, _): return isIndexFriendly(inner)
        case .join(let a, let b): return isIndexFriendly(a) && isIndexFriendly(b)
        case .leftJoin(let a, let b, _): return isIndexFriendly(a) && isIndexFriendly(b)
        case .union, .minus, .values, .group, .orderBy, .project, .distinct, .reduced, .slice, .service: return false
        }
    }
}
