import RDFModel

extension Parser {
    /// Update: operations separated by `;`, each optionally preceded by a prologue.
    mutating func updateUnit() throws -> Update {
        var operations: [UpdateOperation] = []
        try prologue()
        while true {
            if case .end = token { break }
            templateLabels = [:]
            blankVariables = [:]
            blankLabelBGP = [:]
            operationLabels = []
            operations.append(try update1())
            priorOperationLabels.formUnion(operationLabels)
            if case .end = token { break }
            try expect(";", "between update operations")
            try prologue()
        }
        return Update(operations: operations, baseIRI: base.map(IRI.init))
    }

    private mutating func update1() throws -> UpdateOperation {
        guard case .word(let w) = token else { throw expected("an update operation") }
        switch w.uppercased() {
        case "LOAD":
            advance()
            let silent = acceptWord("SILENT")
            let source = try iri("after LOAD")
            var destination: IRI?
            if acceptWord("INTO") {
                try expectWord("GRAPH", "after INTO")
                destination = try iri("after INTO GRAPH")
            }
            return .load(silent: silent, source: source, destination: destination)
        case "CLEAR":
            advance()
            let silent = acceptWord("SILENT")
            return .clear(silent: silent, target: try graphRefAll())
        case "DROP":
            advance()
            let silent = acceptWord("SILENT")
            return .drop(silent: silent, target: try graphRefAll())
        case "CREATE":
            advance()
            let silent = acceptWord("SILENT")
            try expectWord("GRAPH", "after CREATE")
            return .create(silent: silent, graph: try iri("after CREATE GRAPH"))
        case "ADD", "MOVE", "COPY":
            advance()
            let silent = acceptWord("SILENT")
            let from = try graphOrDefault()
            try expectWord("TO", "between the graphs")
            let to = try graphOrDefault()
            switch w.uppercased() {
            case "ADD": return .add(silent: silent, from: from, to: to)
            case "MOVE": return .move(silent: silent, from: from, to: to)
            default: return .copy(silent: silent, from: from, to: to)
            }
        case "INSERT" where isWord("DATA", at: 1):
            advance(); advance()
            return .insertData(try quadData(TriplesMode(isPattern: false, variablesAllowed: false, labelsScopedToRequest: true)))
        case "DELETE" where isWord("DATA", at: 1):
            advance(); advance()
            return .deleteData(try quadData(TriplesMode(isPattern: false, variablesAllowed: false, blankNodesForbidden: "in DELETE DATA")))
        case "DELETE" where isWord("WHERE", at: 1):
            advance(); advance()
            let quads = try quadPattern(TriplesMode(isPattern: false, blankNodesForbidden: "in DELETE WHERE"))
            let pattern = Parser.patternFromQuads(quads)
            return .deleteInsert(delete: quads, insert: [], using: nil, pattern: pattern)
        case "WITH", "DELETE", "INSERT":
            return try modify()
        default:
            throw expected("an update operation")
        }
    }

    /// Modify: `WITH? (DELETE {..} INSERT? {..} | INSERT {..}) USING* WHERE {..}`.
    private mutating func modify() throws -> UpdateOperation {
        var with: IRI?
        if acceptWord("WITH") { with = try iri("after WITH") }
        var delete: [QuadPattern] = []
        var insert: [QuadPattern] = []
        var sawClause = false
        if acceptWord("DELETE") {
            delete = try quadPattern(TriplesMode(isPattern: false, blankNodesForbidden: "in a DELETE template"))
            sawClause = true
        }
        if acceptWord("INSERT") {
            insert = try quadPattern(.template)
            sawClause = true
        }
        if !sawClause { throw expected("DELETE or INSERT") }
        var defaults: [IRI] = []
        var named: [IRI] = []
        var usingAny = false
        while acceptWord("USING") {
            usingAny = true
            if acceptWord("NAMED") { named.append(try iri("after USING NAMED")) } else { defaults.append(try iri("after USING")) }
        }
        try expectWord("WHERE", "before the update's pattern")
        guard isPunct("{") else { throw expected("'{' after WHERE") }
        let pattern = try groupGraphPattern()
        var dataset: QueryDataset?
        if usingAny {
            dataset = QueryDataset(defaultGraphs: defaults, namedGraphs: named)
        } else if let with {
            dataset = QueryDataset(defaultGraphs: [with], namedGraphs: nil)
        }
        if let with {
            func inWith(_ q: QuadPattern) -> QuadPattern {
                var q = q
                if q.graph == .defaultGraph { q.graph = .named(with) }
                return q
            }
            delete = delete.map(inWith)
            insert = insert.map(inWith)
        }
        return .deleteInsert(delete: delete, insert: insert, using: dataset, pattern: pattern)
    }

    private mutating func graphRefAll() throws -> GraphTarget {
        if acceptWord("DEFAULT") { return .defaultGraph }
        if acceptWord("NAMED") { return .named }
        if acceptWord("ALL") { return .all }
        try expectWord("GRAPH", "or DEFAULT, NAMED, ALL")
        return .graph(try iri("after GRAPH"))
    }

    private mutating func graphOrDefault() throws -> GraphOrDefault {
        if acceptWord("DEFAULT") { return .defaultGraph }
        _ = acceptWord("GRAPH")
        return .graph(try iri("(or DEFAULT)"))
    }

    // MARK: - Quads

    /// QuadData: `{ Quads }` of ground quads.
    private mutating func quadData(_ mode: TriplesMode) throws -> [Quad] {
        try quadPattern(mode).map { q in
            guard case .term(let s) = q.subject, case .term(let p) = q.predicate, case .term(let o) = q.object else {
                preconditionFailure("data blocks reject variables while parsing")
            }
            let g: GraphName
            switch q.graph {
            case .defaultGraph: g = .defaultGraph
            case .named(let iri): g = .named(.iri(iri))
            case .variable: preconditionFailure("data blocks reject variables while parsing")
            }
            return Quad(s, p, o, g)
        }
    }

    /// QuadPattern: `{ Quads }`, triples optionally inside `GRAPH g { ... }` blocks.
    private mutating func quadPattern(_ mode: TriplesMode) throws -> [QuadPattern] {
        try expect("{", "to open the quad block")
        var quads: [QuadPattern] = []
        func add(_ triples: [TriplePattern], _ g: GraphNamePattern) {
            quads.append(contentsOf: triples.map { QuadPattern($0.subject, $0.predicate, $0.object, g) })
        }
        add(try templateTriples(mode: mode), .defaultGraph)
        while acceptWord("GRAPH") {
            let g: GraphNamePattern
            if atVariable {
                guard mode.variablesAllowed else { throw error("variables are not allowed in a data block") }
                g = .variable(try variable(""))
            } else {
                g = .named(try iri("after GRAPH"))
            }
            try expect("{", "after GRAPH name")
            add(try templateTriples(mode: mode), g)
            try expect("}", "to close the GRAPH block")
            _ = accept(".")
            add(try templateTriples(mode: mode), .defaultGraph)
        }
        try expect("}", "to close the quad block")
        return quads
    }

    /// The WHERE pattern DELETE WHERE implies: its quads as a group of BGPs and GRAPH blocks.
    static func patternFromQuads(_ quads: [QuadPattern]) -> GraphPattern {
        var result = GraphPattern.empty
        var k = 0
        while k < quads.count {
            let g = quads[k].graph
            var triples: [TriplePattern] = []
            while k < quads.count && quads[k].graph == g {
                triples.append(quads[k].triple)
                k += 1
            }
            switch g {
            case .defaultGraph: result = join(result, .bgp(triples))
            case .named(let iri): result = join(result, .graph(name: .term(.iri(iri)), .bgp(triples)))
            case .variable(let v): result = join(result, .graph(name: .variable(v), .bgp(triples)))
            }
        }
        return result
    }
}
