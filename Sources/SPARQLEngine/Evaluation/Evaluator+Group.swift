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
        var groups: [[TermID]: GroupState] = [:]
        func fresh() -> GroupState {
            GroupState(accumulators: aggregates.map { AggregateAccumulator($0.aggregate) ?? AggregateAccumulator(.sample, distinct: false) },
                       distinctRows: aggregates.map { _ in [] })
        }
        currentGraphs = env.graphs
        while let row = try input() {
            try context.checkpoint()
            let key = keys.map { row[$0] }
            var state = groups[key] ?? { order.append(key); return fresh() }()
            for (i, binding) in aggregates.enumerated() {
                switch binding.aggregate {
                case .countAll(let distinct):
                    if distinct {
                        if state.distinctRows[i].insert(row).inserted { state.accumulators[i].add(.boolean(true)) }
                    } else {
                        state.accumulators[i].add(.boolean(true))
                    }
                case .count(let e, _), .sum(let e, _), .min(let e, _), .max(let e, _), .avg(let e, _),
                     .sample(let e, _), .groupConcat(let e, _, _):
                    state.accumulators[i].add(try expressions.value(e, row))
                case .custom(let iri, _, _):
                    throw QueryError(.unsupported, "extension aggregate \(iri) is not supported", operator: "group")
                }
            }
            groups[key] = state
        }
        if keys.isEmpty && order.isEmpty {
            order.append([])
            groups[[]] = fresh()
        }
        return order.map { key in
            var out = seed
            for (i, s) in keys.enumerated() { out[s] = key[i] }
            let state = groups[key]!
            for (i, binding) in aggregates.enumerated() {
                if let value = state.accumulators[i].result { out[binding.slot] = context.encode(value) }
            }
            return out
        }
    }
}
