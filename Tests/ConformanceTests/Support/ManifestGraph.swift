import RDFModel

/// A small in-memory RDF graph with the lookups a test manifest needs.
///
/// ```swift
/// let graph = ManifestGraph(triples)
/// let name = graph.object(test, MF.name)?.literal?.lexical
/// let entries = graph.list(graph.object(manifest, MF.entries)!)
/// ```
struct ManifestGraph: Sendable {
    /// Every triple, in the order read.
    let triples: [Triple]
    private let bySubject: [Term: [Triple]]
    private let byObject: [Term: [Triple]]

    /// Indexes a set of triples.
    init(_ triples: [Triple]) {
        self.triples = triples
        var s: [Term: [Triple]] = [:]
        var o: [Term: [Triple]] = [:]
        for t in triples {
            s[t.subject, default: []].append(t)
            o[t.object, default: []].append(t)
        }
        bySubject = s
        byObject = o
    }

    /// All objects of `subject predicate ?o`, in the order read.
    func objects(_ subject: Term, _ predicate: IRI) -> [Term] {
        (bySubject[subject] ?? []).filter { $0.predicate == .iri(predicate) }.map(\.object)
    }

    /// One object of `subject predicate ?o` (the first read), or nil.
    func object(_ subject: Term, _ predicate: IRI) -> Term? {
        bySubject[subject]?.first { $0.predicate == .iri(predicate) }?.object
    }

    /// The lexical form of a literal object of `subject predicate ?o`, or nil.
    func string(_ subject: Term, _ predicate: IRI) -> String? {
        object(subject, predicate)?.literal?.lexical
    }

    /// All subjects of `?s predicate object`.
    func subjects(_ predicate: IRI, _ object: Term) -> [Term] {
        (byObject[object] ?? []).filter { $0.predicate == .iri(predicate) }.map(\.subject)
    }

    /// Every `(predicate, object)` pair of a subject, for example of a blank-node `mf:action`.
    func properties(of subject: Term) -> [(predicate: IRI, object: Term)] {
        (bySubject[subject] ?? []).compactMap { t in t.predicate.iriValue.map { ($0, t.object) } }
    }

    /// The members of the RDF list starting at `head`, in order (empty for `rdf:nil`).
    /// Stops at a malformed cell or a cycle rather than looping.
    func list(_ head: Term) -> [Term] {
        var out: [Term] = []
        var seen: Set<Term> = []
        var cell = head
        while cell != .iri(RDF.nil), seen.insert(cell).inserted, let first = object(cell, RDF.first) {
            out.append(first)
            guard let rest = object(cell, RDF.rest) else { break }
            cell = rest
        }
        return out
    }
}

// MARK: - Vocabularies of the W3C test manifests

/// The test-manifest vocabulary (`mf:`).
enum MF {
    static let namespace = "http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#"
    static let Manifest = IRI(namespace + "Manifest")
    static let include = IRI(namespace + "include")
    static let entries = IRI(namespace + "entries")
    static let name = IRI(namespace + "name")
    static let action = IRI(namespace + "action")
    static let result = IRI(namespace + "result")
    static let assumedTestBase = IRI(namespace + "assumedTestBase")
    static let requires = IRI(namespace + "requires")
    static let notable = IRI(namespace + "notable")
    static let resultCardinality = IRI(namespace + "resultCardinality")
    static let LaxCardinality = IRI(namespace + "LaxCardinality")
    static let PositiveSyntaxTest = IRI(namespace + "PositiveSyntaxTest")
    static let NegativeSyntaxTest = IRI(namespace + "NegativeSyntaxTest")
    static let PositiveSyntaxTest11 = IRI(namespace + "PositiveSyntaxTest11")
    static let NegativeSyntaxTest11 = IRI(namespace + "NegativeSyntaxTest11")
    static let PositiveUpdateSyntaxTest11 = IRI(namespace + "PositiveUpdateSyntaxTest11")
    static let NegativeUpdateSyntaxTest11 = IRI(namespace + "NegativeUpdateSyntaxTest11")
    static let QueryEvaluationTest = IRI(namespace + "QueryEvaluationTest")
    static let UpdateEvaluationTest = IRI(namespace + "UpdateEvaluationTest")
    static let CSVResultFormatTest = IRI(namespace + "CSVResultFormatTest")
}

/// The RDF test vocabulary (`rdft:`).
enum RDFT {
    static let namespace = "http://www.w3.org/ns/rdftest#"
    static let approval = IRI(namespace + "approval")
    static let Approved = IRI(namespace + "Approved")
    static let Proposed = IRI(namespace + "Proposed")
}

/// The SPARQL query-test vocabulary (`qt:`).
enum QT {
    static let namespace = "http://www.w3.org/2001/sw/DataAccess/tests/test-query#"
    static let query = IRI(namespace + "query")
    static let data = IRI(namespace + "data")
    static let graphData = IRI(namespace + "graphData")
    static let serviceData = IRI(namespace + "serviceData")
    static let endpoint = IRI(namespace + "endpoint")
}

/// The SPARQL update-test vocabulary (`ut:`).
enum UT {
    static let namespace = "http://www.w3.org/2009/sparql/tests/test-update#"
    static let request = IRI(namespace + "request")
    static let data = IRI(namespace + "data")
    static let graphData = IRI(namespace + "graphData")
    static let graph = IRI(namespace + "graph")
}

/// The DAWG approval vocabulary (`dawgt:`).
enum DAWGT {
    static let namespace = "http://www.w3.org/2001/sw/DataAccess/tests/test-dawg#"
    static let approval = IRI(namespace + "approval")
    static let Approved = IRI(namespace + "Approved")
    static let NotApproved = IRI(namespace + "NotApproved")
    static let Proposed = IRI(namespace + "Proposed")
    static let Withdrawn = IRI(namespace + "Withdrawn")
}

/// The RDF Schema terms manifests use.
enum RDFS {
    static let namespace = "http://www.w3.org/2000/01/rdf-schema#"
    static let label = IRI(namespace + "label")
    static let comment = IRI(namespace + "comment")
}
