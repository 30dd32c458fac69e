import RDFModel

/// How terms become ids and dictionary entries.
///
/// An id is 64 bits. With the top bit set it is an *inline* term whose value is in the id itself
/// (canonical xsd:integer, xsd:boolean, xsd:date, and plain strings of at most 7 UTF-8 bytes):
/// no dictionary entry and no look-up to decode. With the top bit clear it is the 63-bit hash of
/// the term's canonical bytes, and the dictionary maps it back to those bytes. Inline forms are
/// used only when the lexical form is exactly the canonical one, so `"01"^^xsd:integer` keeps
/// its lexical form (it is hashed). Id 0 is never a term: it marks the default graph.
enum TermCodec {
    /// Term kinds, the first byte of the canonical form.
    enum Kind: UInt8 {
        case iri = 1, blank = 2, simpleLiteral = 3, langLiteral = 4, typedLiteral = 5
    }

    static let inlineFlag: UInt64 = 1 << 63
    static let payloadMask: UInt64 = (1 << 59) - 1
    enum InlineTag: UInt64 { case integer = 0, boolean = 1, date = 2, shortString = 3 }

    // MARK: - Canonical bytes

    /// Writes the canonical byte form of `term` into `out` (replacing its contents).
    static func canonicalBytes(of term: Term, into out: inout [UInt8]) {
        out.removeAll(keepingCapacity: true)
        switch term {
        case .iri(let i):
            out.append(Kind.iri.rawValue)
            out.append(contentsOf: i.value.utf8)
        case .blank(let b):
            out.append(Kind.blank.rawValue)
            out.append(contentsOf: b.label.utf8)
        case .literal(let l):
            if let lang = l.language {
                out.append(Kind.langLiteral.rawValue)
                out.append(contentsOf: lang.utf8)
                out.append(0)
            } else if l.datatype == XSD.string {
                out.append(Kind.simpleLiteral.rawValue)
            } else {
                out.append(Kind.typedLiteral.rawValue)
                out.append(contentsOf: l.datatype.value.utf8)
                out.append(0)
            }
            out.append(contentsOf: l.lexical.utf8)
        }
    }

    /// Decodes canonical bytes back into a term.
    static func term(fromCanonical bytes: UnsafeRawBufferPointer) -> Term? {
        guard let first = bytes.first, let kind = Kind(rawValue: first) else { return nil }
        let rest = UnsafeRawBufferPointer(rebasing: bytes[1...])
        switch kind {
        case .iri: return .iri(IRI(String(decoding: rest, as: UTF8.self)))
        case .blank: return .blank(BlankNode(String(decoding: rest, as: UTF8.self)))
        case .simpleLiteral: return .literal(Literal(String(decoding: rest, as: UTF8.self)))
        case .langLiteral, .typedLiteral:
            guard let zero = rest.firstIndex(of: 0) else { return nil }
            let head = String(decoding: UnsafeRawBufferPointer(rebasing: rest[..<zero]), as: UTF8.self)
            let lexical = String(decoding: UnsafeRawBufferPointer(rebasing: rest[(zero + 1)...]), as: UTF8.self)
            return kind == .langLiteral ? .literal(Literal(lexical, language: head)) : .literal(Literal(lexical, datatype: IRI(head)))
        }
    }

    /// The hashed id of canonical bytes with a collision-resolution `round` (0 first).
    @inline(__always)
    static func hashedID(ofCanonical bytes: UnsafeRawBufferPointer, round: UInt64 = 0) -> TermID {
        var h = Hash64.hash(bytes, seed: 0x43_69_74_79_4B_47 &+ round) & ~inlineFlag
        if h == 0 { h = 1 }
        return TermID(raw: h)
    }

    /// The round-0 id together with a check hash that tells apart two terms sharing that id
    /// (used by the bulk loader, which does not keep the bytes of every term it has seen).
    @inline(__always)
    static func hashedIDAndCheck(ofCanonical bytes: UnsafeRawBufferPointer) -> (TermID, UInt64) {
        let (h, check) = Hash64.pair(bytes, seed: 0x43_69_74_79_4B_47)
        var id = h & ~inlineFlag
        if id == 0 { id = 1 }
        return (TermID(raw: id), check)
    }

    // MARK: - Inline terms

    /// True when the id carries its value.
    @inline(__always)
    static func isInline(_ id: TermID) -> Bool { id.raw & inlineFlag != 0 }

    @inline(__always)
    private static func inline(_ tag: InlineTag, _ payload: UInt64) -> TermID {
        TermID(raw: inlineFlag | (tag.rawValue << 59) | (payload & payloadMask))
    }

    /// The inline id of `term`, when it has one.
    static func inlineID(of term: Term) -> TermID? {
        guard case .literal(let l) = term, l.language == nil else { return nil }
        let dt = l.datatype
        if dt == XSD.string {
            let count = l.lexical.utf8.count
            guard count <= 7 else { return nil }
            var payload = UInt64(count) << 56
            var shift: UInt64 = 48
            for b in l.lexical.utf8 {
                payload |= UInt64(b) << shift
                shift &-= 8
            }
            return inline(.shortString, payload)
        }
        if dt == XSD.integer {
            guard let v = canonicalInteger(l.lexical) else { return nil }
            return inline(.integer, UInt64(bitPattern: v))
        }
        if dt == XSD.boolean {
            if l.lexical == "true" { return inline(.boolean, 1) }
            if l.lexical == "false" { return inline(.boolean, 0) }
            return nil
        }
        if dt == XSD.date {
            guard let packed = canonicalDate(l.lexical) else { return nil }
            return inline(.date, packed)
        }
        return nil
    }

    /// Decodes an inline id.
    static func inlineTerm(_ id: TermID) -> Term? {
        let tagBits = (id.raw >> 59) & 0xF
        let payload = id.raw & payloadMask
        switch InlineTag(rawValue: tagBits) {
        case .integer:
            // Sign-extend the 59-bit payload.
            let v = Int64(bitPattern: payload << 5) >> 5
            return .literal(Literal(String(v), datatype: XSD.integer))
        case .boolean:
            return .literal(Literal(payload == 1 ? "true" : "false", datatype: XSD.boolean))
        case .date:
            let y = payload >> 9, m = (payload >> 5) & 0xF, d = payload & 0x1F
            return .literal(Literal(pad(y, 4) + "-" + pad(m, 2) + "-" + pad(d, 2), datatype: XSD.date))
        case .shortString:
            let count = Int(payload >> 56)
            var bytes: [UInt8] = []
            bytes.reserveCapacity(count)
            var shift: UInt64 = 48
            for _ in 0..<count {
                bytes.append(UInt8((payload >> shift) & 0xFF))
                shift &-= 8
            }
            return .literal(Literal(String(decoding: bytes, as: UTF8.self)))
        case nil:
            return nil
        }
    }

    private static func pad(_ v: UInt64, _ width: Int) -> String {
        let s = String(v)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }

    /// The value of a canonical xsd:integer lexical form of at most 17 digits
    /// (so that it fits the 59-bit payload), or nil.
    static func canonicalInteger(_ s: String) -> Int64? {
        var utf8 = s.utf8[...]
        var negative = false
        if utf8.first == UInt8(ascii: "-") {
            negative = true
            utf8 = utf8.dropFirst()
        }
        guard let first = utf8.first, utf8.count <= 17 else { return nil }
        if first == UInt8(ascii: "0") && (utf8.count > 1 || negative) { return nil }
        var v: Int64 = 0
        for b in utf8 {
            guard b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") else { return nil }
            v = v * 10 + Int64(b - UInt8(ascii: "0"))
        }
        return negative ? -v : v
    }

    /// Packs a canonical `YYYY-MM-DD` date (years 0001–9999, no timezone), or nil.
    static func canonicalDate(_ s: String) -> UInt64? {
        let u = Array(s.utf8)
        guard u.count == 10, u[4] == UInt8(ascii: "-"), u[7] == UInt8(ascii: "-") else { return nil }
        func num(_ r: Range<Int>) -> UInt64? {
            var v: UInt64 = 0
            for i in r {
                guard u[i] >= 48 && u[i] <= 57 else { return nil }
                v = v * 10 + UInt64(u[i] - 48)
            }
            return v
        }
        guard let y = num(0..<4), let m = num(5..<7), let d = num(8..<10), y >= 1, m >= 1, m <= 12, d >= 1 else { return nil }
        let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
        let days: [UInt64] = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        guard d <= days[Int(m) - 1] else { return nil }
        return (y << 9) | (m << 5) | d
    }
}
