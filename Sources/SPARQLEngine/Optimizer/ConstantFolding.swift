import RDFModel
import SPARQLSyntax

/// Evaluates sub-expressions that read no variable (and are deterministic) once, at planning
/// time; a FILTER whose condition folds to true disappears and one that folds to false or an
/// error becomes the empty pattern.
struct ConstantFolding {
    let evaluator: ExpressionEvaluator

    /// Applies the pass to a whole pattern.
    func apply(_ pattern: GraphPattern) -> GraphPattern {
        switch pattern {
        case .filter(let e, let inner):
            let folded = fold(e)
            let rest = apply(inner)
            if case .term(let t) = folded {
                let truth = (try? t.effectiveBooleanValue()) ?? false
                return truth ? rest : .nothing
            }
            return .filter(folded, rest)
        case .extend(let p, let v, let e):
            return .extend(apply(p), v, fold(e))
        case .leftJoin(let a, let b, let f):
            return .leftJoin(apply(a), apply(b), filter: f.map(fold))
        case .bgp, .path, .join, .union, .minus, .graph, .values, .group, .orderBy, .project, .distinct, .reduced,
             .slice, .service:
            return pattern.mapChildren(apply)
        }
    }

    /// The expression with its constant parts evaluated.
    func fold(_ e: Expression) -> Expression {
        switch e {
        case .variable, .term, .bound, .exists, .notExists, .aggregate:
            return e
        default:
            break
        }
        guard e.mentionedVariables.isEmpty, !e.containsExists, !e.isNondeterministic, !containsAggregate(e) else {
            return e
        }
        if let t = try? evaluator.evaluate(e, []) { return .term(t) }
        return e
    }

    private func containsAggregate(_ e: Expression) -> Bool {
        if case .aggregate = e { return true }
        return e.children.contains(where: containsAggregate)
    }
}
