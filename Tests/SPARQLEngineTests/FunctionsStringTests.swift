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
        #expect(call(.strlen, str("食べ物")) == int("3"))
        #expect(call(.strlen, lang("chat", "en")) == int("4"))
        #expect(call(.strlen, str("\u{1F600}x")) == int("2"))       // length01-non-bmp
        #expect(call(.strlen, str("e\u{301}")) == int("2"))          // combining mark is its own code point
        #expect(call(.strlen, int("1")) == nil)
    }

    @Test("SUBSTR (W3C substring01/02 and XPath edge cases)", arguments: [
        (str("foo"), int("1"), Optional(int("1")), Optional(str("f"))),
        (lang("bar", "en"), int("1"), int("1"), lang("b", "en")),
        (str("食べ物"), int("1"), int("1"), str("食")),
        (xstr("abc"), int("2"), nil, xstr("bc")),
        (str("12345"), dec("1.5"), dec("2.6"), str("234")),
        (str("12345"), int("0"), int("3"), str("12")),
        (str("12345"), int("5"), int("-3"), str("")),
        (str("12345"), int("-3"), int("5"), str("1")),
        (str("12345"), dbl("NaN"), int("3"), str("")),
        (str("12345"), int("-42"), dbl("INF"), str("12345")),
        (str("12345"), dbl("-INF"), dbl("INF"), str("")),
        (str("\u{1F600}ab"), int("2"), nil, str("ab")),
        (int("123"), int("1"), nil, nil),
        (str("abc"), str("1"), nil, nil),
    ] as [(Term, Term, Term?, Term?)])
    func substr(s: Term, start: Term, length: Term?, expected: Term?) {
        let args = [s, start] + (length.map { [$0] } ?? [])
        #expect(attempt { () throws(ExpressionError) in try FunctionLibrary.evaluate(.substr, args, context: c) } == expected)
    }

    @Test func caseMapping() {
        #expect(call(.ucase, lang("bar", "en")) == lang("BAR", "en"))
        #expect(call(.ucase, str("foo")) == str("FOO"))
        #expect(call(.lcase, xstr("DEF")) == xstr("def"))
        #expect(call(.ucase, str("straße")) == str("STRASSE"))
        #expect(call(.ucase, .iri("http://a")) == nil)
    }

    @Test func encodeForURI() {
        #expect(call(.encodeForURI, str("Los Angeles")) == str("Los%20Angeles"))
        #expect(call(.encodeForURI, lang("100%", "en")) == str("100%25"))
        #expect(call(.encodeForURI, str("食べ物")) == str("%E9%A3%9F%E3%81%B9%E7%89%A9"))
        #expect(call(.encodeForURI, str("~a-b_c.d/e")) == str("~a-b_c.d%2Fe"))
        #expect(call(.encodeForURI, str("\u{1F600}")) == str("%F0%9F%98%80"))
    }

    @Test("Argument compatibility (17.4.3.1.2)", arguments: [
        (str("abc"), str("b"), true), (str("abc"), xstr("b"), true), (lang("abc", "en"), str("b"), true),
        (lang("abc", "en"), lang("b", "en"), true), (lang("abc", "en"), lang("b", "fr"), false),
        (str("abc"), lang("b", "en"), false), (int("1"), str("1"), false), (str("abc"), .iri("b"), false),
    ] as [(Term, Term, Bool)])
    func compatibility(a: Term, b: Term, ok: Bool) {
        #expect((call(.contains, a, b) != nil) == ok)
        #expect((call(.strStarts, a, b) != nil) == ok)
        #expect((call(.strBefore, a, b) != nil) == ok)
        #expect((call(.strAfter, a, b) != nil) == ok)
    }

    @Test func containsStartsEnds() {
        #expect(call(.contains, str("foobar"), str("oba")) == bool(true))
        #expect(call(.contains, str("foobar"), str("")) == bool(true))
        #expect(call(.contains, str("foo"), str("x")) == bool(false))
        #expect(call(.strStarts, str("foobar"), str("foo")) == bool(true))
        #expect(call(.strStarts, str("foobar"), str("bar")) == bool(false))
        #expect(call(.strEnds, lang("foobar", "en"), str("bar")) == bool(true))
        #expect(call(.strEnds, str("食べ物"), str("物")) == bool(true))
    }

    @Test("STRBEFORE/STRAFTER result tags (W3C strbefore01a, strafter02)")
    func beforeAfter() {
        #expect(call(.strBefore, str("abc"), str("b")) == str("a"))
        #expect(call(.strBefore, lang("abc", "en"), str("bc")) == lang("a", "en"))
        #expect(call(.strBefore, lang("abc", "en"), str("")) == lang("", "en"))
        #expect(call(.strBefore, lang("abc", "en"), str("xyz")) == str(""))
        #expect(call(.strBefore, xstr("abc"), xstr("c")) == xstr("ab"))
        #expect(call(.strAfter, str("abc"), str("b")) == str("c"))
        #expect(call(.strAfter, lang("abc", "en"), lang("", "en")) == lang("abc", "en"))
        #expect(call(.strAfter, lang("abc", "en"), xstr("xyz")) == str(""))
        #expect(call(.strAfter, str("abc"), lang("b", "cy")) == nil)
        #expect(call(.strAfter, str("食べ物"), str("べ")) == str("物"))
    }

    @Test("CONCAT (W3C concat01, concat02, concat-empty)")
    func concat() {
        #expect(call(.concat) == str(""))
        #expect(call(.concat, str("a")) == str("a"))
        #expect(call(.concat, xstr("abc"), xstr("def")) == str("abcdef"))
        #expect(call(.concat, lang("english", "en"), lang("english", "en")) == lang("englishenglish", "en"))
        #expect(call(.concat, str("123"), lang("english", "en")) == str("123english"))
        #expect(call(.concat, lang("a", "en"), lang("b", "fr")) == str("ab"))
        #expect(call(.concat, str("a"), int("7")) == nil)
    }

    @Test func regex() {
        #expect(call(.regex, str("abcd"), str("b.d")) == bool(true))
        #expect(call(.regex, str("ABC"), str("^abc$"), str("i")) == bool(true))
        #expect(call(.regex, str("ABC"), str("^abc$")) == bool(false))
        #expect(call(.regex, lang("chat", "fr"), str("^ch")) == bool(true))
        #expect(call(.regex, str("a\nb"), str("a.b")) == bool(false))
        #expect(call(.regex, str("a\nb"), str("a.b"), str("s")) == bool(true))
        #expect(call(.regex, str("a\nb"), str("^b$"), str("m")) == bool(true))
        #expect(call(.regex, str("a\nb"), str("^b$")) == bool(false))
        #expect(call(.regex, str("abc\n"), str("abc$")) == bool(false))
        #expect(call(.regex, str("hello world"), str("hello world"), str("x")) == bool(false))
        #expect(call(.regex, str("helloworld"), str("hello world"), str("x")) == bool(true))
        #expect(call(.regex, str("hello world"), str("o w")) == bool(true))
        #expect(call(.regex, str("helloworld"), str("o w")) == bool(false))
        #expect(call(.regex, str("tab\there"), str("b\th")) == bool(true))
        #expect(call(.regex, str("e"), str("[a-z-[aeiou]]")) == bool(false))
        #expect(call(.regex, str("x"), str("[a-z-[aeiou]]")) == bool(true))
        #expect(call(.regex, str("_name"), str("^\\i\\c*$")) == bool(true))
        #expect(call(.regex, str("1name"), str("^\\i\\c*$")) == bool(false))
        #expect(call(.regex, str("a [b] c"), str("[ b]"), str("x")) == bool(true))
        #expect(call(.regex, str("a.b*c"), str(".b*"), str("q")) == bool(true))
        #expect(call(.regex, str("axbc"), str(".b*"), str("q")) == bool(false))
        #expect(call(.regex, str("abc"), str("(")) == nil)
        #expect(call(.regex, str("abc"), str("a"), str("g")) == nil)
        #expect(call(.regex, int("1"), str("1")) == nil)
    }

    @Test("REPLACE (W3C replace01–03, replace-case-insensitive)")
    func replace() {
        #expect(call(.replace, str("abcd"), str("b"), str("Z")) == str("aZcd"))
        #expect(call(.replace, lang("abab", "en"), str("B"), str("Z"), str("i")) == lang("aZaZ", "en"))
        #expect(call(.replace, str("abcd"), str("(ab)|(a)"), str("[1=$1][2=$2]")) == str("[1=ab][2=]cd"))
        #expect(call(.replace, str("a.b"), str("."), str("!"), str("q")) == str("a!b"))
        #expect(call(.replace, str("abc"), str("b"), str("\\$x\\\\")) == str("a$x\\c"))
        #expect(call(.replace, str("abc"), str("x*"), str("-")) == nil)
        #expect(call(.replace, str("abc"), str("b"), str("$")) == nil)
        #expect(call(.replace, str("食べ物"), str("べ"), str("")) == str("食物"))
    }
}
