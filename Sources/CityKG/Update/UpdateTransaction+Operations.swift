import RDFIO
import RDFModel
import SPARQLEngine
import SPARQLSyntax

/// Why one update operation failed (wrapped into ``KnowledgeGraphError/update(operation:name:reason:)``).
struct UpdateOperationFailure: Error {
    let reason: String
}

/// What a request needs besides the operation itself.
struct UpdateContext {
    /// Engine options for the WHERE clauses (timeout, limits).
    var options: QueryOptions
    /// The request's base IRI, for the WHERE clauses' IRI().
    var baseIRI: IRI?
    /// Prefix of every blank node this request creates, so no two requests share one.
    var blankNodeScope: String
    /// Counts solutions over the whole request, so each gets its own blank nodes.
    var solutionCounter = 0
}

// MARK: - The SPARQL 1.1 Update operations (section 3 of the spec)

extension UpdateTransaction {
    /// Applies one operation to the pending changes.
    /// - Throws: ``UpdateOperationFailure`` when the operation fails (and is not SILENT), or the
    ///   engine's ``QueryError`` when a WHERE clause cannot be evaluated.
    func perform(_ operation: UpdateOperation, index: Int, context: inout UpdateContext) throws {
        switch operation {
        case .insertData(let quads):
            // INSERT DATA's blank nodes are fresh for the request (shared across its own block).
            let scope = context.blankNodeScope + "d\(index)_"
            for q in quads { insert(Self.renamingBlankNodes(q, scope: scope)) }
        case .deleteData(let quads):
            for q in quads { delete(q) }
        case .deleteInsert(let deleteTemplate, let insertTemplate, let using, let pattern):
            try modify(delete: deleteTemplate, insert: insertTemplate, using: using, pattern: pattern, context: &context)
        case .load(let silent, let source, let destination):
            try ifNotSilent(silent) { try load(source: source, into: destination, scope: context.blankNodeScope + "l\(index)_") }
        case .clear(let silent, let target):
            try ifNotSilent(silent) { try clearOrDrop(target, drop: false) }
        case .drop(let silent, let target):
            try ifNotSilent(silent) { try clearOrDrop(target, drop: true) }
        case .create(let silent, let graph):
            try ifNotSilent(silent) {
                let g = Term.iri(graph.value)
                if graphExists(g) { throw UpdateOperationFailure(reason: "graph \(graph) already exists") }
                create(g)
            }
        case .add(let silent, let from, let to):
            try ifNotSilent(silent) { try transfer(from: from, to: to, replacing: false, droppingSource: false) }
        case .copy(let silent, let from, let to):
            try ifNotSilent(silent) { try transfer(from: from, to: to, replacing: true, droppingSource: false) }
        case .move(let silent, let from, let to):
            try ifNotSilent(silent) { try transfer(from: from, to: to, replacing: true, droppingSource: true) }
        }
    }

    /// Runs `body`; with SILENT, a failure of the operation is ignored (its partial effects
    /// cannot have happened: each operation checks before it changes anything).
    private func ifNotSilent(_ silent: Bool, _ body: () throws -> Void) throws {
        do {
            try body()
        } catch let failure as UpdateOperationFailure {
            if !silent { throw failure }
        }
    }

    // MARK: - DELETE/INSERT ... WHERE

    private func modify(delete deleteTemplate: [QuadPattern], insert insertTemplate: [QuadPattern], using: QueryDataset?,
                        pattern: GraphPattern, context: inout UpdateContext) throws {
        let engine = QueryEngine(dataset: dataset(), options: context.options)
        let rows = try engine.solutions(of: pattern, dataset: using, baseIRI: context.baseIRI)
        // Both templates are instantiated from the same solutions, before any change.
        var deletions: [Quad] = []
        var insertions: [Quad] = []
        for row in rows {
            context.solutionCounter += 1
            for t in deleteTemplate {
                if let q = Self.instantiate(t, row, blankNodeScope: nil) { deletions.append(q) }
            }
            let scope = context.blankNodeScope + "s\(context.solutionCounter)_"
            for t in insertTemplate {
                if let q = Self.instantiate(t, row, blankNodeScope: scope) { insertions.append(q) }
            }
        }
        for q in deletions { delete(q) }
        for q in insertions { insert(q) }
    }

    /// A template quad with a solution's values; nil when a variable is unbound or the result
    /// is not a valid quad (a literal subject, a non-IRI predicate or graph), which the spec
    /// says to skip. Template blank nodes become `scope` + label (fresh per solution).
    static func instantiate(_ t: QuadPattern, _ row: [Variable: Term], blankNodeScope scope: String?) -> Quad? {
        func value(_ p: TermPattern) -> Term? {
            switch p {
            case .variable(let v): return row[v]
            case .term(.blank(let b)): return scope.map { .blank($0 + b.label) } ?? .blank(b)
            case .term(let term): return term
            }
        }
        guard let s = value(t.subject), let p = value(t.predicate), let o = value(t.object), !s.isLiteral, p.isIRI else { return nil }
        switch t.graph {
        case .defaultGraph: return Quad(s, p, o, .defaultGraph)
        case .named(let iri): return Quad(s, p, o, .named(.iri(iri)))
        case .variable(let v):
            guard let g = row[v], g.isIRI else { return nil }
            return Quad(s, p, o, .named(g))
        }
    }

    static func renamingBlankNodes(_ q: Quad, scope: String) -> Quad {
        func rename(_ t: Term) -> Term {
            if case .blank(let b) = t { return .blank(scope + b.label) }
            return t
        }
        return Quad(rename(q.subject), q.predicate, rename(q.object), q.graph)
    }

    // MARK: - Graph management

    private func load(source: IRI, into destination: IRI?, scope: String) throws {
        guard let path = Self.localPath(of: source.value) else {
            throw UpdateOperationFailure(reason: "cannot load \(source): only file: IRIs and local paths can be loaded")
        }
        guard let format = RDFFormat(fileName: path) else {
            throw UpdateOperationFailure(reason: "cannot tell the RDF format of \(path) from its name")
        }
        let graph: GraphName = destination.map { .named(.iri($0.value)) } ?? .defaultGraph
        let parser = RDFParser(format: format, baseIRI: source.value.hasPrefix("file:") ? source.value : nil,
                               blankNodeScope: scope, defaultGraph: graph)
        var quads: [Quad] = []
        do {
            try parser.parse(file: path) { quads.append($0) }
        } catch {
            throw UpdateOperationFailure(reason: "cannot load \(source): \(error)")
        }
        // Only a complete parse changes anything.
        for q in quads { insert(q) }
        if let t = graph.term, !graphExists(t) { create(t) }
    }

    /// The file a `file:` IRI or a plain path names; nil for other schemes.
    static func localPath(of iri: String) -> String? {
        if iri.hasPrefix("file://") {
            var rest = Substring(iri.dropFirst(7))
            if rest.hasPrefix("localhost/") { rest = rest.dropFirst(9) }
            return percentDecoded(rest)
        }
        if iri.hasPrefix("file:") { return percentDecoded(iri.dropFirst(5)) }
        // A scheme is letters, digits, '+', '-', '.' before the first ':' (RFC 3986).
        if let colon = iri.firstIndex(of: ":"),
           iri[..<colon].allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) }), colon != iri.startIndex {
            return nil
        }
        return iri
    }

    private static func percentDecoded(_ s: Substring) -> String {
        var bytes: [UInt8] = []
        var utf8 = Array(s.utf8)[...]
        while let b = utf8.popFirst() {
            if b == UInt8(ascii: "%"), utf8.count >= 2, let v = UInt8(String(decoding: utf8.prefix(2), as: UTF8.self), radix: 16) {
                bytes.append(v)
                utf8 = utf8.dropFirst(2)
            } else {
                bytes.append(b)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private func clearOrDrop(_ target: GraphTarget, drop: Bool) throws {
        switch target {
        case .graph(let iri):
            let g = Term.iri(iri.value)
            guard graphExists(g) else { throw UpdateOperationFailure(reason: "graph \(iri) does not exist") }
            clear(.named(g), drop: drop)
        case .defaultGraph:
            clear(.defaultGraph, drop: false)
        case .named:
            for g in namedGraphs() { clear(.named(g), drop: drop) }
        case .all:
            clear(.defaultGraph, drop: false)
            for g in namedGraphs() { clear(.named(g), drop: drop) }
        }
    }

    /// ADD (keep the destination), COPY (replace it) and MOVE (replace it, then drop the source).
    /// A graph onto itself is a no-op; a missing source named graph is an error.
    private func transfer(from: GraphOrDefault, to: GraphOrDefault, replacing: Bool, droppingSource: Bool) throws {
        guard from != to else { return }
        func name(_ g: GraphOrDefault) -> GraphName {
            switch g {
            case .defaultGraph: return .defaultGraph
            case .graph(let iri): return .named(.iri(iri.value))
            }
        }
        let source = name(from), destination = name(to)
        if let s = source.term, !graphExists(s) {
            throw UpdateOperationFailure(reason: "source graph \(s.ntriples) does not exist")
        }
        let quads = quads(in: source)
        if replacing { clear(destination, drop: false) }
        for q in quads { insert(Quad(q.subject, q.predicate, q.object, destination)) }
        if let d = destination.term, !graphExists(d) { create(d) }
        if droppingSource { clear(source, drop: true) }
    }
}

extension UpdateOperation {
    /// The operation's keyword, for messages.
    var keyword: String {
        switch self {
        case .insertData: "INSERT DATA"
        case .deleteData: "DELETE DATA"
        case .deleteInsert(let d, let i, _, _): d.isEmpty ? "INSERT" : (i.isEmpty ? "DELETE" : "DELETE/INSERT")
        case .load: "LOAD"
        case .clear: "CLEAR"
        case .create: "CREATE"
        case .drop: "DROP"
        case .add: "ADD"
        case .move: "MOVE"
        case .copy: "COPY"
        }
    }
}
