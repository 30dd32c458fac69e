import RDFModel

extension OrderCondition: CustomStringConvertible {
    /// The key in SSE: the expression, or `(desc expr)`.
    public var description: String { descending ? "(desc \(expression.sse))" : expression.sse }
}

extension AggregateBinding: CustomStringConvertible {
    /// The binding in SSE: `(?.0 (count ?x))`.
    public var description: String { "(\(variable) \(aggregate.sse))" }
}

extension QueryDataset: CustomStringConvertible {
    /// The dataset in SSE: `((from <g>) (from-named <h>))`.
    public var description: String {
        let from = defaultGraphs.map { "(from \(Term.iri($0).ntriples))" }
        let named = (namedGraphs ?? []).map { "(from-named \(Term.iri($0).ntriples))" }
        return "(" + (from + named).joined(separator: " ") + ")"
    }
}

extension QueryForm: CustomStringConvertible {
    /// The form in SSE: `(select (?x ?y))`, `(construct (template ...))`, `(ask)`, `(describe (...))`.
    public var description: String {
        switch self {
        case .select(let vars): return "(select (\(vars.map(\.description).joined(separator: " "))))"
        case .construct(let template): return "(construct \(SSE.list("template", template.map(SSE.triple))))"
        case .ask: return "(ask)"
        case .describe(let terms): return "(describe (\(terms.map(SSE.termPattern).joined(separator: " "))))"
        }
    }
}

extension GraphTarget: CustomStringConvertible {
    /// The target in SSE: `<g>`, `default`, `named` or `all`.
    public var description: String {
        switch self {
        case .graph(let iri): return Term.iri(iri).ntriples
        case .defaultGraph: return "default"
        case .named: return "named"
        case .all: return "all"
        }
    }
}

extension GraphOrDefault: CustomStringConvertible {
    /// The graph in SSE: `<g>` or `default`.
    public var description: String {
        switch self {
        case .graph(let iri): return Term.iri(iri).ntriples
        case .defaultGraph: return "default"
        }
    }
}

extension GraphNamePattern: CustomStringConvertible {
    /// The graph in SSE: `<g>`, `?g`, or `_` for the default graph.
    public var description: String {
        switch self {
        case .defaultGraph: return "_"
        case .named(let iri): return Term.iri(iri).ntriples
        case .variable(let v): return v.description
        }
    }
}
