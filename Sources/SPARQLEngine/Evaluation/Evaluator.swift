import RDFModel
import SPARQLSyntax

/// Executes a physical plan as a tree of pull-based row sources.
///
/// `open(node, seed, env)` yields the join of `seed` with the node's solutions. The seed's
/// bindings are passed into the node only for slots the node certainly binds (where
/// substituting them is the same as joining, and lets scans use them as index keys); the
/// others are joined back on the way out. Inside EXISTS (`env.substitute`) every binding is
/// substituted, as SPARQL 18.6 says.
final class Evaluator {
    let context: ExecutionContext
    private(set) var expressions: ExpressionEvaluator! = nil

    init(context: ExecutionContext) {
        self.context = context
        expressions = ExpressionEvaluator(context: context) { [unowned self] pattern, row in
            try self.exists(pattern, row)
        }
    }

    /// An empty row of the query's width.
    var emptyRow: Row { Row(repeating: .unbound, count: context.variables.width) }

    /// The environment of the query's top level: the dataset's default graph.
    var topEnvironment: Environment { Environment(graphs: context.defaultGraphs) }

    /// Opens `node` joined with `seed`.
    func open(_ node: PlanNode, _ seed: Row, _ env: Environment) throws -> RowSource {
        try context.checkpoint()
        var restricted = seed
        var stripped = false
        let seedable = node.acceptsSeed
        if !env.substitute || !seedable {
            for i in seed.indices where seed[i].isBound && (!seedable || !node.certain.contains(i)) {
                restricted[i] = .unbound
                stripped = true
            }
        } else if case .project(_, let slots) = node.operation {
            // A subquery's own variables are not the outer ones, even under substitution.
            for i in seed.indices where seed[i].isBound && !slots.contains(i) {
                restricted[i] = .unbound
                stripped = true
            }
        }
        var source = try openOperation(node, restricted, env)
        if stripped {
            let inner = source
            source = {
                while let r = try inner() {
                    if let merged = Rows.merge(r, seed) { return merged }
                }
                return nil
            }
        }
        if context.actualRows != nil {
            let inner = source, id = node.id, context = self.context
            source = {
                let r = try inner()
                if r != nil { context.actualRows![id, default: 0] += 1 }
                return r
            }
        }
        return source
    }

    private func openOperation(_ node: PlanNode, _ seed: Row, _ env: Environment) throws -> RowSource {
        switch node.operation {
        case .unit:
            return Rows.single(seed)
        case .empty:
            return Rows.none
        case .scan(let s, let p, let o, _):
            return scan(s, p, o, seed, env)
        case .path(let s, let path, let o):
            return try pathSource(s, path, o, seed, env)
        case .join(let a, let b, let strategy):
            switch strategy {
            case .nestedLoop: return try nestedLoopJoin(a, b, seed, env)
            case .hash(let keys): return try hashJoin(a, b, keys: keys, seed, env)
            }
        case .leftJoin(let a, let b, let filter, .nestedLoop):
            return try leftJoin(a, b, filter, seed, env)
        case .leftJoin(let a, let b, let filter, .hash(let keys)):
            return try hashLeftJoin(a, b, filter, keys: keys, seed, env)
        case .filter(let e, let p):
            let inner = try open(p, seed, env)
            let expressions = self.expressions!
            return { [self] in
                while let r = try inner() {
                    self.currentGraphs = env.graphs
                    if try expressions.holds(e, r) { return r }
                }
                return nil
            }
        case .union(let a, let b):
            var first: RowSource? = try open(a, seed, env)
            var second: RowSource? = nil
            return { [self] in
                if let f = first {
                    if let r = try f() { return r }
                    first = nil
                    second = try self.open(b, seed, env)
                }
                return try second?()
            }
        case .minus(let a, let b):
            return try minus(a, b, seed, env)
        case .graph(let name, let p):
            return try graph(name, p, seed, env)
        case .extend(let p, let slot, let e):
            let inner = try open(p, seed, env)
            let expressions = self.expressions!, context = self.context
            return { [self] in
                guard var r = try inner() else { return nil }
                self.currentGraphs = env.graphs
                context.noteSolution(r)
                if let value = try expressions.value(e, r) { r[slot] = context.encode(value) }
                return r
            }
        case .values(let slots, let rows):
            var index = 0
            return {
                while index < rows.count {
                    let values = rows[index]
                    index += 1
                    var r = seed
                    var ok = true
                    for (i, s) in slots.enumerated() where values[i].isBound {
                        if r[s].isBound && r[s] != values[i] { ok = false; break }
                        r[s] = values[i]
                    }
                    if ok { return r }
                }
                return nil
            }
        case .group(let p, let keys, let aggregates):
            return try group(p, keys: keys, aggregates: aggregates, seed, env)
        case .orderBy(let p, let conditions, let limit):
            return try order(p, conditions, limit: limit, seed, env)
        case .project(let p, let slots):
            let inner = try open(p, seed, env)
            let width = seed.count
            return {
                guard let r = try inner() else { return nil }
                var out = Row(repeating: .unbound, count: width)
                for s in slots { out[s] = r[s] }
                return out
            }
        case .distinct(let p):
            let inner = try open(p, seed, env)
            var seen = Set<Row>()
            return {
                while let r = try inner() {
                    if seen.insert(r).inserted { return r }
                }
                return nil
            }
        case .reduced(let p):
            let inner = try open(p, seed, env)
            var last: Row? = nil
            return {
                while let r = try inner() {
                    if r != last {
                        last = r
                        return r
                    }
                }
                return nil
            }
        case .slice(let p, let offset, let limit):
            let inner = try open(p, seed, env)
            var skipped = 0, produced = 0
            return {
                if let limit, produced >= limit { return nil }
                while skipped < offset {
                    guard try inner() != nil else { return nil }
                    skipped += 1
                }
                guard let r = try inner() else { return nil }
                produced += 1
                return r
            }
        }
    }

    // MARK: - Scans

    /// The id at a position: a constant, a bound slot, or nil (free).
    @inline(__always)
    func resolve(_ t: PlanTerm, _ row: Row) -> TermID? {
        switch t {
        case .constant(let c): return c
        case .slot(let s): return row[s].isBound ? row[s] : nil
        }
    }

    /// Binds a free position; false when a repeated variable disagrees.
    @inline(__always)
    func bind(_ t: PlanTerm, _ value: TermID, _ row: inout Row) -> Bool {
        guard case .slot(let s) = t else { return true }
        if row[s].isBound { return row[s] == value }
        row[s] = value
        return true
    }

    private func scan(_ s: PlanTerm, _ p: PlanTerm, _ o: PlanTerm, _ seed: Row, _ env: Environment) -> RowSource {
        let quads = matches(subject: resolve(s, seed), predicate: resolve(p, seed), object: resolve(o, seed), env)
        let context = self.context
        return { [self] in
            while let q = try quads() {
                try context.checkpoint()
                var r = seed
                if self.bind(s, q.subject, &r), self.bind(p, q.predicate, &r), self.bind(o, q.object, &r) { return r }
            }
            return nil
        }
    }

    /// Triples of the active graph matching the pattern. The active graph may be the merge of
    /// several graphs (FROM clauses, the union default graph); a triple in more than one of
    /// them is produced once, in bounded memory: a triple from a later graph is skipped when an
    /// earlier graph has it (a point look-up), and the named graphs of the union come
    /// triple-major from the store, so their repeats are consecutive.
    func matches(subject: TermID?, predicate: TermID?, object: TermID?, _ env: Environment) -> () throws -> EncodedQuad? {
        if env.graphs.count == 1, env.graphs[0] != .union {
            // One graph (the common case, and every look-up inside GRAPH): no merging to do.
            let quads = context.dataset.quads(matching: EncodedQuadPattern(subject: subject, predicate: predicate,
                                                                           object: object, graph: env.graphs[0]))
            return { quads.next() }
        }
        var graphs: [GraphSelector] = []
        for g in env.graphs {
            if case .union = g { graphs += [.defaultGraph, .anyNamedGraph] } else { graphs.append(g) }
        }
        // An empty graph contributes nothing and need not be checked for repeats.
        graphs.removeAll { context.isEmptyGraph($0) }
        var index = 0
        var current: AnyIterator<EncodedQuad>? = nil
        var previous: EncodedQuad? = nil
        let dataset = context.dataset
        let merging = graphs.count > 1
        return {
            while true {
                if let c = current, let q = c.next() {
                    guard merging else { return q }
                    let graph = graphs[index - 1]
                    if case .anyNamedGraph = graph, let p = previous, p.subject == q.subject,
                       p.predicate == q.predicate, p.object == q.object { continue }
                    previous = q
                    let seenEarlier = graphs[..<(index - 1)].contains { earlier in
                        dataset.quads(matching: EncodedQuadPattern(subject: q.subject, predicate: q.predicate,
                                                                   object: q.object, graph: earlier)).next() != nil
                    }
                    if seenEarlier { continue }
                    return q
                }
                guard index < graphs.count else { return nil }
                current = dataset.quads(matching: EncodedQuadPattern(subject: subject, predicate: predicate, object: object,
                                                                     graph: graphs[index]))
                previous = nil
                index += 1
            }
        }
    }

    // MARK: - EXISTS

    /// Whether `pattern` has a solution with `row` substituted.
    func exists(_ pattern: GraphPattern, _ row: Row) throws -> Bool {
        guard let plan = context.existsPlans[pattern] else {
            throw QueryError(.evaluation, "EXISTS pattern was not planned", operator: "exists")
        }
        var env = topEnvironment
        env.graphs = currentGraphs ?? env.graphs
        env.substitute = true
        return try open(plan, row, env)() != nil
    }

    /// The active graph of the operator being evaluated (for EXISTS inside GRAPH).
    var currentGraphs: [GraphSelector]? = nil
    /// Path answers by path, ends and graph, reused across rows.
    var pathCache: [PathKey: [(TermID, TermID)]] = [:]
    /// Pairs held by ``pathCache``.
    var pathCacheSize = 0
}

/// What a path evaluation depends on.
struct PathKey: Hashable {
    var path: PropertyPath
    var subject: TermID?
    var object: TermID?
    var graphs: [GraphSelector]
}
