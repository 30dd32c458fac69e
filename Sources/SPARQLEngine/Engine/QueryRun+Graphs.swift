import SPARQLSyntax

extension QueryRun {
    /// CONSTRUCT: the template instantiated with each solution (fresh blank nodes per solution);
    /// triples with an unbound position or an invalid term in a position are left out.
    func construct(_ template: [TriplePattern]) throws -> [Triple] {
        let source = try openRoot()
        var seen = Set<Triple>()
        var out: [Triple] = []
        while let row = try source() {
            var blanks: [String: Term] = [:]
            func instantiate(_ p: TermPattern) -> Term? {
                switch p {
                case .variable(let v): return context.decode(row[context.variables.slot(v)])
                case .term(.blank(let b)):
                    if let t = blanks[b.label] { return t }
                    let t = Term.blank(context.functions.freshBlankNode())
                    blanks[b.label] = t
                    return t
                case .term(let t): return t
                }
            }
            for t in template {
                guard let s = instantiate(t.subject), let p = instantiate(t.predicate), let o = instantiate(t.object),
                      !s.isLiteral, p.isIRI else { continue }
                let triple = Triple(s, p, o)
                if seen.insert(triple).inserted {
                    out.append(triple)
                    try checkResultCount(out.count)
                }
            }
        }
        return out
    }

    /// DESCRIBE: concise bounded descriptions, i.e. every triple of the default graph with the
    /// resource as subject, followed recursively through blank-node objects.
    func describe(_ targets: [TermPattern]) throws -> [Triple] {
        var resources: [TermID] = []
        var seenResources = Set<TermID>()
        let variableSlots = targets.compactMap(\.variable).map { context.variables.slot($0) }
        for t in targets {
            if let term = t.term {
                let id = context.encode(term)
                if seenResources.insert(id).inserted { resources.append(id) }
            }
        }
        if !variableSlots.isEmpty {
            let source = try openRoot()
            while let row = try source() {
                for s in variableSlots where row[s].isBound && seenResources.insert(row[s]).inserted {
                    resources.append(row[s])
                }
            }
        }
        var out: [Triple] = []
        var seen = Set<Triple>()
        var queue = Array(resources.reversed())
        var described = Set<TermID>()
        while let next = queue.popLast() {
            guard described.insert(next).inserted else { continue }
            let quads = evaluator.matches(subject: next, predicate: nil, object: nil, evaluator.topEnvironment)
            while let q = try quads() {
                try context.checkpoint()
                guard let s = context.decode(q.subject), let p = context.decode(q.predicate),
                      let o = context.decode(q.object) else { continue }
                let triple = Triple(s, p, o)
                if seen.insert(triple).inserted {
                    out.append(triple)
                    try checkResultCount(out.count)
                }
                if o.isBlank { queue.append(q.object) }
            }
        }
        return out
    }
}
