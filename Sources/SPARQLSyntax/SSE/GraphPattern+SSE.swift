import RDFModel

extension GraphPattern: CustomStringConvertible {
    /// The pattern in SSE, e.g. `(project (?s) (filter (= ?o 1) (bgp (triple ?s <p> ?o))))`.
    public var sse: String {
        switch self {
        case .bgp(let triples):
            return SSE.list("bgp", triples.map(SSE.triple))
        case .path(let s, let p, let o):
            return "(path \(SSE.termPattern(s)) \(p.sse) \(SSE.termPattern(o)))"
        case .join(let a, let b):
            return "(join \(a.sse) \(b.sse))"
        case .leftJoin(let a, let b, let f):
            return "(leftjoin \(a.sse) \(b.sse)" + (f.map { " " + $0.sse } ?? "") + ")"
        case .filter(let e, let p):
            return "(filter \(e.sse) \(p.sse))"
        case .union(let a, let b):
            return "(union \(a.sse) \(b.sse))"
        case .minus(let a, let b):
            return "(minus \(a.sse) \(b.sse))"
        case .graph(let name, let p):
            return "(graph \(SSE.termPattern(name)) \(p.sse))"
        case .extend(let p, let v, let e):
            return "(extend ((\(v) \(e.sse))) \(p.sse))"
        case .values(let vars, let rows):
            if vars.isEmpty && rows.count == 1 { return "(table unit)" }
            if rows.isEmpty { return "(table empty)" }
            let rowText = rows.map { row -> String in
                let cells = zip(vars, row).compactMap { v, t in t.map { "[\(v) \(SSE.term($0))]" } }
                return SSE.list("row", cells)
            }
            return SSE.list("table", [SSE.list("vars", vars.map(\.description))] + rowText)
        case .group(let p, let vars, let aggs):
            let keys = "(" + vars.map(\.description).joined(separator: " ") + ")"
            let aggText = "(" + aggs.map(\.description).joined(separator: " ") + ")"
            return "(group \(keys) \(aggText) \(p.sse))"
        case .orderBy(let p, let conds):
            return "(order (\(conds.map(\.description).joined(separator: " "))) \(p.sse))"
        case .project(let p, let vars):
            return "(project (\(vars.map(\.description).joined(separator: " "))) \(p.sse))"
        case .distinct(let p):
            return "(distinct \(p.sse))"
        case .reduced(let p):
            return "(reduced \(p.sse))"
        case .slice(let p, let offset, let limit):
            return "(slice \(offset == 0 ? "_" : String(offset)) \(limit.map(String.init) ?? "_") \(p.sse))"
        case .service(let endpoint, let p, let silent):
            return "(service \(silent ? "silent " : "")\(SSE.termPattern(endpoint)) \(p.sse))"
        }
    }

    /// Same as ``sse``.
    public var description: String { sse }
}
