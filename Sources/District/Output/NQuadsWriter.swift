import RDFModel

/// Writes one department's quads, all in one named graph, as canonical N-Quads bytes.
///
/// Terms arrive pre-encoded: IRIs as `<...>` byte arrays made once per pass (predicates,
/// classes) or once per entity (subjects), literal contents as UTF-8 from the corpus tables.
/// Nothing generated needs escaping (the corpus has no `"`, `\` or control characters, which
/// the raptor2 round-trip tests confirm), so the hot path is a handful of `memcpy`s per quad.
final class NQuadsWriter {
    let output: FileOutput
    /// ` <graph> .\n`, appended after every object.
    private let graphSuffix: [UInt8]
    /// Quads written so far.
    private(set) var count = 0

    /// Creates the file and fixes the graph every quad goes into.
    init(path: String, graph: IRI) throws {
        output = try FileOutput(path: path)
        graphSuffix = Array(" ".utf8) + Self.encode(graph) + Array(" .\n".utf8)
    }

    /// `<iri>` as bytes.
    static func encode(_ iri: IRI) -> [UInt8] { Array("<\(iri.value)>".utf8) }

    // MARK: - Quads with IRI objects

    /// `s p o` where `o` is an IRI (or any pre-encoded term).
    @inline(__always) func iri(_ s: [UInt8], _ p: [UInt8], _ o: [UInt8]) {
        output.append(s); output.append(0x20)
        output.append(p); output.append(0x20)
        output.append(o)
        end()
    }

    // MARK: - Quads with literal objects, written in three steps

    /// Writes `s p "` and leaves the literal open for its content.
    @inline(__always) func openLiteral(_ s: [UInt8], _ p: [UInt8]) {
        output.append(s); output.append(0x20)
        output.append(p); output.append(0x20)
        output.append(0x22)
    }

    /// Closes a simple (`xsd:string`) literal and the quad.
    @inline(__always) func closeLiteral() {
        output.append(0x22)
        end()
    }

    /// Closes a literal with a language tag (given as `@zh` bytes) and the quad.
    @inline(__always) func closeLiteral(language tag: [UInt8]) {
        output.append(0x22)
        output.append(tag)
        end()
    }

    /// Closes a typed literal (datatype given as `^^<...>` bytes) and the quad.
    @inline(__always) func closeLiteral(datatype: [UInt8]) {
        output.append(0x22)
        output.append(datatype)
        end()
    }

    @inline(__always) private func end() {
        output.append(graphSuffix)
        count += 1
    }

    // MARK: - Conveniences

    /// A simple literal.
    @inline(__always) func string(_ s: [UInt8], _ p: [UInt8], _ text: [UInt8]) {
        openLiteral(s, p); output.append(text); closeLiteral()
    }

    /// A language-tagged literal.
    @inline(__always) func string(_ s: [UInt8], _ p: [UInt8], _ text: [UInt8], language tag: [UInt8]) {
        openLiteral(s, p); output.append(text); closeLiteral(language: tag)
    }

    /// An `xsd:integer`.
    @inline(__always) func integer(_ s: [UInt8], _ p: [UInt8], _ value: Int) {
        openLiteral(s, p); output.appendInt(value); closeLiteral(datatype: Datatypes.integer)
    }

    /// An `xsd:decimal` with two fraction digits, from an amount in hundredths.
    @inline(__always) func decimal(_ s: [UInt8], _ p: [UInt8], hundredths: Int) {
        openLiteral(s, p)
        output.appendInt(hundredths / 100)
        output.append(0x2E)
        output.appendDigits(UInt64(hundredths % 100), width: 2)
        closeLiteral(datatype: Datatypes.decimal)
    }

    /// An `xsd:date`.
    @inline(__always) func date(_ s: [UInt8], _ p: [UInt8], _ d: CivilDate) {
        openLiteral(s, p); appendDate(d); closeLiteral(datatype: Datatypes.date)
    }

    /// An `xsd:dateTime` in China Standard Time (`+08:00`).
    @inline(__always) func dateTime(_ s: [UInt8], _ p: [UInt8], _ d: CivilDate, secondOfDay: Int) {
        openLiteral(s, p)
        appendDate(d)
        output.append(0x54)
        output.appendDigits(UInt64(secondOfDay / 3600), width: 2); output.append(0x3A)
        output.appendDigits(UInt64(secondOfDay / 60 % 60), width: 2); output.append(0x3A)
        output.appendDigits(UInt64(secondOfDay % 60), width: 2)
        output.append(Datatypes.chinaOffset)
        closeLiteral(datatype: Datatypes.dateTime)
    }

    @inline(__always) private func appendDate(_ d: CivilDate) {
        output.appendDigits(UInt64(d.year), width: 4); output.append(0x2D)
        output.appendDigits(UInt64(d.month), width: 2); output.append(0x2D)
        output.appendDigits(UInt64(d.day), width: 2)
    }

    /// Any quad, through RDFModel's canonical writer (for the few catalog records; slower).
    func write(_ quad: Quad) {
        var line = ""
        Quad(quad.subject, quad.predicate, quad.object).writeNQuads(to: &line)
        // Replace the default-graph ending " .\n" with this writer's graph.
        line.removeLast(3)
        output.append(line)
        end()
    }

    /// Flushes and closes the file.
    func close() throws { try output.close() }
}

/// Pre-encoded literal suffixes.
enum Datatypes {
    static let integer: [UInt8] = Array("^^<\(XSD.integer.value)>".utf8)
    static let decimal: [UInt8] = Array("^^<\(XSD.decimal.value)>".utf8)
    static let date: [UInt8] = Array("^^<\(XSD.date.value)>".utf8)
    static let dateTime: [UInt8] = Array("^^<\(XSD.dateTime.value)>".utf8)
    static let chinaOffset: [UInt8] = Array("+08:00".utf8)
    static let zh: [UInt8] = Array("@zh".utf8)
    static let en: [UInt8] = Array("@en".utf8)
}
