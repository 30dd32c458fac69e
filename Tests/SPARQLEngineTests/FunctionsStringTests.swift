import RDFModel
import SPARQLSyntax
import Testing
@testable import SPARQLEngine

@Suite("String functions")
struct FunctionsStringTests {
    let c = FunctionContext()

    func call(_ f: BuiltinFunction, _ args: Term...) -> Term? {
        attempt { () throws(ExpressionError) in try FunctionLibrary.evaluate(f, args, context: c) }
    }

    @Test func strlenCountsCodePoints() {
        #expect(call(.strlen, plain("食べ物")) == int("3"))
        #expect(call(.strlen, lang("chat", "en")) == int("4"))
        #expect(call(.strlen, plain("\u{1F600}x")) == int("2"))       // length01-non-bmp
        #expect(call(.strlen, plain("e\u{301}")) == int("2"))          // combining mark is its own code point
        #expect(call(.strlen, int("1")) == nil)
    }

    @Test("SUBSTR (W3C substring01/02 and XPath edge cases)", arguments: [
        (plain("foo"), int("1"), Optional(int("1")), Optional(plain("f"))),
        (lang("bar", "en"), int("1"), int("1"), lang("b", "en")),
        (plain("食べ物"), int("1"), int("1"), plain("食")),
        (xstr("abc"), int("2"), nil, xstr("bc")),
        (plain("12345"), dec("1.5"), dec("2.6"), plain("234")),
        (plain("12345"), int("0"), int("3"), plain("12")),
        (plain("12345"), int("5"), int("-3"), plain("")),
        (plain("12345"), int("-3"), int("5"), plain("1")),
        (plain("12345"), dbl("NaN"), int("3"), plain("")),
        (plain("12345"), int("-42"), dbl("INF"), plain("12345")),
        (plain("12345"), dbl("-INF"), dbl("INF"), plain("")),
        (plain("\u{1F600}ab"), int("2"), nil, plain("ab")),
        (int("123"), int("1"), nil, nil),
        (plain("abc"), plain("1"), nil, nil),
    ] as [(Term, Term, Term?, Term?)])
    func substr(s: Term, start: Term, length: Term?, expected: Term?) {
        let args = [s, start] + (length.map { [$0] } ?? [])
        #expect(attempt { () throws(ExpressionError) in try FunctionLibrary.evaluate(.substr, args, context: c) } == expected)
    }

    @Test func caseMapping() {
        #expect(call(.ucase, lang("bar", "en")) == lang("BAR", "en"))
        #expect(call(.ucase, plain("foo")) == plain("FOO"))
        #expect(call(.lcase, xstr("DEF")) == xstr("def"))
        #expect(call(.ucase, plain("straße")) == plain("STRASSE"))
        #expect(call(.ucase, .iri("http://a")) == nil)
    }

    @Test func encodeForURI() {
        #expect(call(.encodeForURI, plain("Los Angeles")) == plain("Los%20Angeles"))
        #expect(call(.encodeForURI, lang("100%", "en")) == plain("100%25"))
        #expect(call(.encodeForURI, plain("食べ物")) == plain("%E9%A3%9F%E3%81%B9%E7%89%A9"))
        #expect(call(.encodeForURI, plain("~a-b_c.d/e")) == plain("~a-b_c.d%2Fe"))
        #expect(call(.encodeForURI, plain("\u{1F600}")) == plain("%F0%9F%98%80"))
    }

    @Test("Argument compatibility (17.4.3.1.2)", arguments: [
        (plain("abc"), plain("b"), true), (plain("abc"), xstr("b"), true), (lang("abc", "en"), plain("b"), true),
        (lang("abc", "en"), lang("b", "en"), true), (lang("abc", "en"), lang("b", "fr"), false),
        (plain("abc"), lang("b", "en"), false), (int("1"), plain("1"), false), (plain("abc"), .iri("b"), false),
    ] as [(Term, Term, Bool)])
    func compatibility(a: Term, b: Term, ok: Bool) {
        #expect((call(.contains, a, b) != nil) == ok)
        #expect((call(.strStarts, a, b) != nil) == ok)
        #expect((call(.strBefore, a, b) != nil) == ok)
        #expect((call(.strAfter, a, b) != nil) == ok)
    }

    @Test func containsStartsEnds() {
        #expect(call(.contains, plain("foobar"), plain("oba")) == bool(true))
        #expect(call(.contains, plain("foobar"), plain("")) == bool(true))
        #expect(call(.contains, plain("foo"), plain("x")) == bool(false))
        #expect(call(.strStarts, plain("foobar"), plain("foo")) == bool(true))
        #expect(call(.strStarts, plain("foobar"), plain("bar")) == bool(false))
        #expect(call(.strEnds, lang("foobar", "en"), plain("bar")) == bool(true))
        #expect(call(.strEnds, plain("食べ物"), plain("物")) == bool(true))
    }

    @Test("STRBEFORE/STRAFTER result tags (W3C strbefore01a, strafter02)")
    func beforeAfter() {
        #expect(call(.strBefore, plain("abc"), plain("b")) == plain("a"))
        #expect(call(.strBefore, lang("abc", "en"), plain("bc")) == lang("a", "en"))
        #expect(call(.strBefore, lang("abc", "en"), plain("")) == lang("", "en"))
        #expect(call(.strBefore, lang("abc", "en"), plain("xyz")) == plain(""))
        #expect(call(.strBefore, xstr("abc"), xstr("c")) == xstr("ab"))
        #expect(call(.strAfter, plain("abc"), plain("b")) == plain("c"))
        #expect(call(.strAfter, lang("abc", "en"), lang("", "en")) == lang("abc", "en"))
        #expect(call(.strAfter, lang("abc", "en"), xstr("xyz")) == plain(""))
        #expect(call(.strAfter, plain("abc"), lang("b", "cy")) == nil)
        #expect(call(.strAfter, plain("食べ物"), plain("べ")) == plain("物"))
    }

    @Test("CONCAT (W3C concat01, concat02, concat-empty)")
    func concat() {
        #expect(call(.concat) == plain(""))
        #expect(call(.concat, plain("a")) == plain("a"))
        #expect(call(.concat, xstr("abc"), xstr("def")) == plain("abcdef"))
        #expect(call(.concat, lang("english", "en"), lang("english", "en")) == lang("englishenglish", "en"))
        #expect(call(.concat, plain("123"), lang("english", "en")) == plain("123english"))
        #expect(call(.concat, lang("a", "en"), lang("b", "fr")) == plain("ab"))
        #expect(call(.concat, plain("a"), int("7")) == nil)
    }

    @Test func regex() {
        #expect(call(.regex, plain("abcd"), plain("b.d")) == bool(true))
        #expect(call(.regex, plain("ABC"), plain("^abc$"), plain("i")) == bool(true))
        #expect(call(.regex, plain("ABC"), plain("^abc$")) == bool(false))
        #expect(call(.regex, lang("chat", "fr"), plain("^ch")) == bool(true))
        #expect(call(.regex, plain("a\nb"), plain("a.b")) == bool(false))
        #expect(call(.regex, plain("a\nb"), plain("a.b"), plain("s")) == bool(true))
        #expect(call(.regex, plain("a\nb"), plain("^b$"), plain("m")) == bool(true))
        #expect(call(.regex, plain("a\nb"), plain("^b$")) == bool(false))
        #expect(call(.regex, plain("abc\n"), plain("abc$")) == bool(false))
        #expect(call(.regex, plain("hello world"), plain("hello world"), plain("x")) == bool(false))
        #expect(call(.regex, plain("helloworld"), plain("hello world"), plain("x")) == bool(true))
        #expect(call(.regex, plain("hello world"), plain("o w")) == bool(true))
        #expect(call(.regex, plain("helloworld"), plain("o w")) == bool(false))
        #expect(call(.regex, plain("tab\there"), plain("b\th")) == bool(true))
        #expect(call(.regex, plain("e"), plain("[a-z-[aeiou]]")) == bool(false))
        #expect(call(.regex, plain("x"), plain("[a-z-[aeiou]]")) == bool(true))
        #expect(call(.regex, plain("_name"), plain("^\\i\\c*$")) == bool(true))
        #expect(call(.regex, plain("1name"), plain("^\\i\\c*$")) == bool(false))
        #expect(call(.regex, plain("a [b] c"), plain("[ b]"), plain("x")) == bool(true))
        #expect(call(.regex, plain("a.b*c"), plain(".b*"), plain("q")) == bool(true))
        #expect(call(.regex, plain("axbc"), plain(".b*"), plain("q")) == bool(false))
        #expect(call(.regex, plain("abc"), plain("(")) == nil)
        #expect(call(.regex, plain("abc"), plain("a"), plain("g")) == nil)
        #expect(call(.regex, int("1"), plain("1")) == nil)
    }

    @Test("REPLACE (W3C replace01–03, replace-case-insensitive)")
    func replace() {
        #expect(call(.replace, plain("abcd"), plain("b"), plain("Z")) == plain("aZcd"))
        #expect(call(.replace, lang("abab", "en"), plain("B"), plain("Z"), plain("i")) == lang("aZaZ", "en"))
        #expect(call(.replace, plain("abcd"), plain("(ab)|(a)"), plain("[1=$1][2=$2]")) == plain("[1=ab][2=]cd"))
        #expect(call(.replace, plain("a.b"), plain("."), plain("!"), plain("q")) == plain("a!b"))
        #expect(call(.replace, plain("abc"), plain("b"), plain("\\$x\\\\")) == plain("a$x\\c"))
        #expect(call(.replace, plain("abc"), plain("x*"), plain("-")) == nil)
        #expect(call(.replace, plain("abc"), plain("b"), plain("$")) == nil)
        #expect(call(.replace, plain("食べ物"), plain("べ"), plain("")) == plain("食物"))
    }
}
