import RDFModel

/// Renders results as an aligned table for terminals, measuring text in display columns (CJK
/// and other wide characters count two, combining marks none; see ``EastAsianWidth``) and
/// cutting long values with an ellipsis.
///
/// ```swift
/// let table = TextTableWriter(maxColumnWidth: 30, prefixes: ["ex": "http://example.org/"])
/// print(table.render(results))
/// // ┌──────────┬────────┐
/// // │ ?s       │ ?name  │
/// // ├──────────┼────────┤
/// // │ ex:zhang │ "张伟" │
/// // └──────────┴────────┘
/// ```
public struct TextTableWriter: Sendable {
    /// Box-drawing characters or plain ASCII.
    public enum Style: Sendable { case unicode, ascii }

    /// The widest a column may get, in display columns (at least 2).
    public var maxColumnWidth: Int
    /// The border style.
    public var style: Style
    private let syntax: TermSyntax

    /// Creates a table writer; `prefixes` abbreviate IRIs.
    public init(maxColumnWidth: Int = 50, style: Style = .unicode, prefixes: [String: String] = [:]) {
        self.maxColumnWidth = max(2, maxColumnWidth)
        self.style = style
        self.syntax = TermSyntax(prefixes: prefixes)
    }

    /// The table for any result: solutions by variable, ASK as one `?boolean` cell, graphs as
    /// subject/predicate/object columns.
    public func render(_ results: QueryResults) -> String {
        switch results {
        case .solutions(let variables, let rows):
            return render(header: variables.map { "?" + $0 },
                          rows: rows.map { row in variables.map { row[$0].map(syntax.string) ?? "" } })
        case .stream(let variables, let rows):
            return render(.solutions(variables: variables, rows: Array(rows)))
        case .boolean(let b):
            return render(header: ["?boolean"], rows: [[String(b)]])
        case .graph(let triples):
            return render(header: ["subject", "predicate", "object"],
                          rows: triples.map { [syntax.string($0.subject), syntax.string($0.predicate), syntax.string($0.object)] })
        }
    }

    /// A table of already formatted cells.
    public func render(header: [String], rows: [[String]]) -> String {
        let cells = ([header] + rows).map { $0.map { truncated(sanitized($0)) } }
        var widths = header.map { _ in 0 }
        for row in cells {
            for (i, c) in row.enumerated() where i < widths.count {
                widths[i] = max(widths[i], EastAsianWidth.columns(of: c))
            }
        }
        let (h, v, corners) = style == .unicode
            ? ("─", "│", [["┌", "┬", "┐"], ["├", "┼", "┤"], ["└", "┴", "┘"]])
            : ("-", "|", [["+", "+", "+"], ["+", "+", "+"], ["+", "+", "+"]])
        func rule(_ k: Int) -> String {
            corners[k][0] + widths.map { String(repeating: h, count: $0 + 2) }.joined(separator: corners[k][1]) + corners[k][2] + "\n"
        }
        func line(_ row: [String]) -> String {
            var s = v
            for (i, w) in widths.enumerated() {
                let c = i < row.count ? row[i] : ""
                s += " " + c + String(repeating: " ", count: w - EastAsianWidth.columns(of: c)) + " " + v
            }
            return s + "\n"
        }
        var out = rule(0) + line(cells[0]) + rule(1)
        for row in cells.dropFirst() { out += line(row) }
        return out + rule(2)
    }

    /// Control characters would break the layout; show them escaped.
    private func sanitized(_ s: String) -> String {
        guard s.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) else { return s }
        var out = ""
        for c in s.unicodeScalars {
            switch c {
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default: if c.value < 0x20 || c.value == 0x7F { out += "\u{FFFD}" } else { out.unicodeScalars.append(c) }
            }
        }
        return out
    }

    /// Cuts a cell to `maxColumnWidth` columns, ending in "…" when cut (never splitting a wide
    /// character across the limit).
    func truncated(_ s: String) -> String {
        guard EastAsianWidth.columns(of: s) > maxColumnWidth else { return s }
        var out = ""
        var used = 0
        for ch in s {
            let w = EastAsianWidth.columns(of: String(ch))
            if used + w > maxColumnWidth - 1 { break }
            out.append(ch)
            used += w
        }
        return out + "…"
    }
}
