import Foundation
import RDFModel

/// Reads SPARQL 1.1 Query Results JSON (also accepting the older `typed-literal` type).
public enum JSONResultsParser {
    /// Parses a JSON results document.
    public static func parse(_ text: String) throws(ResultsError) -> QueryResults {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(text.utf8), options: [])
        } catch {
            throw ResultsError(.json, .malformed, "\(error)")
        }
        guard let root = object as? [String: Any] else { throw ResultsError(.json, .unexpectedStructure, "not a JSON object") }
        if let b = root["boolean"] {
            guard let value = b as? Bool else { throw ResultsError(.json, .unexpectedStructure, "boolean is not true/false") }
            return .boolean(value)
        }
        guard let head = root["head"] as? [String: Any] else { throw ResultsError(.json, .unexpectedStructure, "missing head") }
        let variables = head["vars"] as? [String] ?? []
        guard let results = root["results"] as? [String: Any], let bindings = results["bindings"] as? [Any] else {
            throw ResultsError(.json, .unexpectedStructure, "missing results.bindings")
        }
        var rows: [QuerySolution] = []
        rows.reserveCapacity(bindings.count)
        for b in bindings {
            guard let dict = b as? [String: Any] else { throw ResultsError(.json, .unexpectedStructure, "binding is not an object") }
            var row = QuerySolution()
            for (name, value) in dict {
                guard let termObject = value as? [String: Any] else {
                    throw ResultsError(.json, .unexpectedStructure, "value of \(name) is not an object")
                }
                row[name] = try term(termObject)
            }
            rows.append(row)
        }
        return .solutions(variables: variables, rows: rows)
    }

    static func term(_ o: [String: Any]) throws(ResultsError) -> Term {
        guard let type = o["type"] as? String, let value = o["value"] as? String else {
            throw ResultsError(.json, .invalidTerm, "term without type or value")
        }
        switch type {
        case "uri": return .iri(value)
        case "bnode": return .blank(value)
        case "literal", "typed-literal":
            if let lang = o["xml:lang"] as? String { return .literal(Literal(value, language: lang)) }
            if let dt = o["datatype"] as? String { return .literal(Literal(value, datatype: IRI(dt))) }
            return .literal(Literal(value))
        default:
            throw ResultsError(.json, .invalidTerm, "unknown term type \(type)")
        }
    }
}
