import RDFModel

extension GraphPattern {
    /// The in-scope variables of section 18.2.1, in order of first appearance, including
    /// generated ones.
    public var inScopeVariables: [Variable] {
        var seen = Set<Variable>()
        var out: [Variable] = []
        collectInScope(into: &out, seen: &seen)
        return out
    }

    /// The in-scope variables a query may name (generated ones left out); `SELECT *`
    /// projects these.
    public var visibleVariables: [Variable] { inScopeVariables.filter { !$0.isGenerated } }

    private func collectInScope(into out: inout [Variable], seen: inout Set<Variable>) {
        func add(_ v: Variable) { if seen.insert(v).inserted { out.append(v) } }
        func add(_ p: TermPattern) { if let v = p.variable { add(v) } }
        switch self {
        case .bgp(let triples):
            for t in triples { add(t.subject); add(t.predicate); add(t.object) }
        case .path(let s, _, let o):
            add(s); add(o)
        case .join(let a, let b), .union(let a, let b), .leftJoin(let a, let b, _):
            a.collectInScope(into: &out, seen: &seen)
            b.collectInScope(into: &out, seen: &seen)
        case .minus(let a, _), .filter(_, let a), .orderBy(let a, _), .distinct(let a), .reduced(let a), .slice(let a, _, _):
            a.collectInScope(into: &out, seen: &seen)
        case .graph(let name, let p):
            add(name)
            p.collectInScope(into: &out, seen: &seen)
        case .service(let endpoint, let p, _):
            add(endpoint)
            p.collectInScope(into: &out, seen: &seen)
        case .extend(let p, let v, _):
            p.collectInScope(into: &out, seen: &seen)
            add(v)
        case .values(let vars, _):
            vars.forEach(add)
        case .group(_, let vars, let aggs):
            vars.forEach(add)
            aggs.forEach { add($0.variable) }
        case .project(_, let vars):
            vars.forEach(add)
        }
    }
}
