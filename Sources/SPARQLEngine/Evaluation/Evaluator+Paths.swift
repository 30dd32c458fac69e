import RDFModel
import SPARQLSyntax

/// Property paths (SPARQL 18.4): `/`, `|`, `^` and negated sets keep duplicates like the joins
/// and unions they stand for; `*`, `+` and `?` give each pair of nodes once (ALP), following
/// each node once so cycles end.
extension Evaluator {
    /// Rows for `subject path object`.
    func pathSource(_ s: PlanTerm, _ path: PropertyPath, _ o: PlanTerm, _ seed: Row, _ env: Environment) throws -> RowSource {
        let subject = resolve(s, seed), object = resolve(o, seed)
        // The same path from the same node recurs across rows (many requests in one grid cell):
        // reuse the answer while the cache stays small.
        let key = PathKey(path: path, subject: subject, object: object, graphs: env.graphs)
        var pairs: [(TermID, TermID)]
        if let known = pathCache[key] {
            pairs = known
        } else {
            pairs = try self.pairs(path, subject, object, env)
            if pathCacheSize + pairs.count > Evaluator.pathCacheLimit {
                pathCache.removeAll(keepingCapacity: true)
                pathCacheSize = 0
            }
            pathCache[key] = pairs
            pathCacheSize += pairs.count + 1
        }
        if case .slot(let a) = s, case .slot(let b) = o, a == b, subject == nil {
            pairs = pairs.filter { $0.0 == $0.1 }
        }
        var index = 0
        return { [self] in
            while index < pairs.count {
                let (x, y) = pairs[index]
                index += 1
                var r = seed
                if self.bind(s, x, &r), self.bind(o, y, &r) { return r }
            }
            return nil
        }
    }

    /// The most path pairs kept for reuse.
    static let pathCacheLimit = 1_000_000

    /// The (start, end) pairs of a path, restricted to the given ends.
    func pairs(_ path: PropertyPath, _ s: TermID?, _ o: TermID?, _ env: Environment) throws -> [(TermID, TermID)] {
        try context.checkpoint()
        switch path {
        case .link(let iri):
            let p = context.lookup(.iri(iri))
            let quads = matches(subject: s, predicate: p, object: o, env)
            var out: [(TermID, TermID)] = []
            while let q = try quads() {
                try context.checkpoint()
                out.append((q.subject, q.object))
            }
            return out
        case .inverse(let inner):
            return try pairs(inner, o, s, env).map { ($0.1, $0.0) }
        case .sequence(let a, let b):
            var out: [(TermID, TermID)] = []
            if s != nil || o == nil {
                for (x, m) in try pairs(a, s, nil, env) {
                    for (_, y) in try pairs(b, m, o, env) { out.append((x, y)) }
                }
            } else {
                for (m, y) in try pairs(b, nil, o, env) {
                    for (x, _) in try pairs(a, s, m, env) { out.append((x, y)) }
                }
            }
            return out
        case .alternative(let a, let b):
            return try pairs(a, s, o, env) + pairs(b, s, o, env)
        case .negatedPropertySet(let iris):
            let excluded = Set(iris.map { context.lookup(.iri($0)) })
            let quads = matches(subject: s, predicate: nil, object: o, env)
            var out: [(TermID, TermID)] = []
            while let q = try quads() {
                try context.checkpoint()
                if !excluded.contains(q.predicate) { out.append((q.subject, q.object)) }
            }
            return out
        case .zeroOrOne(let inner):
            return try closurePairs(inner, s, o, env, zeroLength: true, maxSteps: 1)
        case .zeroOrMore(let inner):
            return try closurePairs(inner, s, o, env, zeroLength: true, maxSteps: nil)
        case .oneOrMore(let inner):
            return try closurePairs(inner, s, o, env, zeroLength: false, maxSteps: nil)
        }
    }

    /// Distinct pairs connected by `steps` repetitions of `path`, with `zeroLength` adding (n, n).
    private func closurePairs(_ path: PropertyPath, _ s: TermID?, _ o: TermID?, _ env: Environment,
                              zeroLength: Bool, maxSteps: Int?) throws -> [(TermID, TermID)] {
        if let s {
            let reached = try reach(from: s, path, forward: true, env, zeroLength: zeroLength, maxSteps: maxSteps)
            if let o { return reached.contains(o) ? [(s, o)] : [] }
            return reached.map { (s, $0) }
        }
        if let o {
            return try reach(from: o, path, forward: false, env, zeroLength: zeroLength, maxSteps: maxSteps).map { ($0, o) }
        }
        let starts: [TermID]
        if zeroLength {
            starts = try allNodes(env)
        } else {
            var seen = Set<TermID>()
            starts = try pairs(path, nil, nil, env).map(\.0).filter { seen.insert($0).inserted }
        }
        var out: [(TermID, TermID)] = []
        for start in starts {
            for end in try reach(from: start, path, forward: true, env, zeroLength: zeroLength, maxSteps: maxSteps) {
                out.append((start, end))
            }
        }
        return out
    }

    /// The nodes reachable from `start` (breadth first, each node once, in discovery order).
    private func reach(from start: TermID, _ path: PropertyPath, forward: Bool, _ env: Environment,
                       zeroLength: Bool, maxSteps: Int?) throws -> [TermID] {
        var visited = Set<TermID>()
        var result: [TermID] = []
        if zeroLength {
            visited.insert(start)
            result.append(start)
        }
        var frontier = [start]
        var expanded = Set<TermID>()
        var steps = 0
        while !frontier.isEmpty {
            if let maxSteps, steps >= maxSteps { break }
            steps += 1
            var next: [TermID] = []
            for node in frontier where expanded.insert(node).inserted {
                try context.checkpoint()
                let step = forward ? try pairs(path, node, nil, env).map(\.1) : try pairs(path, nil, node, env).map(\.0)
                for n in step where visited.insert(n).inserted {
                    result.append(n)
                    next.append(n)
                }
            }
            frontier = next
        }
        return result
    }

    /// Every subject and object of the active graph (the nodes a zero-length path may start at).
    private func allNodes(_ env: Environment) throws -> [TermID] {
        var seen = Set<TermID>()
        var out: [TermID] = []
        let quads = matches(subject: nil, predicate: nil, object: nil, env)
        while let q = try quads() {
            try context.checkpoint()
            if seen.insert(q.subject).inserted { out.append(q.subject) }
            if seen.insert(q.object).inserted { out.append(q.object) }
        }
        return out
    }
}
