import RDFModel

// Comparing results the way the W3C test suites require: rows as a multiset (or in order),
// variables as a set, and blank nodes up to a consistent renaming.

extension QueryResults {
    /// True when the two results say the same thing: equal booleans; or the same variables
    /// (in any order) and the same rows, as a multiset unless `ordered`, with one bijection
    /// between the blank nodes of the two sides applied to every row; or isomorphic graphs.
    ///
    /// `normalize` is applied to every term first; pass a canonicaliser to compare numbers by
    /// value (`"1.0"^^xsd:decimal` against `"1"^^xsd:decimal`). Streamed results are read to
    /// the end (see ``materialized()``); a stream that failed is never equivalent.
    ///
    /// ```swift
    /// let expected = try QueryResults.parse(srx, format: .xml)
    /// #expect(actual.isEquivalent(to: expected))
    /// ```
    public func isEquivalent(to other: QueryResults, ordered: Bool = false,
                             normalize: (Term) -> Term = { $0 }) -> Bool {
        guard let a = try? materialized(), let b = try? other.materialized() else { return false }
        switch (a, b) {
        case (.boolean(let x), .boolean(let y)):
            return x == y
        case (.solutions(let va, let ra), .solutions(let vb, let rb)):
            guard Set(va) == Set(vb), ra.count == rb.count else { return false }
            let variables = va.sorted()
            let rowsA = ra.map { row in variables.map { row[$0].map(normalize) } }
            let rowsB = rb.map { row in variables.map { row[$0].map(normalize) } }
            var matcher = RowMatcher(rowsA, rowsB, ordered: ordered)
            return matcher.match()
        case (.graph(let ta), .graph(let tb)):
            let rowsA = Array(Set(ta)).map { [$0.subject, $0.predicate, $0.object].map { Optional(normalize($0)) } }
            let rowsB = Array(Set(tb)).map { [$0.subject, $0.predicate, $0.object].map { Optional(normalize($0)) } }
            guard rowsA.count == rowsB.count else { return false }
            var matcher = RowMatcher(rowsA, rowsB, ordered: false)
            return matcher.match()
        default:
            return false
        }
    }
}

/// Backtracking search for a row matching under one blank-node bijection. Rows are first
/// bucketed by their shape with blank nodes blanked out, so only same-shaped rows are tried.
private struct RowMatcher {
    typealias Row = [Term?]
    let a: [Row]
    let b: [Row]
    let ordered: Bool
    private var forward: [String: String] = [:]
    private var backward: [String: String] = [:]
    private var used: [Bool]

    init(_ a: [Row], _ b: [Row], ordered: Bool) {
        self.a = a
        self.b = b
        self.ordered = ordered
        used = Array(repeating: false, count: b.count)
    }

    static func shape(_ row: Row) -> String {
        row.map { t in
            switch t {
            case nil: return "-"
            case .blank?: return "_"
            case let t?: return t.ntriples
            }
        }.joined(separator: "\u{1}")
    }

    mutating func match() -> Bool {
        if ordered {
            for (x, y) in zip(a, b) where !bind(x, y) { return false }
            return true
        }
        var buckets: [String: [Int]] = [:]
        for (i, row) in b.enumerated() { buckets[Self.shape(row), default: []].append(i) }
        // Rows without blank nodes must match exactly; check those cheaply first.
        var order: [(row: Int, candidates: [Int])] = []
        for (i, row) in a.enumerated() {
            guard let c = buckets[Self.shape(row)] else { return false }
            order.append((i, c))
        }
        order.sort { $0.candidates.count < $1.candidates.count }
        return search(order[...])
    }

    private mutating func search(_ rest: ArraySlice<(row: Int, candidates: [Int])>) -> Bool {
        guard let first = rest.first else { return true }
        let row = a[first.row]
        for j in first.candidates where !used[j] {
            let savedForward = forward, savedBackward = backward
            if bind(row, b[j]) {
                used[j] = true
                if search(rest.dropFirst()) { return true }
                used[j] = false
            }
            forward = savedForward
            backward = savedBackward
        }
        return false
    }

    /// Extends the bijection so that `x` maps onto `y`; false when it cannot.
    private mutating func bind(_ x: Row, _ y: Row) -> Bool {
        guard x.count == y.count else { return false }
        for (s, t) in zip(x, y) {
            switch (s, t) {
            case (nil, nil): continue
            case (.blank(let p)?, .blank(let q)?):
                if let m = forward[p.label] { if m != q.label { return false } else { continue } }
                if backward[q.label] != nil { return false }
                forward[p.label] = q.label
                backward[q.label] = p.label
            default:
                if s != t { return false }
            }
        }
        return true
    }
}
