import RDFModel

/// Writes SPARQL 1.1 Query Results JSON (W3C Recommendation, 21 March 2013), one solution per line.
public struct JSONResultsWriter: QueryResultsWriter {
    private var variables: [String] = []
    private var first = true

    /// Creates a writer.
    public init() {}

    /// Writes the head: the variable names.
    public mutating func writeHeader<Output: TextOutputStream>(variables: [String], to out: inout Output) {
        self.variables = variables
        first = true
        out.write("{\"head\":{\"vars\":[")
        out.write(variables.map(Self.quoted).joined(separator: ","))
        out.write("]},\"results\":{\"bindings\":[")
    }

    /// Writes one solution.
    public mutating func writeSolution<Output: TextOutputStream>(_ solution: QuerySolution, to out: inout Output) {
        var line = first ? "\n{" : ",\n{"
        first = false
        var firstBinding = true
        for v in variables {
            guard let term = solution[v] else { continue }
            if !firstBinding { line += "," }
            firstBinding = false
            line += Self.quoted(v) + ":" + Self.termObject(term)
        }
        line += "}"
        out.write(line)
    }

    /// Finishes the document.
    public mutating func writeFooter<Output: TextOutputStream>(to out: inout Output) {
        out.write(first ? "]}}\n" : "\n]}}\n")
    }

    /// Writes a complete ASK result.
    public mutating func writeBoolean<Output: TextOutputStream>(_ value: Bool, to out: inout Output) {
        out.write("{\"head\":{},\"boolean\":\(value)}\n")
    }

    /// A term as a JSON result object (`{"type":"uri","value":"…"}` and so on).
    static func termObject(_ term: Term) -> String {
        switch term {
        case .iri(let i):
            return "{\"type\":\"uri\",\"value\":" + quoted(i.value) + "}"
        case .blank(let b):
            return "{\"type\":\"bnode\",\"value\":" + quoted(b.label) + "}"
        case .literal(let l):
            var s = "{\"type\":\"literal\",\"value\":" + quoted(l.lexical)
            if let lang = l.language {
                s += ",\"xml:lang\":" + quoted(lang)
            } else if l.datatype != XSD.string {
                s += ",\"datatype\":" + quoted(l.datatype.value)
            }
            return s + "}"
        }
    }

    /// A JSON string literal (RFC 8259 escaping).
    static func quoted(_ s: String) -> String {
        var out = "\""
        for c in s.unicodeScalars {
            switch c {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            default:
                if c.value < 0x20 || c.value == 0x2028 || c.value == 0x2029 {
                    let hex = String(c.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(c)
                }
            }
        }
        return out + "\""
    }
}
