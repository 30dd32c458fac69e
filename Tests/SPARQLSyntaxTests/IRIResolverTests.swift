@testable import SPARQLSyntax
import Testing

/// Relative IRI resolution against the examples of RFC 3986 section 5.4.
@Suite struct IRIResolverTests {
    static let base = "http://a/b/c/d;p?q"

    static let examples: [(String, String)] = [
        // 5.4.1 normal examples
        ("g:h", "g:h"), ("g", "http://a/b/c/g"), ("./g", "http://a/b/c/g"), ("g/", "http://a/b/c/g/"),
        ("/g", "http://a/g"), ("//g", "http://g"), ("?y", "http://a/b/c/d;p?y"), ("g?y", "http://a/b/c/g?y"),
        ("#s", "http://a/b/c/d;p?q#s"), ("g#s", "http://a/b/c/g#s"), ("g?y#s", "http://a/b/c/g?y#s"),
        (";x", "http://a/b/c/;x"), ("g;x", "http://a/b/c/g;x"), ("g;x?y#s", "http://a/b/c/g;x?y#s"),
        ("", "http://a/b/c/d;p?q"), (".", "http://a/b/c/"), ("./", "http://a/b/c/"), ("..", "http://a/b/"),
        ("../", "http://a/b/"), ("../g", "http://a/b/g"), ("../..", "http://a/"), ("../../", "http://a/"),
        ("../../g", "http://a/g"),
        // 5.4.2 abnormal examples
        ("../../../g", "http://a/g"), ("../../../../g", "http://a/g"), ("/./g", "http://a/g"),
        ("/../g", "http://a/g"), ("g.", "http://a/b/c/g."), (".g", "http://a/b/c/.g"), ("g..", "http://a/b/c/g.."),
        ("..g", "http://a/b/c/..g"), ("./../g", "http://a/b/g"), ("./g/.", "http://a/b/c/g/"),
        ("g/./h", "http://a/b/c/g/h"), ("g/../h", "http://a/b/c/h"), ("g;x=1/./y", "http://a/b/c/g;x=1/y"),
        ("g;x=1/../y", "http://a/b/c/y"), ("g?y/./x", "http://a/b/c/g?y/./x"), ("g?y/../x", "http://a/b/c/g?y/../x"),
        ("g#s/./x", "http://a/b/c/g#s/./x"), ("g#s/../x", "http://a/b/c/g#s/../x"), ("http:g", "http:g"),
    ]

    @Test("RFC 3986 section 5.4", arguments: examples)
    func resolves(_ reference: String, _ expected: String) {
        #expect(IRIResolver.resolve(reference, against: Self.base) == expected)
    }

    @Test func callerBaseAndBASE() throws {
        let q = try SPARQLParser.parseQuery("SELECT * { <x> <y> <../z> }", baseIRI: "file:///data/tests/q.rq")
        #expect(q.pattern.sse == "(project () (bgp (triple <file:///data/tests/x> <file:///data/tests/y> <file:///data/z>)))")
        #expect(q.baseIRI?.value == "file:///data/tests/q.rq")
        let r = try SPARQLParser.parseQuery("BASE <sub/> PREFIX p: <p#> SELECT * { p:a <b> 1 }", baseIRI: "http://ex/dir/q")
        #expect(r.pattern.sse == "(project () (bgp (triple <http://ex/dir/sub/p#a> <http://ex/dir/sub/b> 1)))")
        #expect(r.baseIRI?.value == "http://ex/dir/sub/")
    }
}
