import RDFModel
import SPARQLSyntax

/// Prints a plan as an indented tree, one operator per line with its estimated rows (and the
/// rows it actually produced, after an analyzed run).
///
/// ```
/// Project ?name  [est 3]
///   NestedLoopJoin  [est 3]
///     Scan (triple ?p <http://example.org/dept> <http://example.org/police>)  [est 3]
///     Scan (triple ?p <http://xmlns.com/foaf/0.1/name> ?name)  [est 1]
/// ```
struct PlanExplainer {
    let variables: VariableTable
    let actual: [Int: Int]?
    let decode: (TermID) -> Term?

    /// The whole tree, followed by the plans of EXISTS patterns (run once per row they test).
    func render(_ root: PlanNode, exists: [(GraphPattern, PlanNode)] = []) -> String {
        var lines: [String] = []
        render(root, depth: 0, into: &lines)
        for (pattern, plan) in exists {
            lines.append("Exists \(pattern.sse)")
            render(plan, depth: 1, into: &lines)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func render(_ node: PlanNode, depth: Int, into lines: inout [String]) {
        var line = String(repeating: "  ", count: depth) + label(node.operation)
        line += "  [est \(format(node.estimatedRows))"
        if let actual { line += ", actual \(actual[node.id] ?? 0)" }
        line += "]"
        lines.append(line)
        for child in children(node.operation) { render(child, depth: depth + 1, into: &lines) }
    }

    private func format(_ x: Double) -> String {
        x >= 1e15 ? "inf" : String(Int(x.rounded()))
    }

    private func name(_ slot: Int) -> String { variables.variables[slot].description }

    private func term(_ t: PlanTerm) -> String {
        switch t {
        case .slot(let s): return name(s)
        case .constant(let c): return decode(c)?.ntriples ?? c.description
        }
    }

    private func label(_ op: PlanOperation) -> String {
        switch op {
        case .unit: return "Unit"
        case .empty: return "Empty"
        case .scan(_, _, _, let pattern): return "Scan \(pattern)"
        case .path(let s, let path, let o): return "Path \(term(s)) \(path.sse) \(term(o))"
        case .join(_, _, .nestedLoop): return "NestedLoopJoin"
        case .join(_, _, .hash(let keys)): return "HashJoin on (\(keys.map(name).joined(separator: " ")))"
        case .leftJoin(_, _, let f, let strategy):
            let kind: String
            switch strategy {
            case .nestedLoop: kind = "LeftJoin"
            case .hash(let keys): kind = "HashLeftJoin on (\(keys.map(name).joined(separator: " ")))"
            }
            return kind + (f.map { " filter \($0.sse)" } ?? "")
        case .filter(let e, _): return "Filter \(e.sse)"
        case .union: return "Union"
        case .minus: return "Minus"
        case .graph(let g, _): return "Graph \(term(g))"
        case .extend(_, let s, let e): return "Extend \(name(s)) := \(e.sse)"
        case .values(let slots, let rows): return "Values (\(slots.map(name).joined(separator: " "))) \(rows.count) rows"
        case .group(_, let keys, let aggs):
            let a = aggs.map { "\(name($0.slot)) := \($0.aggregate.sse)" }.joined(separator: ", ")
            return "Group by (\(keys.map(name).joined(separator: " ")))" + (a.isEmpty ? "" : " " + a)
        case .orderBy(_, let conditions, let limit):
            let keys = conditions.map { ($0.descending ? "desc " : "") + $0.expression.sse }.joined(separator: ", ")
            return (limit.map { "TopK \($0)" } ?? "OrderBy") + " " + keys
        case .project(_, let slots): return "Project " + slots.map(name).joined(separator: " ")
        case .distinct: return "Distinct"
        case .reduced: return "Reduced"
        case .slice(_, let offset, let limit): return "Slice offset \(offset)" + (limit.map { " limit \($0)" } ?? "")
        }
    }

    private func children(_ op: PlanOperation) -> [PlanNode] {
        switch op {
        case .unit, .empty, .scan, .path, .values: return []
        case .join(let a, let b, _), .leftJoin(let a, let b, _, _), .union(let a, let b), .minus(let a, let b): return [a, b]
        case .filter(_, let p), .graph(_, let p), .extend(let p, _, _), .group(let p, _, _), .orderBy(let p, _, _),
             .project(let p, _), .distinct(let p), .reduced(let p), .slice(let p, _, _):
            return [p]
        }
    }
}
