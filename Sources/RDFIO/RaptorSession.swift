import CRaptor2
import RDFModel
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Owns one raptor parser (and, for its lifetime, one pooled raptor world) for one parse;
/// frees the parser and hands the world back in `deinit`.
///
/// raptor2 reports errors in two ways: a non-zero return from `raptor_parser_parse_chunk`
/// (Turtle, TriG, RDF/XML) and messages to the world's log handler. The N-Triples and N-Quads
/// parsers only log: they skip the bad line and return 0. So every message at level ERROR or
/// above is recorded here and fails the parse, whatever the return code said.
///
/// Blank nodes that the document names keep their label; those raptor makes up (`[]`,
/// collections, RDF/XML nodes without `rdf:nodeID`) are named `genid:N` here, with a colon
/// that no Turtle, TriG or RDF/XML label can contain. raptor's own `genidN` names could meet
/// a label the document wrote (`_:genid1 :p [] .` gave one node, not two).
final class RaptorSession {
    private let world: OpaquePointer
    private let rawParser: OpaquePointer
    private let baseURI: OpaquePointer?
    let name: String
    let scope: String
    let defaultGraph: GraphName
    let handler: (Quad) throws -> Void

    /// The first error reported, by raptor or by the handler.
    var failure: Error?
    /// How many blank nodes raptor asked us to name.
    private var generatedBlankNodes = 0
    /// IRIs already turned into Swift strings, keyed by raptor's interned `raptor_uri*`.
    /// Each key is retained (`raptor_uri_copy`) so that its address cannot be reused.
    /// Predicates, classes, graph names and datatypes repeat on almost every statement.
    private var recentIRIs = RecentIRIs()

    init(parser: RDFParser, name: String, base: String, handler: @escaping (Quad) throws -> Void) throws {
        self.name = name
        self.scope = parser.blankNodeScope
        self.defaultGraph = parser.defaultGraph
        self.handler = handler
        guard let world = RaptorWorldPool.acquire() else {
            throw RDFParseError(file: name, line: nil, column: nil, message: "raptor2: cannot create world")
        }
        guard let p = raptor_new_parser(world, parser.format.raptorName) else {
            RaptorWorldPool.release(world)
            throw RDFParseError(file: name, line: nil, column: nil, message: "raptor2: no parser for \(parser.format.raptorName)")
        }
        self.world = world
        self.rawParser = p
        self.baseURI = base.withCString { raptor_new_uri(world, UnsafeRawPointer($0).assumingMemoryBound(to: UInt8.self)) }
        // Never fetch anything from the network while parsing (RDF/XML and GRDDL can try).
        raptor_parser_set_option(p, RAPTOR_OPTION_NO_NET, nil, 1)

        let me = Unmanaged.passUnretained(self).toOpaque()
        raptor_world_set_log_handler(world, me) { userData, message in
            guard let userData, let message else { return }
            let session = Unmanaged<RaptorSession>.fromOpaque(userData).takeUnretainedValue()
            session.log(message.pointee)
        }
        // raptor calls this for every blank node: with the document's label (ownership of the
        // string passes to us, and the returned string passes back), or with NULL to make one up.
        raptor_world_set_generate_bnodeid_handler(world, me) { userData, userLabel in
            if let userLabel { return userLabel }
            guard let userData else { return nil }
            let session = Unmanaged<RaptorSession>.fromOpaque(userData).takeUnretainedValue()
            session.generatedBlankNodes += 1
            return "genid:\(session.generatedBlankNodes)".withCString { strdup($0) }.map {
                UnsafeMutableRawPointer($0).assumingMemoryBound(to: UInt8.self)
            }
        }
        raptor_parser_set_statement_handler(p, me) { userData, statement in
            guard let userData, let statement else { return }
            let session = Unmanaged<RaptorSession>.fromOpaque(userData).takeUnretainedValue()
            session.deliver(statement.pointee)
        }
        if raptor_parser_parse_start(p, baseURI) != 0 {
            let error = failure ?? RDFParseError(file: name, line: nil, column: nil, message: "raptor2: cannot start parsing")
            throw error
        }
    }

    deinit {
        // raptor can still call back while the parser is freed (a parse abandoned half-way
        // reports or flushes then). `self` is being destroyed by now, and reaching it through
        // `Unmanaged` is a fatal error, so the callbacks are pointed away from it first: to
        // handlers that do nothing, with no user data (NULL would make raptor print log
        // messages to stderr).
        raptor_parser_set_statement_handler(rawParser, nil) { _, _ in }
        raptor_world_set_log_handler(world, nil) { _, _ in }
        raptor_world_set_generate_bnodeid_handler(world, nil, nil)
        raptor_free_parser(rawParser)
        if let baseURI { raptor_free_uri(baseURI) }
        RaptorWorldPool.release(world)
    }

    /// Feeds one chunk; throws the first error raptor or the handler reported.
    func feed(_ bytes: UnsafePointer<UInt8>?, count: Int, isEnd: Bool) throws {
        let rc = raptor_parser_parse_chunk(rawParser, bytes, count, isEnd ? 1 : 0)
        if let failure { throw failure }
        if rc != 0 {
            throw locatedError("syntax error")
        }
    }

    private func locatedError(_ message: String, locator: UnsafeMutablePointer<raptor_locator>? = nil) -> RDFParseError {
        let loc = locator ?? raptor_parser_get_locator(rawParser)
        var line: Int? = nil
        var column: Int? = nil
        if let loc {
            let l = Int(raptor_locator_line(loc))
            let c = Int(raptor_locator_column(loc))
            line = l > 0 ? l : nil
            // Lines count from 1 but columns from 0 (N-Triples and N-Quads are the only parsers
            // that set one; the others leave -1), and RDFParseError's columns count from 1.
            column = c >= 0 ? c + 1 : nil
        }
        return RDFParseError(file: name, line: line, column: column, message: message)
    }

    private func log(_ message: raptor_log_message) {
        guard message.level.rawValue >= RAPTOR_LOG_LEVEL_ERROR.rawValue, failure == nil else { return }
        // libxml2 keeps its global error handlers per thread and raptor points them at a world
        // (when it opens one, and around XML parsing); as worlds move between threads and
        // sessions, a message raised through them can reach a world another session now owns.
        // A parser's own messages carry its locator, so anything located elsewhere is not ours.
        if let locator = message.locator, locator != raptor_parser_get_locator(rawParser) { return }
        let text = message.text.map { String(cString: $0) } ?? "syntax error"
        failure = locatedError(text, locator: message.locator)
        raptor_parser_parse_abort(rawParser)
    }

    private func deliver(_ st: raptor_statement) {
        guard failure == nil else { return }
        guard let s = st.subject, let p = st.predicate, let o = st.object else { return }
        let graph: GraphName
        if let g = st.graph { graph = .named(term(g.pointee)) } else { graph = defaultGraph }
        let quad = Quad(term(s.pointee), term(p.pointee), term(o.pointee), graph)
        guard failure == nil else { return }
        do {
            try handler(quad)
        } catch {
            failure = error
            raptor_parser_parse_abort(rawParser)
        }
    }

    private func term(_ t: raptor_term) -> Term {
        switch t.type {
        case RAPTOR_TERM_TYPE_URI:
            return .iri(iri(t.value.uri))
        case RAPTOR_TERM_TYPE_BLANK:
            let b = t.value.blank
            let label = text(b.string, Int(b.string_len))
            return .blank(BlankNode(scope.isEmpty ? label : scope + label))
        case RAPTOR_TERM_TYPE_LITERAL:
            let l = t.value.literal
            let lexical = text(l.string, Int(l.string_len))
            if let lang = l.language, l.language_len > 0 {
                return .literal(Literal(lexical, language: text(lang, Int(l.language_len))))
            }
            if let dt = l.datatype {
                return .literal(Literal(lexical, datatype: iri(dt)))
            }
            return .literal(Literal(lexical))
        default:
            return .literal(Literal(""))
        }
    }

    /// The UTF-8 text raptor handed over. raptor turns an escaped lone surrogate (`"\uD800"`,
    /// which RDF 1.1 forbids) into the invalid bytes ED A0 80 without complaint, and would let
    /// other invalid UTF-8 through; rather than let `String(decoding:)` quietly turn those into
    /// U+FFFD, the parse fails.
    private func text(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> String {
        guard let bytes, count > 0 else { return "" }
        let buffer = UnsafeBufferPointer(start: bytes, count: count)
        let decoded = String(decoding: buffer, as: UTF8.self)
        // This is on the bulk-load path. Decoding already validates and repairs; the input was
        // valid exactly when nothing was repaired, that is when the bytes came out unchanged.
        // A length check and memcmp cost next to nothing (String(validating:as:) and an
        // element-wise compare both cost about 70% more than the decoding itself).
        let utf8 = decoded.utf8
        if utf8.count == count,
           utf8.withContiguousStorageIfAvailable({ memcmp($0.baseAddress!, bytes, count) == 0 }) ?? utf8.elementsEqual(buffer) {
            return decoded
        }
        if failure == nil {
            failure = locatedError("invalid UTF-8 in a term (an escaped surrogate such as \\uD800, or bad input bytes)")
            raptor_parser_parse_abort(rawParser)
        }
        return decoded
    }

    private func iri(_ uri: OpaquePointer?) -> IRI {
        guard let uri else { return IRI("") }
        var len = 0
        guard let bytes = raptor_uri_as_counted_string(uri, &len), len > 0 else { return IRI("") }
        return recentIRIs.iri(bytes: bytes, count: len) { IRI(text(bytes, len)) }
    }
}

/// A direct-mapped cache of IRIs by their bytes, so that an IRI met again is not decoded, checked
/// and allocated again. (Keyed by content: worlds run without URI interning, see RaptorWorldPool.)
struct RecentIRIs {
    private var slots = [(bytes: [UInt8], iri: IRI)?](repeating: nil, count: 1024)

    mutating func iri(bytes: UnsafePointer<UInt8>, count: Int, make: () -> IRI) -> IRI {
        let raw = UnsafeRawPointer(bytes)
        var h = UInt64(count) &* 0x9E37_79B9_7F4A_7C15
        if count >= 8 {
            h ^= raw.loadUnaligned(as: UInt64.self)
            h = (h ^ (h >> 29)) &* 0xBF58_476D_1CE4_E5B9
            h ^= raw.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
            h = (h ^ (h >> 32)) &* 0x94D0_49BB_1331_11EB
            h ^= raw.loadUnaligned(fromByteOffset: count / 2 - 4, as: UInt64.self)
        } else {
            for i in 0..<count { h = (h ^ UInt64(bytes[i])) &* 0x100_0000_01B3 }
        }
        h ^= h >> 31
        let slot = Int(truncatingIfNeeded: h) & (slots.count - 1)
        if let cached = slots[slot], cached.bytes.count == count,
           cached.bytes.withUnsafeBufferPointer({ memcmp($0.baseAddress!, bytes, count) == 0 }) {
            return cached.iri
        }
        let value = make()
        slots[slot] = (Array(UnsafeBufferPointer(start: bytes, count: count)), value)
        return value
    }
}
