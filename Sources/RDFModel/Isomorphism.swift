// Graph and dataset isomorphism (RDF 1.1 Concepts, section 3.6 "Graph Comparison").

/// Decides whether two RDF graphs or datasets are equal up to a renaming of blank nodes.
///
/// Inputs are treated as sets: duplicate quads count once. Blank nodes may stand in any
/// position, graph names included. Quads without blank nodes must match exactly; the rest are
/// matched by colour refinement (each blank node is coloured by the colours of its
/// neighbourhood until the partition is stable), and only nodes left with equal colours are
/// tried against each other, with backtracking. Every bijection found is checked quad by quad,
/// so a hash collision can slow the search down but never make it answer wrongly.
///
/// ```swift
/// let a = [Quad(.blank("x"), .iri("http://example.org/p"), .iri("http://example.org/o"))]
/// let b = [Quad(.blank("y"), .iri("http://example.org/p"), .iri("http://example.org/o"))]
/// Isomorphism.areIsomorphic(a, b)        // true
/// Isomorphism.bijection(from: a, to: b)  // [_:x: _:y]
/// ```
public enum Isomorphism {
    /// True when the two sets of quads are equal up to blank-node relabelling.
    public static func areIsomorphic<A: Sequence<Quad>, B: Sequence<Quad>>(_ a: A, _ b: B) -> Bool {
        bijection(from: a, to: b) != nil
    }

    /// True when the two sets of triples (graphs) are equal up to blank-node relabelling.
    public static func areIsomorphic<A: Sequence<Triple>, B: Sequence<Triple>>(_ a: A, _ b: B) -> Bool {
        bijection(from: a, to: b) != nil
    }

    /// A blank-node bijection that maps the triples of `a` exactly onto those of `b`, or nil.
    public static func bijection<A: Sequence<Triple>, B: Sequence<Triple>>(from a: A, to b: B) -> [BlankNode: BlankNode]? {
        bijection(from: a.lazy.map { Quad($0.subject, $0.predicate, $0.object) },
                  to: b.lazy.map { Quad($0.subject, $0.predicate, $0.object) })
    }

    /// A blank-node bijection that maps the quads of `a` exactly onto those of `b`, or nil
    /// when the two are not isomorphic.
    public static func bijection<A: Sequence<Quad>, B: Sequence<Quad>>(from a: A, to b: B) -> [BlankNode: BlankNode]? {
        let setA = Set(a)
        let setB = Set(b)
        guard setA.count == setB.count else { return nil }

        // Quads without blank nodes must be the same on both sides.
        var groundA = 0
        var blankQuadsA: [Quad] = []
        for q in setA {
            if q.hasBlankNode { blankQuadsA.append(q) } else {
                guard setB.contains(q) else { return nil }
                groundA += 1
            }
        }
        var blankQuadsB: [Quad] = []
        blankQuadsB.reserveCapacity(blankQuadsA.count)
        for q in setB where q.hasBlankNode { blankQuadsB.append(q) }
        guard blankQuadsA.count == blankQuadsB.count, groundA + blankQuadsA.count == setB.count else { return nil }
        if blankQuadsA.isEmpty { return [:] }

        let sideA = IsomorphismSide(blankQuadsA)
        let sideB = IsomorphismSide(blankQuadsB)
        guard sideA.nodeCount == sideB.nodeCount else { return nil }
        var search = IsomorphismSearch(sideA, sideB)
        guard let mapping = search.run(verify: { mapping in
            for q in blankQuadsA where !setB.contains(sideA.quad(q, mappedBy: mapping, to: sideB)) {
                return false
            }
            return true
        }) else { return nil }
        var result: [BlankNode: BlankNode] = [:]
        result.reserveCapacity(mapping.count)
        for (i, j) in mapping.enumerated() { result[sideA.nodes[i]] = sideB.nodes[j] }
        return result
    }
}

extension Quad {
    /// True when a blank node stands in any position, graph name included.
    var hasBlankNode: Bool {
        subject.isBlank || object.isBlank || predicate.isBlank || (graph.term?.isBlank ?? false)
    }
}

// MARK: - One side of the comparison

/// The quads of one side that hold blank nodes, in a form that colour refinement can walk fast:
/// four slots per quad, each a blank-node index or the hash of a ground term.
struct IsomorphismSide {
    /// The blank nodes, by index.
    var nodes: [BlankNode] = []
    /// Blank node to index.
    var nodeIndex: [BlankNode: Int32] = [:]
    /// Per quad slot: the blank-node index, or -1 for a ground term.
    var slotNode: [Int32] = []
    /// Per quad slot: the hash of the ground term (0 for blank slots).
    var slotHash: [UInt64] = []
    /// Compressed adjacency: the quads of node `i` are `nodeQuads[nodeQuadStart[i] ..< nodeQuadStart[i + 1]]`.
    var nodeQuadStart: [Int] = []
    var nodeQuads: [Int32] = []

    var nodeCount: Int { nodes.count }
    var quadCount: Int { slotNode.count / 4 }

    init(_ quads: [Quad]) {
        slotNode.reserveCapacity(quads.count * 4)
        slotHash.reserveCapacity(quads.count * 4)
        func add(_ term: Term?) {
            switch term {
            case .blank(let b)?:
                if let i = nodeIndex[b] {
                    slotNode.append(i)
                } else {
                    let i = Int32(nodes.count)
                    nodeIndex[b] = i
                    nodes.append(b)
                    slotNode.append(i)
                }
                slotHash.append(0)
            case let t?:
                slotNode.append(-1)
                slotHash.append(UInt64(bitPattern: Int64(t.hashValue)))
            case nil:
                slotNode.append(-1)
                slotHash.append(Self.defaultGraphHash)
            }
        }
        for q in quads {
            add(q.subject); add(q.predicate); add(q.object); add(q.graph.term)
        }
        // Adjacency, each quad listed once per distinct node in it.
        var degree = [Int](repeating: 0, count: nodes.count + 1)
        forEachDistinctNode { _, n in degree[n + 1] += 1 }
        for i in 0..<nodes.count { degree[i + 1] += degree[i] }
        nodeQuadStart = degree
        nodeQuads = [Int32](repeating: 0, count: degree[nodes.count])
        var fill = degree
        forEachDistinctNode { q, n in
            nodeQuads[fill[n]] = Int32(q)
            fill[n] += 1
        }
    }

    static let defaultGraphHash: UInt64 = 0x6A09_E667_F3BC_C908

    private func forEachDistinctNode(_ body: (Int, Int) -> Void) {
        for q in 0..<quadCount {
            let base = q * 4
            for k in 0..<4 {
                let n = slotNode[base + k]
                guard n >= 0 else { continue }
                var seen = false
                for j in 0..<k where slotNode[base + j] == n { seen = true }
                if !seen { body(q, Int(n)) }
            }
        }
    }

    /// The quad `q` (a quad of this side) with its blank nodes replaced through `mapping` by
    /// nodes of `other`.
    func quad(_ q: Quad, mappedBy mapping: [Int], to other: IsomorphismSide) -> Quad {
        func map(_ t: Term) -> Term {
            guard case .blank(let b) = t, let i = nodeIndex[b] else { return t }
            return .blank(other.nodes[mapping[Int(i)]])
        }
        let graph: GraphName
        if case .named(let g) = q.graph { graph = .named(map(g)) } else { graph = .defaultGraph }
        return Quad(map(q.subject), map(q.predicate), map(q.object), graph)
    }
}
