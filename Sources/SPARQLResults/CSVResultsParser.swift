import RDFModel

/// Reads SPARQL 1.1 Query Results CSV (RFC 4180 quoting; CRLF or LF line ends).
///
/// CSV does not record what kind of term a value was, so the reading is a guess: `_:x` is a
/// blank node, a value that looks like an absolute IRI (`scheme:` followed by no whitespace)
/// is an IRI, anything else is a simple literal, and an empty field is unbound. Compare CSV
/// results through ``QueryResults/csvProjection()``, which loses the same information on both sides.
public enum CSVResultsParser {
    /// Parses a CSV results document.
    public static func parse(_ text: String) throws(ResultsError) -> QueryResults {
        let records = try records(text)
        guard let header = records.first else { throw ResultsError(.csv, .unexpectedStructure, "empty document") }
        if records.count == 1, header.count == 1, header[0] == "true" || header[0] == "false" {
            return .boolean(header[0] == "true")
        }
        var rows: [QuerySolution] = []
        for (i, record) in records.dropFirst().enumerated() {
            if record == [""] && header.count != 1 { continue }
            guard record.count == header.count else {
                throw ResultsError(.csv, .malformed, line: i + 2, "\(record.count) fields, expected \(header.count)")
            }
            var row = QuerySolution()
            for (name, value) in zip(header, record) where !value.isEmpty {
                row[name] = guessTerm(value)
            }
            rows.append(row)
        }
        return .solutions(variables: header, rows: rows)
    }

    /// The term a CSV field most likely was.
    static func guessTerm(_ value: String) -> Term {
        if value.hasPrefix("_:") { return .blank(String(value.dropFirst(2))) }
        if looksLikeAbsoluteIRI(value) { return .iri(value) }
        return .literal(Literal(value))
    }

    static func looksLikeAbsoluteIRI(_ s: String) -> Bool {
        guard let colon = s.firstIndex(of: ":"), let first = s.first, first.isASCII, first.isLetter else { return false }
        let scheme = s[..<colon]
        guard scheme.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "+" || $0 == "-" || $0 == ".") }) else { return false }
        let rest = s[s.index(after: colon)...]
        return !rest.isEmpty && !rest.contains(where: { $0.isWhitespace || $0 == "\"" || $0 == "<" || $0 == ">" })
    }

    /// Splits the document into records of fields.
    static func records(_ text: String) throws(ResultsError) -> [[String]] {
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var quoted = false
        var afterQuote = false
        var line = 1
        var chars = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        func next() -> Unicode.Scalar? {
            if let p = pending { pending = nil; return p }
            return chars.next()
        }
        while let c = next() {
            if quoted {
                if c == "\"" {
                    if let n = next() {
                        if n == "\"" { field.unicodeScalars.append("\"") } else { quoted = false; afterQuote = true; pending = n }
                    } else {
                        quoted = false
                    }
                } else {
                    if c == "\n" { line += 1 }
                    field.unicodeScalars.append(c)
                }
                continue
            }
            switch c {
            case "\"" where field.isEmpty && !afterQuote:
                quoted = true
            case ",":
                record.append(field); field = ""; afterQuote = false
            case "\r":
                break
            case "\n":
                record.append(field); field = ""; afterQuote = false
                records.append(record); record = []
                line += 1
            default:
                if afterQuote { throw ResultsError(.csv, .malformed, line: line, "text after closing quote") }
                field.unicodeScalars.append(c)
            }
        }
        if quoted { throw ResultsError(.csv, .malformed, line: line, "unterminated quoted field") }
        if !field.isEmpty || !record.isEmpty || afterQuote {
            record.append(field)
            records.append(record)
        }
        return records
    }
}

extension QueryResults {
    /// The result as CSV sees it: every term replaced by a simple literal of its CSV string
    /// (blank nodes keep their kind so that isomorphism checks still apply). Use it to compare
    /// results with an expected `.csv` document. A streamed result stays streamed.
    public func csvProjection() -> QueryResults {
        func project(_ row: QuerySolution) -> QuerySolution {
            QuerySolution(row.bindings.mapValues { t in
                if case .blank = t { return t }
                return .literal(Literal(CSVResultsWriter.plainString(t)))
            })
        }
        switch self {
        case .solutions(let variables, let rows):
            return .solutions(variables: variables, rows: rows.map(project))
        case .stream(let variables, let rows):
            return .stream(variables: variables, rows: QuerySolutionStream { try rows.nextSolution().map(project) })
        case .boolean, .graph:
            return self
        }
    }
}
