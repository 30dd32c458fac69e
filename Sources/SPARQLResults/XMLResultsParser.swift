import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import RDFModel

/// Reads SPARQL Query Results XML with Foundation's `XMLParser`.
public enum XMLResultsParser {
    /// Parses an XML results document.
    public static func parse(_ text: String) throws(ResultsError) -> QueryResults {
        let parser = XMLParser(data: Data(text.utf8))
        let handler = SRXHandler()
        parser.delegate = handler
        parser.shouldProcessNamespaces = false
        let ok = parser.parse()
        if let error = handler.error { throw error }
        guard ok else {
            throw ResultsError(.xml, .malformed, line: parser.lineNumber,
                               parser.parserError.map { "\($0)" } ?? "XML parse error")
        }
        if let b = handler.boolean { return .boolean(b) }
        guard handler.depth == 0 else { throw ResultsError(.xml, .malformed, line: parser.lineNumber, "unclosed elements") }
        guard handler.sawSparql else { throw ResultsError(.xml, .unexpectedStructure, "no <sparql> element") }
        return .solutions(variables: handler.variables, rows: handler.rows)
    }
}

/// The SAX handler behind ``XMLResultsParser``; element names are compared without any prefix.
private final class SRXHandler: NSObject, XMLParserDelegate {
    var variables: [String] = []
    var rows: [QuerySolution] = []
    var boolean: Bool?
    var sawSparql = false
    var error: ResultsError?
    var depth = 0

    private var row: QuerySolution?
    private var bindingName: String?
    private var text: String?
    private var language: String?
    private var datatype: String?

    private func local(_ name: String) -> Substring {
        name.split(separator: ":").last ?? Substring(name)
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes: [String: String] = [:]) {
        depth += 1
        switch local(elementName) {
        case "sparql": sawSparql = true
        case "variable":
            if let n = attributes["name"] { variables.append(n) }
        case "result": row = QuerySolution()
        case "binding": bindingName = attributes["name"]
        case "uri", "bnode", "boolean":
            text = ""
        case "literal":
            text = ""
            language = attributes["xml:lang"]
            datatype = attributes["datatype"]
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        text?.append(string)
    }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        text?.append(String(decoding: CDATABlock, as: UTF8.self))
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
        depth -= 1
        let name = local(elementName)
        switch name {
        case "uri", "bnode", "literal":
            let value = text ?? ""
            let term: Term
            if name == "uri" {
                term = .iri(value)
            } else if name == "bnode" {
                term = .blank(value)
            } else if let language {
                term = .literal(Literal(value, language: language))
            } else if let datatype {
                term = .literal(Literal(value, datatype: IRI(datatype)))
            } else {
                term = .literal(Literal(value))
            }
            if let bindingName { row?[bindingName] = term }
            text = nil
            language = nil
            datatype = nil
        case "binding":
            bindingName = nil
        case "result":
            if let row { rows.append(row) }
            row = nil
        case "boolean":
            switch (text ?? "").trimmingCharacters(in: .whitespacesAndNewlines) {
            case "true": boolean = true
            case "false": boolean = false
            default:
                error = ResultsError(.xml, .unexpectedStructure, line: parser.lineNumber, "boolean is not true/false")
                parser.abortParsing()
            }
            text = nil
        default: break
        }
    }
}
