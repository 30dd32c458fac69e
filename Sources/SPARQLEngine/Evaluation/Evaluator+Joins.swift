import RDFModel
import SPARQLSyntax

extension Evaluator {
    /// For each left row, the right side evaluated with that row's bindings.
    func nestedLoopJoin(_ a: PlanNode, _ b: PlanNode, _ seed: Row, _ env: Environment) throws -> RowSource {
        let left = try open(a, seed, env)
        var right: RowSource? = nil
        return { [self] in
            while true {
                if let r = right, let row = try r() { return row }
                guard let l = try left() else { return nil }
                right = try self.open(b, l, env)
            }
        }
    }

    /// The right side evaluated once and hashed on `keys` (slots both sides certainly bind);
    /// each left row probes it. Without keys this is a cross product with the right side in memory.
    func hashJoin(_ a: PlanNode, _ b: PlanNode, keys: [Int], _ seed: Row, _ env: Environment) throws -> RowSource {
        var table: [[TermID]: [Row]]? = nil
        let left = try open(a, seed, env)
        var currentLeft: Row? = nil
        var candidates: [Row] = []
        var index = 0
        let context = self.context
        return { [self] in
            if table == nil { table = try self.hashTable(b, keys: keys, seed, env) }
            while true {
                try context.checkpoint()
                if let l = currentLeft {
                    while index < candidates.count {
                        let r = candidates[index]
                        index += 1
                        if let merged = Rows.merge(l, r) { return merged }
                    }
                }
                guard let l = try left() else { return nil }
                currentLeft = l
                candidates = table![keys.map { l[$0] }] ?? []
                index = 0
            }
        }
    }

    /// OPTIONAL: each left row extended by the compatible right rows passing the filter, or
    /// kept alone when there is none.
    func leftJoin(_ a: PlanNode, _ b: PlanNode, _ filter: Expression?, _ seed: Row, _ env: Environment) throws -> RowSource {
        let left = try open(a, seed, env)
        var right: RowSource? = nil
        var currentLeft: Row? = nil
        var matched = false
        let expressions = self.expressions!
        return { [self] in
            while true {
                if let r = right, let l = currentLeft {
                    while let row = try r() {
                        if let filter {
                            self.currentGraphs = env.graphs
                            guard try expressions.holds(filter, row) else { continue }
                        }
                        matched = true
                        return row
                    }
                    right = nil
                    currentLeft = nil
                    if !matched { return l }
                }
                guard let l = try left() else { return nil }
                currentLeft = l
                matched = false
                right = try self.open(b, l, env)
            }
        }
    }

    /// OPTIONAL with the right side evaluated once and hashed on `keys`; each left row is
    /// extended by its compatible candidates that pass the filter, or kept alone.
    func hashLeftJoin(_ a: PlanNode, _ b: PlanNode, _ filter: Expression?, keys: [Int], _ seed: Row,
                      _ env: Environment) throws -> RowSource {
        var table: [[TermID]: [Row]]? = nil
        let left = try open(a, seed, env)
        var pending: [Row] = []
        let context = self.context, expressions = self.expressions!
        return { [self] in
            if table == nil { table = try self.hashTable(b, keys: keys, seed, env) }
            while true {
                if let row = pending.popLast() { return row }
                guard let l = try left() else { return nil }
                try context.checkpoint()
                var matches: [Row] = []
                for r in table![keys.map { l[$0] }] ?? [] {
                    guard let merged = Rows.merge(l, r) else { continue }
                    if let filter {
                        self.currentGraphs = env.graphs
                        guard try expressions.holds(filter, merged) else { continue }
                    }
                    matches.append(merged)
                }
                if matches.isEmpty { return l }
                pending = matches.reversed()
            }
        }
    }

    /// MINUS: left rows for which no right row is compatible while sharing a bound variable.
    func minus(_ a: PlanNode, _ b: PlanNode, _ seed: Row, _ env: Environment) throws -> RowSource {
        let keys = a.certain.intersection(b.certain).sorted()
        let left = try open(a, seed, env)
        var table: [[TermID]: [Row]]? = nil
        let context = self.context
        return { [self] in
            if table == nil {
                var t: [[TermID]: [Row]] = [:]
                let right = try self.open(b, self.emptyRow, env)
                while let r = try right() {
                    try context.checkpoint()
                    t[keys.map { r[$0] }, default: []].append(r)
                }
                table = t
            }
            while let l = try left() {
                try context.checkpoint()
                let candidates = keys.isEmpty ? table!.values.flatMap { $0 } : (table![keys.map { l[$0] }] ?? [])
                let removed = candidates.contains { Rows.compatible(l, $0) && Rows.sharesBinding(l, $0) }
                if !removed { return l }
            }
            return nil
        }
    }

    /// GRAPH: the inner pattern with the named graph as active graph; a variable name ranges
    /// over the dataset's named graphs (or is checked when already bound).
    func graph(_ name: PlanTerm, _ p: PlanNode, _ seed: Row, _ env: Environment) throws -> RowSource {
        var inner = env
        switch name {
        case .constant(let g):
            guard context.isNamedGraph(g) else { return Rows.none }
            inner.graphs = [.named(g)]
            return try open(p, seed, inner)
        case .slot(let s):
            if seed[s].isBound {
                guard context.isNamedGraph(seed[s]) else { return Rows.none }
                inner.graphs = [.named(seed[s])]
                return try open(p, seed, inner)
            }
            let graphs = context.namedGraphs()
            var index = 0
            var current: RowSource? = nil
            return { [self] in
                while true {
                    if let c = current, let r = try c() { return r }
                    guard index < graphs.count else { return nil }
                    let g = graphs[index]
                    index += 1
                    var rowSeed = seed
                    rowSeed[s] = g
                    var env = inner
                    env.graphs = [.named(g)]
                    current = try self.open(p, rowSeed, env)
                }
            }
        }
    }

    /// The rows of `b` grouped by their values at `keys`: the build side of the hash joins.
    func hashTable(_ b: PlanNode, keys: [Int], _ seed: Row, _ env: Environment) throws -> [[TermID]: [Row]] {
        var table: [[TermID]: [Row]] = [:]
        let right = try open(b, seed, env)
        while let r = try right() {
            try context.checkpoint()
            table[keys.map { r[$0] }, default: []].append(r)
        }
        return table
    }
}
