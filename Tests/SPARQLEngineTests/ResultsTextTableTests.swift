import RDFModel
import Testing
@testable import SPARQLResults

@Suite("Terminal tables")
struct ResultsTextTableTests {
    @Test("East Asian Width", arguments: [
        ("abc", 3), ("张伟", 4), ("日本語", 6), ("ｶﾀｶﾅ", 4), ("ＡＢ", 4), ("한국", 4), ("e\u{301}", 1),
        ("\u{1F600}", 2), ("é", 1), ("", 0), ("a\u{200B}b", 2),
    ])
    func widths(text: String, columns: Int) {
        #expect(EastAsianWidth.columns(of: text) == columns)
    }

    @Test func alignsWideCharacters() {
        let results = QueryResults.solutions(variables: ["s", "name"], rows: [
            ["s": .iri("http://example.org/zhang"), "name": .literal(Literal("张伟"))],
            ["s": .iri("http://example.org/ada"), "name": .literal(Literal("Ada", language: "en"))],
            ["s": .blank("b0")],
        ])
        let table = TextTableWriter(prefixes: ["ex": "http://example.org/"]).render(results)
        #expect(table == """
        ┌──────────┬──────────┐
        │ ?s       │ ?name    │
        ├──────────┼──────────┤
        │ ex:zhang │ "张伟"   │
        │ ex:ada   │ "Ada"@en │
        │ _:b0     │          │
        └──────────┴──────────┘

        """)
        for line in table.split(separator: "\n") {
            #expect(EastAsianWidth.columns(of: line) == 23)
        }
    }

    @Test func truncatesWithEllipsis() {
        let w = TextTableWriter(maxColumnWidth: 6)
        #expect(w.truncated("abcdefgh") == "abcde…")
        #expect(w.truncated("abcdef") == "abcdef")
        #expect(w.truncated("张伟张伟张伟") == "张伟…")
        let table = TextTableWriter(maxColumnWidth: 8, style: .ascii)
            .render(.solutions(variables: ["x"], rows: [["x": .literal(Literal("一二三四五六七八九十"))]]))
        #expect(table == "+----------+\n| ?x       |\n+----------+\n| \"一二三… |\n+----------+\n")
    }

    @Test func booleansGraphsAndControlCharacters() {
        let ask = TextTableWriter(style: .ascii).render(.boolean(true))
        #expect(ask.contains("| true     |"))
        let g = TextTableWriter(style: .ascii).render(.graph([Triple(.iri("http://a"), .iri("http://b"), .literal(Literal("x\ty")))]))
        #expect(g.contains("\"x\\ty\""))
        #expect(!TextTableWriter().render(.solutions(variables: ["x"], rows: [["x": .literal(Literal("a\u{1}b"))]])).contains("\u{1}"))
    }
}
