import Testing
import RDFModel

private let p = Term.iri("http://example.org/p")
private let q = Term.iri("http://example.org/q")
private let o = Term.iri("http://example.org/o")
private func b(_ label: String) -> Term { .blank(label) }
private func lit(_ s: String) -> Term { .literal(Literal(s)) }

/// A small deterministic generator (splitmix64), so that failures reproduce.
private struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Renames every blank node (in every position) with `rename`.
private func relabel(_ quads: [Quad], _ rename: (String) -> String) -> [Quad] {
    func r(_ t: Term) -> Term {
        if case .blank(let n) = t { return .blank(rename(n.label)) }
        return t
    }
    return quads.map { quad in
        let g: GraphName
        if case .named(let t) = quad.graph { g = .named(r(t)) } else { g = .defaultGraph }
        return Quad(r(quad.subject), r(quad.predicate), r(quad.object), g)
    }
}

/// A cycle of `length` blank nodes linked by `p`.
private func cycle(_ prefix: String, length: Int) -> [Triple] {
    (0 ..< length).map { Triple(b("\(prefix)\($0)"), p, b("\(prefix)\(($0 + 1) % length)")) }
}

@Suite("Isomorphism")
struct IsomorphismTests {
    @Test func groundGraphsCompareExactly() {
        let a = [Triple(o, p, lit("x")), Triple(o, q, lit("y"))]
        #expect(Isomorphism.areIsomorphic(a, a.reversed()))
        #expect(!Isomorphism.areIsomorphic(a, [Triple(o, p, lit("x")), Triple(o, q, lit("z"))]))
        #expect(!Isomorphism.areIsomorphic(a, [Triple(o, p, lit("x"))]))
    }

    @Test func emptyGraphs() {
        #expect(Isomorphism.areIsomorphic([Triple](), [Triple]()))
        #expect(Isomorphism.bijection(from: [Quad](), to: [Quad]()) == [:])
    }

    @Test func blankNodesAreRenamed() throws {
        let a = [Triple(b("x"), p, o), Triple(b("x"), q, b("y")), Triple(b("y"), p, lit("1"))]
        let c = [Triple(b("n2"), p, lit("1")), Triple(b("n1"), p, o), Triple(b("n1"), q, b("n2"))]
        let mapping = try #require(Isomorphism.bijection(from: a, to: c))
        #expect(mapping == [BlankNode("x"): BlankNode("n1"), BlankNode("y"): BlankNode("n2")])
    }

    @Test func duplicatesCountOnce() {
        let a = [Triple(b("x"), p, o), Triple(b("x"), p, o)]
        #expect(Isomorphism.areIsomorphic(a, [Triple(b("z"), p, o)]))
    }

    @Test func blankNodeCannotStandForIRIOrTwoNodes() {
        #expect(!Isomorphism.areIsomorphic([Triple(b("x"), p, o)], [Triple(o, p, o)]))
        // One node with two edges is not two nodes with one edge each.
        let one = [Triple(b("x"), p, o), Triple(b("x"), q, o)]
        let two = [Triple(b("x"), p, o), Triple(b("y"), q, o)]
        #expect(!Isomorphism.areIsomorphic(one, two))
    }

    @Test func selfLoopsAreDistinguished() {
        let loop = [Triple(b("x"), p, b("x")), Triple(b("y"), p, b("y"))]
        let swap = [Triple(b("x"), p, b("y")), Triple(b("y"), p, b("x"))]
        #expect(!Isomorphism.areIsomorphic(loop, swap))
        #expect(Isomorphism.areIsomorphic(loop, relabel(loop.map { Quad($0.subject, $0.predicate, $0.object) }) { $0 + "'" }.map(\.triple)))
    }

    @Test func regularGraphsNeedTheSearch() {
        // Every node of a 6-cycle and of two 3-cycles looks alike to colour refinement.
        let hexagon = cycle("h", length: 6)
        let triangles = cycle("a", length: 3) + cycle("b", length: 3)
        #expect(!Isomorphism.areIsomorphic(hexagon, triangles))
        #expect(Isomorphism.areIsomorphic(triangles, cycle("c", length: 3) + cycle("d", length: 3)))
        #expect(Isomorphism.areIsomorphic(hexagon, cycle("z", length: 6).reversed()))

        // The same at scale: 500 hexagons against 1,000 triangles, and 1,000 triangles
        // against a relabelled copy, where every pairing has to be tried or taken.
        let hexagons = (0 ..< 500).flatMap { cycle("h\($0)_", length: 6) }
        let manyTriangles = (0 ..< 1000).flatMap { cycle("t\($0)_", length: 3) }
        #expect(!Isomorphism.areIsomorphic(hexagons, manyTriangles))
        #expect(Isomorphism.areIsomorphic(manyTriangles, (0 ..< 1000).reversed().flatMap { cycle("u\($0)_", length: 3) }))
    }

    @Test func blankGraphNames() {
        let a = [Quad(b("s"), p, o, .named(b("g"))), Quad(b("g"), q, lit("named"))]
        let same = [Quad(b("g2"), q, lit("named")), Quad(b("s2"), p, o, .named(b("g2")))]
        let other = [Quad(b("s2"), p, o, .named(b("g2"))), Quad(b("g3"), q, lit("named"))]
        #expect(Isomorphism.areIsomorphic(a, same))
        #expect(!Isomorphism.areIsomorphic(a, other))
        // The default graph is not a named graph.
        #expect(!Isomorphism.areIsomorphic([Quad(b("s"), p, o)], [Quad(b("s"), p, o, .named(b("g")))]))
    }

    @Test func longListsAndInterchangeableNodes() {
        // An RDF list of 3,000 cells, plus 2,000 nodes that cannot be told apart.
        var quads: [Quad] = []
        let first = Term.iri(RDF.first.value), rest = Term.iri(RDF.rest.value), nilTerm = Term.iri(RDF.nil.value)
        for i in 0 ..< 3000 {
            quads.append(Quad(b("l\(i)"), first, lit("item")))
            quads.append(Quad(b("l\(i)"), rest, i == 2999 ? nilTerm : b("l\(i + 1)")))
        }
        for i in 0 ..< 2000 { quads.append(Quad(b("s\(i)"), p, lit("same"))) }
        var rng = SeededGenerator(state: 7)
        let renamed = relabel(quads) { "r" + String($0.reversed()) }.shuffled(using: &rng)
        #expect(Isomorphism.areIsomorphic(quads, renamed))
        var broken = renamed
        broken.removeLast()
        broken.append(Quad(b("extra"), p, lit("same"), .named(o)))
        #expect(!Isomorphism.areIsomorphic(quads, broken))
    }

    /// Small random graphs against a brute-force search over every bijection: the answers agree,
    /// for pairs that are relabellings of each other and for pairs that differ by one edit.
    @Test func agreesWithBruteForceOnSmallGraphs() {
        var rng = SeededGenerator(state: 1)
        let preds = [p, q]
        func randomGraph(nodes: Int, edges: Int) -> [Quad] {
            (0 ..< edges).map { _ in
                let s = b("n\(Int.random(in: 0 ..< nodes, using: &rng))")
                let o: Term = Int.random(in: 0 ..< 4, using: &rng) == 0 ? lit("x") : b("n\(Int.random(in: 0 ..< nodes, using: &rng))")
                let g: GraphName = Int.random(in: 0 ..< 5, using: &rng) == 0 ? .named(b("n\(Int.random(in: 0 ..< nodes, using: &rng))")) : .defaultGraph
                return Quad(s, preds[Int.random(in: 0 ..< 2, using: &rng)], o, g)
            }
        }
        func bruteForce(_ a: [Quad], _ c: [Quad]) -> Bool {
            let setA = Set(a), setC = Set(c)
            func blanks(_ qs: Set<Quad>) -> [String] {
                Set(qs.flatMap { [$0.subject, $0.object, $0.graph.term ?? o] }.compactMap { t -> String? in
                    if case .blank(let n) = t { return n.label } else { return nil }
                }).sorted()
            }
            let na = blanks(setA), nc = blanks(setC)
            guard na.count == nc.count, setA.count == setC.count else { return false }
            var perm = Array(0 ..< nc.count)
            func check() -> Bool {
                var map: [String: String] = [:]
                for (i, n) in na.enumerated() { map[n] = nc[perm[i]] }
                return Set(relabel(Array(setA)) { map[$0]! }) == setC
            }
            func permute(_ k: Int) -> Bool {
                if k == perm.count { return check() }
                for i in k ..< perm.count {
                    perm.swapAt(k, i)
                    if permute(k + 1) { return true }
                    perm.swapAt(k, i)
                }
                return false
            }
            return permute(0)
        }
        for trial in 0 ..< 300 {
            let nodes = Int.random(in: 1 ... 6, using: &rng)
            let a = randomGraph(nodes: nodes, edges: Int.random(in: 1 ... 12, using: &rng))
            let shuffled = (0 ..< nodes).shuffled(using: &rng)
            let renamed = relabel(a) { "m\(shuffled[Int($0.dropFirst())!])" }
            #expect(Isomorphism.areIsomorphic(a, renamed), "trial \(trial)")
            var edited = renamed
            edited[Int.random(in: 0 ..< edited.count, using: &rng)] = randomGraph(nodes: nodes, edges: 1)[0]
            let renamedEdited = relabel(edited) { "k" + $0 }
            #expect(Isomorphism.areIsomorphic(a, renamedEdited) == bruteForce(a, renamedEdited), "trial \(trial)")
        }
    }

    @Test func largeRandomDatasetIsQuick() throws {
        // About 100k quads over 5,000 blank nodes, some as graph names, checked against a
        // relabelled, shuffled copy and against a copy with one object changed.
        var rng = SeededGenerator(state: 42)
        let predicates = (0 ..< 20).map { Term.iri("http://example.org/p\($0)") }
        var quads: [Quad] = []
        quads.reserveCapacity(100_000)
        let nodes = 5000
        for _ in 0 ..< 100_000 {
            let s = b("n\(Int.random(in: 0 ..< nodes, using: &rng))")
            let pred = predicates[Int.random(in: 0 ..< predicates.count, using: &rng)]
            let obj: Term
            switch Int.random(in: 0 ..< 3, using: &rng) {
            case 0: obj = b("n\(Int.random(in: 0 ..< nodes, using: &rng))")
            case 1: obj = lit("v\(Int.random(in: 0 ..< 50, using: &rng))")
            default: obj = .iri("http://example.org/r\(Int.random(in: 0 ..< 1000, using: &rng))")
            }
            let g: GraphName = Int.random(in: 0 ..< 10, using: &rng) == 0 ? .named(b("n\(Int.random(in: 0 ..< 20, using: &rng))")) : .defaultGraph
            quads.append(Quad(s, pred, obj, g))
        }
        let renamed = relabel(quads) { "x" + $0 }.shuffled(using: &rng)
        let clock = ContinuousClock()
        let start = clock.now
        let mapping = try #require(Isomorphism.bijection(from: quads, to: renamed))
        #expect(mapping.count == Set(quads.flatMap { [$0.subject, $0.object, $0.graph.term ?? o] }.filter(\.isBlank)).count)
        var changed = renamed
        let last = changed.removeLast()
        changed.append(Quad(last.subject, last.predicate, lit("changed"), last.graph))
        #expect(!Isomorphism.areIsomorphic(quads, changed))
        let elapsed = clock.now - start
        #expect(elapsed < .seconds(30), "isomorphism of 100k quads took \(elapsed)")
    }
}
