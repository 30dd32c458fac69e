import RDFModel

/// Writing of terms and lists in SSE, the S-expression syntax Jena and Oxigraph print
/// algebra in.
enum SSE {
    /// A term: `<iri>`, `_:b`, bare numbers and booleans, otherwise N-Triples.
    static func term(_ term: Term) -> String {
        switch term {
        case .iri, .blank:
            return term.ntriples
        case .literal(let l):
            if l.language == nil {
                if l.datatype == XSD.integer, isInteger(l.lexical) { return l.lexical }
                if l.datatype == XSD.decimal, isDecimal(l.lexical) { return l.lexical }
                if l.datatype == XSD.double, isDouble(l.lexical) { return l.lexical }
                if l.datatype == XSD.boolean, l.lexical == "true" || l.lexical == "false" { return l.lexical }
            }
            return term.ntriples
        }
    }

    static func termPattern(_ p: TermPattern) -> String {
        switch p {
        case .term(let t): return term(t)
        case .variable(let v): return v.description
        }
    }

    static func triple(_ t: TriplePattern) -> String {
        "(triple \(termPattern(t.subject)) \(termPattern(t.predicate)) \(termPattern(t.object)))"
    }

    static func quad(_ q: QuadPattern) -> String {
        return "(quad \(q.graph) \(termPattern(q.subject)) \(termPattern(q.predicate)) \(termPattern(q.object)))"
    }

    static func quad(_ q: Quad) -> String {
        let g = q.graph.term.map(term) ?? "_"
        return "(quad \(g) \(term(q.subject)) \(term(q.predicate)) \(term(q.object)))"
    }

    /// `(head a b c)`, or `(head)` when there are no items.
    static func list(_ head: String, _ items: [String]) -> String {
        items.isEmpty ? "(\(head))" : "(\(head) \(items.joined(separator: " ")))"
    }

    private static func isInteger(_ s: String) -> Bool {
        var u = Substring(s)
        if u.first == "+" || u.first == "-" { u = u.dropFirst() }
        return !u.isEmpty && u.allSatisfy(\.isASCIIDigit)
    }

    private static func isDecimal(_ s: String) -> Bool {
        var u = Substring(s)
        if u.first == "+" || u.first == "-" { u = u.dropFirst() }
        guard let dot = u.firstIndex(of: ".") else { return false }
        let frac = u[u.index(after: dot)...]
        return u[..<dot].allSatisfy(\.isASCIIDigit) && !frac.isEmpty && frac.allSatisfy(\.isASCIIDigit)
    }

    private static func isDouble(_ s: String) -> Bool {
        let lower = s.lowercased()
        guard let e = lower.firstIndex(of: "e") else { return false }
        let mantissa = lower[..<e]
        var exponent = lower[lower.index(after: e)...]
        if exponent.first == "+" || exponent.first == "-" { exponent = exponent.dropFirst() }
        var m = mantissa
        if m.first == "+" || m.first == "-" { m = m.dropFirst() }
        let digits = m.filter { $0 != "." }
        return !digits.isEmpty && digits.allSatisfy(\.isASCIIDigit) && m.filter({ $0 == "." }).count <= 1
            && !exponent.isEmpty && exponent.allSatisfy(\.isASCIIDigit)
    }
}

extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
