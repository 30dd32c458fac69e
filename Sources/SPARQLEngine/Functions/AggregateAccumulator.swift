import RDFModel
import SPARQLSyntax

/// Folds the values of one aggregate over a group (SPARQL 18.5), with the spec's error rules:
/// an error or unbound value makes SUM, AVG, MIN, MAX and GROUP_CONCAT fail for the group,
/// COUNT skips it, SAMPLE ignores it.
///
/// ```swift
/// var sum = AggregateAccumulator(.sum, distinct: false)
/// for row in group { sum.add(try? evaluate(expr, row)) }   // nil for errors / unbound
/// let total = sum.result   // nil means the aggregate is unbound for the group
/// ```
public struct AggregateAccumulator: Sendable {
    /// Which set function is being computed.
    public enum Function: Hashable, Sendable {
        case count, sum, avg, min, max, sample
        case groupConcat(separator: String)
    }

    /// The set function.
    public let function: Function
    /// Whether duplicates are removed first.
    public let distinct: Bool
    private var seen: Set<Term> = []
    private var count = 0
    private var failed = false
    private var sum: XSDNumeric = .integer(0)
    private var best: Term?
    private var concatenated = ""

    /// Creates an accumulator.
    public init(_ function: Function, distinct: Bool) {
        self.function = function
        self.distinct = distinct
    }

    /// An accumulator for a parsed aggregate; nil for extension aggregates named by IRI, which
    /// the library does not know. For `COUNT(*)` call ``addRow()`` per solution (for
    /// `COUNT(DISTINCT *)` the evaluator passes only distinct solutions).
    public init?(_ aggregate: Aggregate) {
        switch aggregate {
        // The accumulator never sees whole solutions, so DISTINCT * is the evaluator's job and
        // the accumulator itself must not deduplicate what it is given.
        case .countAll: self.init(.count, distinct: false)
        case .count(_, let d): self.init(.count, distinct: d)
        case .sum(_, let d): self.init(.sum, distinct: d)
        case .min(_, let d): self.init(.min, distinct: d)
        case .max(_, let d): self.init(.max, distinct: d)
        case .avg(_, let d): self.init(.avg, distinct: d)
        case .sample(_, let d): self.init(.sample, distinct: d)
        case .groupConcat(_, let d, let sep): self.init(.groupConcat(separator: sep ?? " "), distinct: d)
        case .custom: return nil
        }
    }

    /// Counts one solution, for `COUNT(*)`.
    public mutating func addRow() {
        count += 1
    }

    /// Adds one value; nil stands for an evaluation error or an unbound variable.
    public mutating func add(_ value: Term?) {
        guard let value else {
            switch function {
            case .count, .sample: return
            default:
                failed = true
                return
            }
        }
        if failed { return }
        if distinct {
            guard seen.insert(value).inserted else { return }
        }
        count += 1
        switch function {
        case .count: break
        case .sum, .avg:
            guard let n = value.numericValue, let s = try? sum.adding(n) else {
                failed = true
                return
            }
            sum = s
        case .min:
            if best.map({ TermOrder.compare(value, $0) == .less }) ?? true { best = value }
        case .max:
            if best.map({ TermOrder.compare(value, $0) == .greater }) ?? true { best = value }
        case .sample:
            if best == nil { best = value }
        case .groupConcat(let separator):
            // The string value of each element (SPARQL 18.5.1.7 applies STR), so numbers and
            // IRIs join too; blank nodes have no string value.
            guard case .literal(let l)? = try? FunctionLibrary.str(value) else {
                failed = true
                return
            }
            if count > 1 { concatenated += separator }
            concatenated += l.lexical
        }
    }

    /// The aggregate's value for the group, nil when it is an error (unbound).
    public var result: Term? {
        if failed { return nil }
        switch function {
        case .count: return .integer(count)
        case .sum: return sum.term
        case .avg:
            if count == 0 { return XSDNumeric.integer(0).term }
            return try? sum.divided(by: .integer(Int128(count))).term
        case .min, .max, .sample: return best
        case .groupConcat:
            // Always a simple literal, even when every element has the same language tag
            // (W3C aggregates/agg-groupconcat-04 compares the result with a simple literal).
            return .literal(Literal(concatenated))
        }
    }
}
