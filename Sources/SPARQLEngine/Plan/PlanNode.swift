import RDFModel
import SPARQLSyntax

/// A position of a planned triple or path: a constant id or a variable slot.
enum PlanTerm: Hashable {
    case constant(TermID)
    case slot(Int)
}

/// How a join is executed.
enum JoinStrategy: Hashable {
    /// For each left row, evaluate the right side with the row's bindings (index lookups).
    case nestedLoop
    /// Evaluate the right side once, hash it on `keys` and probe with each left row.
    case hash(keys: [Int])
}

/// One node of a physical query plan, with the planner's row estimate and the slots every
/// row it produces binds.
struct PlanNode {
    /// Position in the plan, for analyze counters.
    var id: Int
    /// What the node does.
    var operation: PlanOperation
    /// Estimated rows produced (per evaluation, given the bindings known when planned).
    var estimatedRows: Double
    /// Slots bound in every row the node produces.
    var certain: Set<Int>

    /// False for operators whose result depends on seeing all of their input (OFFSET/LIMIT,
    /// top-k): restricting their input by a join partner's bindings first would change which
    /// rows they keep, so they are evaluated unseeded and joined afterwards.
    var acceptsSeed: Bool {
        switch operation {
        case .slice: return false
        case .orderBy(_, _, let limit): return limit == nil
        case .unit, .empty, .scan, .path, .join, .leftJoin, .filter, .union, .minus, .graph, .extend, .values,
             .group, .project, .distinct, .reduced: return true
        }
    }
}

/// The physical operators. Children are ``PlanNode``s.
indirect enum PlanOperation {
    /// One row binding nothing (the empty group pattern).
    case unit
    /// A triple pattern matched against the active graph.
    case scan(subject: PlanTerm, predicate: PlanTerm, object: PlanTerm, pattern: TriplePattern)
    /// A property path between two positions.
    case path(subject: PlanTerm, path: PropertyPath, object: PlanTerm)
    /// An inner join.
    case join(PlanNode, PlanNode, JoinStrategy)
    /// OPTIONAL: left rows extended by compatible right rows that pass the filter.
    case leftJoin(PlanNode, PlanNode, filter: Expression?, JoinStrategy)
    /// Rows whose filter expression is true.
    case filter(Expression, PlanNode)
    /// Rows of either side.
    case union(PlanNode, PlanNode)
    /// Left rows without a compatible right row sharing a variable.
    case minus(PlanNode, PlanNode)
    /// The pattern evaluated in a named graph (a constant, or a slot ranging over named graphs).
    case graph(PlanTerm, PlanNode)
    /// The row extended with an expression's value.
    case extend(PlanNode, slot: Int, Expression)
    /// An inline table.
    case values(slots: [Int], rows: [Row])
    /// Grouping with aggregates.
    case group(PlanNode, keys: [Int], aggregates: [(slot: Int, aggregate: Aggregate)])
    /// Sorting; with a limit only the first `limit` rows are kept (top-k).
    case orderBy(PlanNode, [OrderCondition], limit: Int?)
    /// Projection onto slots.
    case project(PlanNode, [Int])
    /// Duplicate elimination.
    case distinct(PlanNode)
    /// Duplicate elimination where cheap (consecutive duplicates).
    case reduced(PlanNode)
    /// OFFSET / LIMIT.
    case slice(PlanNode, offset: Int, limit: Int?)
    /// The empty result (a pattern that can never match, such as FILTER(false)).
    case empty
}
