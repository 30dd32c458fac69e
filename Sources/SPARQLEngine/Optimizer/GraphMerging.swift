import SPARQLSyntax

/// Joins of GRAPH blocks naming the same graph (the same IRI or the same variable) become one
/// GRAPH block over the join of their patterns: `GRAPH g {A} GRAPH g {B}` ≡ `GRAPH g {A . B}`,
/// since both sides read the same graph (for a variable, only equal graph names are
/// compatible). The join ordering can then interleave the patterns of both blocks, so how a
/// query splits its patterns into GRAPH blocks does not decide the plan.
enum GraphMerging {
    /// Applies the pass to a whole pattern.
    static func apply(_ pattern: GraphPattern) -> GraphPattern {
        guard case .join = pattern else { return pattern.mapChildren(apply) }
        var operands: [GraphPattern] = []
        collect(pattern, into: &operands)
        var merged: [GraphPattern] = []
        for operand in operands.map(apply) {
            if case .graph(let name, let inner) = operand,
               let i = merged.firstIndex(where: { if case .graph(name, _) = $0 { return true } else { return false } }),
               case .graph(_, let existing) = merged[i] {
                merged[i] = .graph(name: name, .join(existing, inner))
            } else {
                merged.append(operand)
            }
        }
        return merged.dropFirst().reduce(merged[0]) { .join($0, $1) }
    }

    /// The operands of a tree of joins, left to right.
    private static func collect(_ p: GraphPattern, into out: inout [GraphPattern]) {
        if case .join(let a, let b) = p {
            collect(a, into: &out)
            collect(b, into: &out)
        } else {
            out.append(p)
        }
    }
}
