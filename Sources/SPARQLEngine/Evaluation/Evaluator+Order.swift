import RDFModel
import SPARQLSyntax

extension Evaluator {
    /// ORDER BY: a stable sort on the keys' values in SPARQL order (unbound first, then blank
    /// nodes, IRIs, literals). With a limit only that many rows are kept while reading (top-k).
    func order(_ p: PlanNode, _ conditions: [OrderCondition], limit: Int?, _ seed: Row, _ env: Environment) throws -> RowSource {
        var sorted: [Row]? = nil
        var index = 0
        return { [self] in
            if sorted == nil { sorted = try self.sortRows(p, conditions, limit: limit, seed, env) }
            guard index < sorted!.count else { return nil }
            defer { index += 1 }
            return sorted![index]
        }
    }

    /// Above this many kept rows a full sort beats keeping a sorted window.
    static let topKLimit = 4096

    private struct Keyed {
        var row: Row
        var keys: [Term?]
        var serial: Int
    }

    private func sortRows(_ p: PlanNode, _ conditions: [OrderCondition], limit: Int?, _ seed: Row,
                          _ env: Environment) throws -> [Row] {
        let input = try open(p, seed, env)
        let context = self.context
        func precedes(_ a: Keyed, _ b: Keyed) throws -> Bool {
            try context.checkpoint()
            for (i, c) in conditions.enumerated() {
                var o = TermOrder.compare(a.keys[i], b.keys[i])
                if c.descending { o = o.reversed }
                if o != .equal { return o == .less }
            }
            return a.serial < b.serial
        }
        var rows: [Keyed] = []
        var serial = 0
        currentGraphs = env.graphs
        while let r = try input() {
            try context.checkpoint()
            let keyed = Keyed(row: r, keys: try conditions.map { try expressions.value($0.expression, r) }, serial: serial)
            serial += 1
            if let limit, limit <= Evaluator.topKLimit {
                if limit == 0 { continue }
                if rows.count == limit, let last = rows.last, try !precedes(keyed, last) { continue }
                // Binary search for the insertion point keeps `rows` sorted.
                var lo = 0, hi = rows.count
                while lo < hi {
                    let mid = (lo + hi) / 2
                    if try precedes(keyed, rows[mid]) { hi = mid } else { lo = mid + 1 }
                }
                rows.insert(keyed, at: lo)
                if rows.count > limit { rows.removeLast() }
            } else {
                rows.append(keyed)
            }
        }
        if limit == nil || limit! > Evaluator.topKLimit {
            try rows.sort(by: precedes)
            if let limit, rows.count > limit { rows.removeLast(rows.count - limit) }
        }
        return rows.map(\.row)
    }
}
