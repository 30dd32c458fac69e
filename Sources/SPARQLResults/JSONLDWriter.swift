import RDFModel

/// Writes JSON-LD 1.1 by the "RDF to JSON-LD" algorithm's default shape: one node object per
/// subject with `@id`, `rdf:type` (to an IRI or blank node) as `@type`, and every other
/// property as an array of `{"@id"}` or `{"@value", "@type" | "@language"}` objects.
///
/// Without prefixes the output is expanded JSON-LD (a top-level array, full IRIs). With
/// prefixes it is compacted against a context holding just those prefixes: `{"@context": {…},
/// "@graph": [...]}` with compact IRIs as keys and in `@id`/`@type`. Values stay value objects,
/// so no type coercion is needed in the context. Consecutive triples with the same subject
/// form one node object (see ``GraphWriter/serialize(_:prefixes:)``).
public struct JSONLDWriter: GraphWriter {
    private var syntax = TermSyntax()
    private var compact = false
    private var subject: Term?
    private var properties: [(key: String, values: [String])] = []
    private var types: [String] = []
    private var firstNode = true

    /// Creates a writer.
    public init() {}

    /// Starts the document (prefix declarations where the format has them).
    public mutating func writeStart<Output: TextOutputStream>(prefixes: [String: String], to out: inout Output) {
        syntax = TermSyntax(prefixes: prefixes)
        compact = !prefixes.isEmpty
        firstNode = true
        subject = nil
        if compact {
            let entries = prefixes.sorted { $0.key < $1.key }
                .map { "    " + JSONResultsWriter.quoted($0.key) + ": " + JSONResultsWriter.quoted($0.value) }
            out.write("{\n  \"@context\": {\n" + entries.joined(separator: ",\n") + "\n  },\n  \"@graph\": [")
        } else {
            out.write("[")
        }
    }

    /// Writes one triple.
    public mutating func writeTriple<Output: TextOutputStream>(_ triple: Triple, to out: inout Output) {
        if triple.subject != subject {
            flush(to: &out)
            subject = triple.subject
        }
        if triple.predicate == .iri(RDF.type), !triple.object.isLiteral {
            types.append(JSONResultsWriter.quoted(nodeID(triple.object)))
            return
        }
        let key: String
        switch triple.predicate {
        case .iri(let p): key = iri(p.value)
        default: return  // predicates are IRIs in RDF
        }
        let value = valueObject(triple.object)
        if let i = properties.firstIndex(where: { $0.key == key }) {
            properties[i].values.append(value)
        } else {
            properties.append((key, [value]))
        }
    }

    /// Finishes the document.
    public mutating func writeEnd<Output: TextOutputStream>(to out: inout Output) {
        flush(to: &out)
        let indent = compact ? "  " : ""
        out.write(firstNode ? "]" : "\n" + indent + "]")
        out.write(compact ? "\n}\n" : "\n")
    }

    private mutating func flush<Output: TextOutputStream>(to out: inout Output) {
        guard let subject else { return }
        let indent = compact ? "    " : "  "
        var s = firstNode ? "\n" : ",\n"
        firstNode = false
        var members = ["\"@id\": " + JSONResultsWriter.quoted(nodeID(subject))]
        if !types.isEmpty { members.append("\"@type\": [" + types.joined(separator: ", ") + "]") }
        for (key, values) in properties {
            members.append(JSONResultsWriter.quoted(key) + ": [" + values.joined(separator: ", ") + "]")
        }
        s += indent + "{\n" + members.map { indent + "  " + $0 }.joined(separator: ",\n") + "\n" + indent + "}"
        out.write(s)
        self.subject = nil
        properties = []
        types = []
    }

    private func iri(_ value: String) -> String {
        compact ? (syntax.prefixedName(value) ?? value) : value
    }

    private func nodeID(_ t: Term) -> String {
        switch t {
        case .iri(let i): iri(i.value)
        case .blank(let b): "_:" + b.label
        case .literal(let l): l.lexical
        }
    }

    private func valueObject(_ t: Term) -> String {
        switch t {
        case .iri, .blank:
            return "{\"@id\": " + JSONResultsWriter.quoted(nodeID(t)) + "}"
        case .literal(let l):
            var s = "{\"@value\": " + JSONResultsWriter.quoted(l.lexical)
            if let lang = l.language {
                s += ", \"@language\": " + JSONResultsWriter.quoted(lang)
            } else if l.datatype != XSD.string {
                s += ", \"@type\": " + JSONResultsWriter.quoted(iri(l.datatype.value))
            }
            return s + "}"
        }
    }
}
