import RDFModel

/// Writes SPARQL Query Results XML (W3C Recommendation, 21 March 2013).
///
/// Characters XML 1.0 cannot carry at all (most C0 controls) are replaced by U+FFFD; carriage
/// returns and, in attributes, tabs and newlines are written as character references so that
/// XML's end-of-line and attribute normalisation cannot change them.
public struct XMLResultsWriter: QueryResultsWriter {
    private var variables: [String] = []

    /// Creates a writer.
    public init() {}

    private static let prologue = "<?xml version=\"1.0\"?>\n<sparql xmlns=\"http://www.w3.org/2005/sparql-results#\">\n"

    /// Writes the head: the variable names.
    public mutating func writeHeader<Output: TextOutputStream>(variables: [String], to out: inout Output) {
        self.variables = variables
        var s = Self.prologue + "<head>\n"
        for v in variables { s += "  <variable name=\"" + Self.escaped(v, attribute: true) + "\"/>\n" }
        s += "</head>\n<results>\n"
        out.write(s)
    }

    /// Writes one solution.
    public mutating func writeSolution<Output: TextOutputStream>(_ solution: QuerySolution, to out: inout Output) {
        var s = "  <result>\n"
        for v in variables {
            guard let term = solution[v] else { continue }
            s += "    <binding name=\"" + Self.escaped(v, attribute: true) + "\">"
            switch term {
            case .iri(let i): s += "<uri>" + Self.escaped(i.value) + "</uri>"
            case .blank(let b): s += "<bnode>" + Self.escaped(b.label) + "</bnode>"
            case .literal(let l):
                s += "<literal"
                if let lang = l.language {
                    s += " xml:lang=\"" + Self.escaped(lang, attribute: true) + "\""
                } else if l.datatype != XSD.string {
                    s += " datatype=\"" + Self.escaped(l.datatype.value, attribute: true) + "\""
                }
                s += ">" + Self.escaped(l.lexical) + "</literal>"
            }
            s += "</binding>\n"
        }
        s += "  </result>\n"
        out.write(s)
    }

    /// Finishes the document.
    public mutating func writeFooter<Output: TextOutputStream>(to out: inout Output) {
        out.write("</results>\n</sparql>\n")
    }

    /// Writes a complete ASK result.
    public mutating func writeBoolean<Output: TextOutputStream>(_ value: Bool, to out: inout Output) {
        out.write(Self.prologue + "<head/>\n<boolean>\(value)</boolean>\n</sparql>\n")
    }

    /// Escapes text content or an attribute value.
    static func escaped(_ s: String, attribute: Bool = false) -> String {
        if !s.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 < 0x20 || $0 == 0xEF }) {
            return s
        }
        var out = ""
        for c in s.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"" where attribute: out += "&quot;"
            case "\r": out += "&#xD;"
            case "\n" where attribute: out += "&#xA;"
            case "\t" where attribute: out += "&#x9;"
            case "\n", "\t": out.unicodeScalars.append(c)
            default:
                if c.value < 0x20 || c.value == 0xFFFE || c.value == 0xFFFF {
                    out += "\u{FFFD}"
                } else {
                    out.unicodeScalars.append(c)
                }
            }
        }
        return out
    }
}
