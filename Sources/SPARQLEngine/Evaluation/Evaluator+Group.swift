import RDFModel
import SPARQLSyntax

extension Evaluator {
    /// GROUP BY with aggregates: one row per distinct key (one row in all when there are no
    /// keys, even over no input), binding the keys and each aggregate's value (unbound on error).
    func group(_ p: PlanNode, keys: [Int], aggregates: [(slot: Int, aggregate: Aggregate)],
               _ seed: Row, _ env: Environment) throws -> RowSource {
        var computed: [Row]? = nil
        var index = 0
        return { [self] in
            if computed == nil { computed = try self.computeGroups(p, keys: keys, aggregates: aggregates, seed, env) }
            guard index < computed!.count else { return nil }
            defer { index += 1 }
            return computed![index]
        }
    }

    private struct GroupState {
        var accumulators: [AggregateAccumulator]
        var distinctRows: [Set<Row>]
    }

    private func computeGroups(_ p: PlanNode, keys: [Int], aggregates: [(slot: Int, aggregate: Aggregate)],
                               _ seed: Row, _ env: Environment) throws -> [Row] {
        let input = try open(p, seed, env)
        var order: [[TermID]] = []
        var groupIndex: [[TermID]: Int] = [:]
        var states: [GroupState] = []
        func fresh() -> GroupState {
            GroupState(accumulators: aggregates.map { AggregateAccumulator($0.aggregate) ?? AggregateAccumulator(.sample, distinct: false) },
                       distinctRows: aggregates.map { _ in [] })
        }
        currentGraphs = env.graphs
        while let row = try input() {
            try context.checkpoint()
            let key = keys.map { row[$0] }
            let g: Int
            if let known = groupIndex[key] {
                g = known
            } else {
                g = states.count
                groupIndex[key] = g
                order.append(key)
                states.append(fresh())
            }
            for (i, binding) in aggregates.enumerated() {
                switch binding.aggregate {
                case .countAll(let distinct):
                    if distinct {
                        if states[g].distinctRows[i].insert(row).inserted { states[g].accumulators[i].addRow() }
                    } else {
                        states[g].accumulators[i].addRow()
                    }
                case .count(.variable(let v), let distinct):
                    // Counting a variable needs its id, not its term: no decoding.
                    guard let s = context.variables.existingSlot(v), row[s].isBound else { continue }
                    if !distinct || states[g].distinctRows[i].insert([row[s]]).inserted { states[g].accumulators[i].addRow() }
                case .count(let e, _), .sum(let e, _), .min(let e, _), .max(let e, _), .avg(let e, _),
                     .sample(let e, _), .groupConcat(let e, _, _):
                    states[g].accumulators[i].add(try expressions.value(e, row))
                case .custom(let iri, _, _):
                    throw QueryError(.unsupported, "extension aggregate \(iri) is not supported", operator: "group")
                }
            }
        }
        if keys.isEmpty && order.isEmpty {
            order.append([])
            states.append(fresh())
        }
        return order.enumerated().map { g, key in
            var out = seed
            for (i, s) in keys.enumerated() { out[s] = key[i] }
            for (i, binding) in aggregates.enumerated() {
                if let value = states[g].accumulators[i].result { out[binding.slot] = context.encode(value) }
            }
            return out
        }
    }
}
