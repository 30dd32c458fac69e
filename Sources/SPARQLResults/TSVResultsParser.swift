import RDFModel

/// Reads SPARQL 1.1 Query Results TSV: `?var` headers and terms in Turtle syntax (IRIs in angle
/// brackets, blank nodes, quoted literals with a tag or `^^<datatype>`, bare numbers and
/// booleans). An empty field is unbound.
public enum TSVResultsParser {
    /// Parses a TSV results document.
    public static func parse(_ text: String) throws(ResultsError) -> QueryResults {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.hasSuffix("\r") ? line.dropLast() : line
        }
        if lines.last == "" { lines.removeLast() }
        guard let headerLine = lines.first else { throw ResultsError(.tsv, .unexpectedStructure, "empty document") }
        if lines.count == 1, headerLine == "true" || headerLine == "false" { return .boolean(headerLine == "true") }
        let header: [String]
        if headerLine.isEmpty {
            header = []
        } else {
            header = try headerLine.split(separator: "\t", omittingEmptySubsequences: false).map { v throws(ResultsError) in
                let name = v.trimmingPrefix("?").trimmingPrefix("$")
                guard !name.isEmpty, name.count < v.count else {
                    throw ResultsError(.tsv, .unexpectedStructure, line: 1, "bad variable \(v)")
                }
                return String(name)
            }
        }
        var rows: [QuerySolution] = []
        for (i, line) in lines.dropFirst().enumerated() {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            if header.isEmpty && line.isEmpty {
                rows.append(QuerySolution())
                continue
            }
            guard fields.count == header.count else {
                throw ResultsError(.tsv, .malformed, line: i + 2, "\(fields.count) fields, expected \(header.count)")
            }
            var row = QuerySolution()
            for (name, field) in zip(header, fields) {
                let f = field.trimmingCharacters(in: " ")
                if f.isEmpty { continue }
                do {
                    row[name] = try TurtleTermReader.term(f)
                } catch {
                    throw ResultsError(.tsv, .invalidTerm, line: i + 2, "\(error.detail): \(f)")
                }
            }
            rows.append(row)
        }
        return .solutions(variables: header, rows: rows)
    }
}

extension Substring {
    fileprivate func trimmingCharacters(in set: Character) -> Substring {
        var s = self
        while s.first == set { s = s.dropFirst() }
        while s.last == set { s = s.dropLast() }
        return s
    }
}
