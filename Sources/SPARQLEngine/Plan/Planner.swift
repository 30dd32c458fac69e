import Foundation
import RDFModel
import SPARQLSyntax

/// Turns an optimized algebra pattern into a physical plan: allocates variable slots, encodes
/// constants, orders the operands of every join group by estimated cardinality (see
/// ``JoinOrdering``), and chooses index nested-loop or hash joins.
final class Planner {
    let context: ExecutionContext
    private var nextID = 0
    private var countCache: [EncodedQuadPattern: Int] = [:]
    /// The graph estimates are taken from (changes inside GRAPH blocks).
    var estimateGraph: GraphSelector

    init(context: ExecutionContext) {
        self.context = context
        estimateGraph = context.defaultGraphs.first ?? .defaultGraph
    }

    /// A new plan node.
    func node(_ op: PlanOperation, rows: Double, certain: Set<Int>) -> PlanNode {
        nextID += 1
        return PlanNode(id: nextID, operation: op, estimatedRows: max(0, rows), certain: certain)
    }

    /// The slot of a variable.
    func slot(_ v: Variable) -> Int { context.variables.slot(v) }

    /// A pattern position as a plan term.
    func planTerm(_ p: TermPattern) -> PlanTerm {
        switch p {
        case .term(let t): return .constant(context.encode(t))
        case .variable(let v): return .slot(slot(v))
        }
    }

    /// How many quads match `pattern` (cached).
    ///
    /// A pattern that fixes only the predicate of one graph is estimated from two constant-time
    /// counters, the predicate's quads in all graphs capped by the graph's size, instead of
    /// counting its range: that count reads up to a thousand keys per pattern, and made planning
    /// nine tenths of a point lookup's time. The cap is exact for a predicate kept by one
    /// department only and an overestimate for shared ones (names, identity numbers), which are
    /// never the selective start of a plan anyway.
    func count(_ pattern: EncodedQuadPattern) -> Int {
        if let c = countCache[pattern] { return c }
        let c: Int
        if pattern.subject == nil, pattern.object == nil, let p = pattern.predicate,
           pattern.graph != .union, pattern.graph != .anyNamedGraph {
            let everywhere = context.dataset.estimatedCount(of: EncodedQuadPattern(predicate: p, graph: .union))
            let inGraph = context.dataset.estimatedCount(of: EncodedQuadPattern(graph: pattern.graph))
            c = min(everywhere, inGraph)
        } else {
            c = context.dataset.estimatedCount(of: pattern)
        }
        countCache[pattern] = c
        return c
    }

    // MARK: - Patterns

    /// Plans `pattern`, knowing that the slots in `bound` are bound when it runs.
    func plan(_ pattern: GraphPattern, bound: Set<Int>) throws -> PlanNode {
        switch pattern {
        case .bgp, .join, .filter:
            var ordering = JoinOrdering(planner: self)
            return try ordering.plan(pattern, bound: bound)
        case .path(let s, let path, let o):
            let ps = planTerm(s), po = planTerm(o)
            let certain = Set([ps, po].compactMap { if case .slot(let x) = $0 { return x } else { return nil } })
            let rows = estimatePath(path, subjectBound: isBound(ps, bound), objectBound: isBound(po, bound))
            return node(.path(subject: ps, path: path, object: po), rows: rows, certain: certain)
        case .leftJoin(let a, let b, let f):
            let left = try plan(a, bound: bound)
            if let f { try registerExists(in: f) }
            // An OPTIONAL part that bound values cannot narrow (a grouped subquery, a union of
            // groups...) is evaluated once and hashed, not re-evaluated per left row.
            // So is one bindings could narrow when the left side is big and the right side alone is
            // cheaper to scan once than to look up per left row.
            var hashed = context.options.optimize && !JoinOrdering.isIndexFriendly(b) && left.estimatedRows > JoinOrdering.nestedLoopLimit
            if context.options.optimize && !hashed && left.estimatedRows > JoinOrdering.bigLeftSide {
                let alone = try plan(b, bound: bound).estimatedRows
                hashed = alone <= JoinOrdering.crossProductHashLimit
                    && alone + left.estimatedRows < left.estimatedRows * JoinOrdering.lookupCost
            }
            if hashed {
                let right = try plan(b, bound: bound)
                let keys = left.certain.intersection(right.certain).sorted()
                return node(.leftJoin(left, right, filter: f, .hash(keys: keys)),
                            rows: left.estimatedRows * max(1, right.estimatedRows / max(1, left.estimatedRows)), certain: left.certain)
            }
            let right = try plan(b, bound: bound.union(left.certain))
            return node(.leftJoin(left, right, filter: f, .nestedLoop), rows: left.estimatedRows * max(1, right.estimatedRows),
                        certain: left.certain)
        case .union(let a, let b):
            let left = try plan(a, bound: bound), right = try plan(b, bound: bound)
            return node(.union(left, right), rows: left.estimatedRows + right.estimatedRows,
                        certain: left.certain.intersection(right.certain))
        case .minus(let a, let b):
            let left = try plan(a, bound: bound), right = try plan(b, bound: [])
            return node(.minus(left, right), rows: left.estimatedRows, certain: left.certain)
        case .graph(let name, let p):
            let saved = estimateGraph
            defer { estimateGraph = saved }
            let term = planTerm(name)
            var certain = Set<Int>()
            switch term {
            case .constant(let id): estimateGraph = .named(id)
            case .slot(let s):
                estimateGraph = bound.contains(s) ? .union : .anyNamedGraph
                certain.insert(s)
            }
            let inner = try plan(p, bound: bound)
            return node(.graph(term, inner), rows: inner.estimatedRows, certain: certain.union(inner.certain))
        case .extend(let p, let v, let e):
            let inner = try plan(p, bound: bound)
            try registerExists(in: e)
            let s = slot(v)
            context.extendSlots.insert(s)
            return node(.extend(inner, slot: s, e), rows: inner.estimatedRows, certain: inner.certain)
        case .values(let vars, let rows):
            let slots = vars.map(slot)
            let encoded: [Row] = rows.map { $0.map { $0.map(context.encode) ?? .unbound } }
            let certain = Set(slots.enumerated().filter { i, _ in encoded.allSatisfy { $0[i].isBound } }.map(\.element))
            return node(.values(slots: slots, rows: encoded), rows: Double(rows.count), certain: certain)
        case .group(let p, let vars, let aggs):
            let inner = try plan(p, bound: [])
            var planned: [(slot: Int, aggregate: Aggregate)] = []
            for binding in aggs {
                if case .custom(let iri, _, _) = binding.aggregate {
                    throw QueryError(.unsupported, "extension aggregate \(iri) is not supported", operator: "group")
                }
                planned.append((slot(binding.variable), binding.aggregate))
            }
            let keys = vars.map(slot)
            let rows = keys.isEmpty ? 1 : max(1, inner.estimatedRows / 10)
            return node(.group(inner, keys: keys, aggregates: planned), rows: rows,
                        certain: Set(keys).intersection(inner.certain))
        case .orderBy(let p, let conditions):
            return try planOrder(p, conditions, limit: nil, bound: bound)
        case .project(let p, let vars):
            let inner = try plan(p, bound: bound)
            let slots = vars.map(slot)
            return node(.project(inner, slots), rows: inner.estimatedRows, certain: inner.certain.intersection(slots))
        case .distinct(let p):
            let inner = try plan(p, bound: bound)
            return node(.distinct(inner), rows: inner.estimatedRows, certain: inner.certain)
        case .reduced(let p):
            let inner = try plan(p, bound: bound)
            return node(.reduced(inner), rows: inner.estimatedRows, certain: inner.certain)
        case .slice(let p, let offset, let limit):
            let inner: PlanNode
            if let limit, let sorted = try topK(p, keep: offset + limit) {
                inner = sorted
            } else {
                inner = try plan(p, bound: [])
            }
            let rows = max(0, inner.estimatedRows - Double(offset))
            return node(.slice(inner, offset: offset, limit: limit), rows: limit.map { min(Double($0), rows) } ?? rows,
                        certain: inner.certain)
        case .service(let endpoint, let p, let silent):
            if silent { return node(.unit, rows: 1, certain: []) }
            _ = p
            throw QueryError(.unsupported, "SERVICE \(endpoint) is not supported: the engine queries only its own dataset",
                             operator: "service")
        }
    }

    /// Plans ORDER BY, keeping only `limit` rows when a slice follows.
    private func planOrder(_ p: GraphPattern, _ conditions: [OrderCondition], limit: Int?, bound: Set<Int>) throws -> PlanNode {
        let inner = try plan(p, bound: bound)
        for c in conditions { try registerExists(in: c.expression) }
        let rows = limit.map { min(Double($0), inner.estimatedRows) } ?? inner.estimatedRows
        return node(.orderBy(inner, conditions, limit: limit), rows: rows, certain: inner.certain)
    }

    /// A top-k plan for `slice(orderBy)` and `slice(project(orderBy))`; nil for other shapes.
    private func topK(_ p: GraphPattern, keep: Int) throws -> PlanNode? {
        switch p {
        case .orderBy(let inner, let conditions):
            return try planOrder(inner, conditions, limit: keep, bound: [])
        case .project(.orderBy(let inner, let conditions), let vars):
            let sorted = try planOrder(inner, conditions, limit: keep, bound: [])
            let slots = vars.map(slot)
            return node(.project(sorted, slots), rows: sorted.estimatedRows, certain: sorted.certain.intersection(slots))
        default:
            return nil
        }
    }

    /// Plans the EXISTS patterns of an expression (run later with each row substituted).
    func registerExists(in e: SPARQLSyntax.Expression) throws {
        for p in e.existsPatterns where context.existsPlans[p] == nil {
            let saved = estimateGraph
            context.existsPlans[p] = try plan(p, bound: [])
            estimateGraph = saved
        }
    }

    private func isBound(_ t: PlanTerm, _ bound: Set<Int>) -> Bool {
        switch t {
        case .constant: return true
        case .slot(let s): return bound.contains(s)
        }
    }

    // MARK: - Estimates

    /// Estimated matches of a triple pattern when the slots in `bound` are already bound.
    func estimateTriple(_ s: PlanTerm, _ p: PlanTerm, _ o: PlanTerm, bound: Set<Int>) -> Double {
        func id(_ t: PlanTerm) -> TermID? { if case .constant(let c) = t { return c } else { return nil } }
        let base = Double(count(EncodedQuadPattern(subject: id(s), predicate: id(p), object: id(o), graph: estimateGraph)))
        // Without per-value statistics: a known subject has few values for a known predicate
        // (most properties are nearly functional), a known object is shared by more subjects.
        var est = base
        let predicateKnown = id(p) != nil
        if case .slot(let x) = s, bound.contains(x) {
            if let predicate = id(p), id(o) != nil {
                // A known subject checked against a known value matches at most once, and about as
                // often as the value's share of the predicate (a visit's clinic is CY001 one time
                // in ten); two per row overestimated such a check twentyfold and tipped the
                // following joins into hash joins over whole predicates.
                let all = Double(count(EncodedQuadPattern(predicate: predicate, graph: estimateGraph)))
                est = min(est, 1, all > 0 ? base / all : 1)
            } else {
                est = predicateKnown ? min(est, 2) : min(est, pow2(est, 0.2))
            }
        }
        if case .slot(let x) = o, bound.contains(x) {
            if let predicate = id(p), !isBound(s, bound) {
                est = min(est, objectFanout(predicate))
            } else {
                est = min(est, pow2(est, 0.3))
            }
        }
        if case .slot(let x) = p, bound.contains(x) { est = min(est, pow2(est, 0.7)) }
        return est
    }

    private var fanoutCache: [FanoutKey: Double] = [:]

    private struct FanoutKey: Hashable {
        var predicate: TermID
        var graph: GraphSelector
    }

    /// How many subjects share one object of `predicate`, on average over a small sample of its
    /// objects (the first few in index order, each counted exactly up to the store's bound).
    func objectFanout(_ predicate: TermID) -> Double {
        let key = FanoutKey(predicate: predicate, graph: estimateGraph)
        if let known = fanoutCache[key] { return known }
        var objects: [TermID] = []
        let quads = context.dataset.quads(matching: EncodedQuadPattern(predicate: predicate, graph: estimateGraph))
        var seen = 0
        while objects.count < 8, seen < 2000, let q = quads.next() {
            seen += 1
            if objects.last != q.object && !objects.contains(q.object) { objects.append(q.object) }
        }
        var fanout = 1.0
        if !objects.isEmpty {
            let total = objects.reduce(0) { sum, o in
                sum + count(EncodedQuadPattern(predicate: predicate, object: o, graph: estimateGraph))
            }
            fanout = max(1, Double(total) / Double(objects.count))
        }
        fanoutCache[key] = fanout
        return fanout
    }

    private func pow2(_ x: Double, _ e: Double) -> Double { x <= 1 ? x : max(1, exp(log(x) * e)) }

    /// About how many edges a path walks over: the triples of its predicates.
    private func pathSize(_ path: PropertyPath) -> Double {
        switch path {
        case .link(let iri):
            return Double(count(EncodedQuadPattern(predicate: context.lookup(.iri(iri)), graph: estimateGraph)))
        case .inverse(let p), .zeroOrMore(let p), .oneOrMore(let p), .zeroOrOne(let p):
            return pathSize(p)
        case .sequence(let a, let b):
            return max(pathSize(a), pathSize(b))
        case .alternative(let a, let b):
            return pathSize(a) + pathSize(b)
        case .negatedPropertySet:
            return Double(count(EncodedQuadPattern(graph: estimateGraph)))
        }
    }

    private func estimatePath(_ path: PropertyPath, subjectBound: Bool, objectBound: Bool) -> Double {
        let base = pathSize(path)
        if subjectBound && objectBound { return 1 }
        if subjectBound || objectBound { return max(1, pow2(base, 0.5)) }
        return max(1, base)
    }
}
