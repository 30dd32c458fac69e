import RDFModel
import SPARQLSyntax
import Testing
@testable import SPARQLEngine

@Suite("Term functions")
struct FunctionsTermTests {
    let c = FunctionContext(baseIRI: IRI("http://example.org/"))

    func call(_ f: BuiltinFunction, _ args: Term...) -> Term? {
        attempt { () throws(ExpressionError) in try FunctionLibrary.evaluate(f, args, context: c) }
    }

    @Test func strLangDatatype() {
        #expect(call(.str, .iri("http://a/b")) == plain("http://a/b"))
        #expect(call(.str, int("01")) == plain("01"))
        #expect(call(.str, lang("a", "en")) == plain("a"))
        #expect(call(.str, .blank("b")) == nil)
        #expect(call(.lang, lang("a", "en-GB")) == plain("en-gb"))
        #expect(call(.lang, int("1")) == plain(""))
        #expect(call(.lang, .iri("http://a")) == nil)
        #expect(call(.datatype, int("1")) == .iri(XSD.integer))
        #expect(call(.datatype, plain("a")) == .iri(XSD.string))
        #expect(call(.datatype, lang("a", "en")) == .iri(RDF.langString))
        #expect(call(.datatype, .blank("b")) == nil)
    }

    @Test("LANGMATCHES (RFC 4647 basic filtering)", arguments: [
        ("en", "en", true), ("en-US", "en", true), ("EN-us", "en-US", true), ("en", "en-US", false),
        ("eng", "en", false), ("fr", "*", true), ("", "*", false), ("", "", true), ("de-DE-1996", "de-de", true),
    ])
    func langMatches(tag: String, range: String, expected: Bool) {
        #expect(call(.langMatches, plain(tag), plain(range)) == bool(expected))
    }

    @Test func iriResolution() {
        #expect(call(.iri, plain("iri")) == .iri("http://example.org/iri"))        // W3C iri01
        #expect(call(.uri, plain("uri")) == .iri("http://example.org/uri"))
        #expect(call(.iri, .iri("http://x/")) == .iri("http://x/"))
        #expect(call(.iri, plain("http://other/a")) == .iri("http://other/a"))
        #expect(call(.iri, int("1")) == nil)
        #expect(call(.iri, lang("a", "en")) == nil)
    }

    @Test("RFC 3986 5.4 reference resolution examples", arguments: [
        ("g:h", "g:h"), ("g", "http://a/b/c/g"), ("./g", "http://a/b/c/g"), ("g/", "http://a/b/c/g/"),
        ("/g", "http://a/g"), ("//g", "http://g"), ("?y", "http://a/b/c/d;p?y"), ("g?y", "http://a/b/c/g?y"),
        ("#s", "http://a/b/c/d;p?q#s"), ("g#s", "http://a/b/c/g#s"), ("", "http://a/b/c/d;p?q"), (".", "http://a/b/c/"),
        ("..", "http://a/b/"), ("../g", "http://a/b/g"), ("../..", "http://a/"), ("../../g", "http://a/g"),
        ("../../../g", "http://a/g"), ("/./g", "http://a/g"), ("g.", "http://a/b/c/g."), ("g;x=1/../y", "http://a/b/c/y"),
    ])
    func rfc3986(reference: String, expected: String) {
        #expect(IRIResolver.resolve(reference, against: "http://a/b/c/d;p?q") == expected)
    }

    @Test func bnodeScopes() throws {
        let a1 = try #require(call(.bnode, plain("a")))
        let a2 = try #require(call(.bnode, plain("a")))
        let b = try #require(call(.bnode, plain("b")))
        #expect(a1 == a2 && a1 != b && a1.isBlank)
        c.startSolution()
        #expect(call(.bnode, plain("a")) != a1)
        #expect(call(.bnode) != call(.bnode))
        #expect(call(.bnode, int("1")) == nil)
    }

    @Test func strdtStrlang() {
        #expect(call(.strDatatype, plain("123"), .iri(XSD.integer)) == int("123"))
        #expect(call(.strDatatype, xstr("abc"), .iri("http://u")) == typed("abc", IRI("http://u")))
        #expect(call(.strDatatype, lang("abc", "en"), .iri(XSD.string)) == nil)   // strdt03
        #expect(call(.strDatatype, plain("abc"), plain("http://u")) == nil)
        #expect(call(.strLang, plain("abc"), plain("en-GB")) == lang("abc", "en-gb"))
        #expect(call(.strLang, lang("abc", "en"), plain("fr")) == nil)              // strlang03
        #expect(call(.strLang, plain("abc"), plain("")) == nil)
        #expect(call(.strLang, plain("abc"), plain("not a tag")) == nil)
    }

    @Test func predicates() {
        #expect(call(.isIRI, .iri("http://a")) == bool(true))
        #expect(call(.isURI, plain("a")) == bool(false))
        #expect(call(.isBlank, .blank("x")) == bool(true))
        #expect(call(.isLiteral, lang("x", "en")) == bool(true))
        #expect(call(.isLiteral, .iri("x")) == bool(false))
        #expect(call(.isNumeric, int("1")) == bool(true))
        #expect(call(.isNumeric, plain("1")) == bool(false))
    }

    @Test func generatedValues() throws {
        guard case .iri(let u)? = call(.uuid) else { Issue.record("UUID is not an IRI"); return }
        #expect(u.value.hasPrefix("urn:uuid:") && u.value.count == 45 && u.value == u.value.lowercased())
        guard case .literal(let s)? = call(.strUUID) else { Issue.record("STRUUID is not a literal"); return }
        #expect(s.datatype == XSD.string && s.lexical.count == 36)
        #expect(call(.strUUID) != call(.strUUID))
        guard case .literal(let r)? = call(.rand), case .numeric(.double(let d)) = XSDValue(r) else {
            Issue.record("RAND is not a double"); return
        }
        #expect(d >= 0 && d < 1)
        let now1 = call(.now), now2 = call(.now)
        #expect(now1 == now2)
        guard case .literal(let n)? = now1, case .dateTime(let dt) = XSDValue(n) else { Issue.record("NOW"); return }
        #expect(dt.timezoneOffsetMinutes == 0 && dt.year >= 2024)
    }

    @Test func arityIsChecked() {
        #expect(call(.str) == nil)
        #expect(call(.str, plain("a"), plain("b")) == nil)
    }
}
