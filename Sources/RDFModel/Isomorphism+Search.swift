// Colour refinement with individualisation and backtracking, the engine behind `Isomorphism`.

/// Searches a blank-node bijection between two sides of equal size.
///
/// Both sides are coloured in lockstep with the same hash function, so a node and its image under
/// any isomorphism always carry the same colour (the colouring is isomorphism-invariant). After
/// every refinement round the colour counts of the two sides must agree, or no isomorphism
/// exists below this point of the search. When refinement is stable and some colour still holds
/// several nodes, one node of side A is paired in turn with each node of that colour in side B
/// (both get a fresh colour) and refinement runs again; a trail of colour changes undoes a
/// failed pairing. Refinement is incremental: only nodes next to a node whose class split are
/// recoloured, which keeps long blank-node chains (RDF lists) linear rather than quadratic.
struct IsomorphismSearch {
    private let sides: [IsomorphismSide]
    private let n: Int
    /// Colours, side A at `0 ..< n`, side B at `n ..< 2n`.
    private var colour: [UInt64]
    /// Per colour: how many nodes of each side carry it. Colours with no node are removed.
    private var balance: [UInt64: ColourCount] = [:]
    /// Colour changes, in order, for undoing: (slot in `colour`, previous colour).
    private var trail: [(slot: Int, old: UInt64)] = []
    /// Marks nodes already queued in the current round.
    private var stamp: [Int]
    private var round = 0

    private struct ColourCount: Equatable {
        var a: Int32 = 0
        var b: Int32 = 0
    }

    private struct Choice {
        var trailMark: Int
        var node: Int
        var classColour: UInt64
        var candidates: [Int]
        var next = 0
    }

    init(_ a: IsomorphismSide, _ b: IsomorphismSide) {
        precondition(a.nodeCount == b.nodeCount)
        sides = [a, b]
        n = a.nodeCount
        colour = [UInt64](repeating: Self.initialColour, count: 2 * n)
        stamp = [Int](repeating: 0, count: 2 * n)
        balance[Self.initialColour] = ColourCount(a: Int32(n), b: Int32(n))
    }

    private static let initialColour: UInt64 = 0x243F_6A88_85A3_08D3
    private static let selfMarker: UInt64 = 0x1319_8A2E_0370_7344

    /// Runs the search; `verify` checks a candidate mapping (A index → B index) against the quads.
    mutating func run(verify: ([Int]) -> Bool) -> [Int]? {
        guard refine(Array(0 ..< 2 * n)) else { return nil }
        var choices: [Choice] = []
        while true {
            if balance.count == n {
                // Every colour names one node on each side: a candidate bijection.
                var nodeB: [UInt64: Int] = [:]
                nodeB.reserveCapacity(n)
                for j in 0 ..< n { nodeB[colour[n + j]] = j }
                let mapping = (0 ..< n).map { nodeB[colour[$0]]! }
                if verify(mapping) { return mapping }
            } else {
                choices.append(choose(after: choices.last?.classColour))
            }
            // Pair the next candidate of the innermost open choice, backtracking as needed.
            while true {
                guard var choice = choices.last else { return nil }
                undo(to: choice.trailMark)
                guard choice.next < choice.candidates.count else {
                    choices.removeLast()
                    continue
                }
                let b = choice.candidates[choice.next]
                choice.next += 1
                choices[choices.count - 1] = choice
                let fresh = mix(choice.classColour ^ mix(0x9E37_79B9 &+ UInt64(choices.count)))
                setColour(choice.node, fresh)
                setColour(n + b, fresh)
                if refine(neighbours(of: [choice.node, n + b])) { break }
            }
        }
    }

    // MARK: - Choosing where to branch

    /// Picks the class to branch on: the previous one while it still holds several nodes (so a
    /// large class of interchangeable nodes is split without rescanning), else the smallest.
    private func choose(after previous: UInt64?) -> Choice {
        var target: UInt64
        if let previous, let count = balance[previous], count.a > 1 {
            target = previous
        } else {
            target = 0
            var best = Int32.max
            for (c, count) in balance where count.a > 1 && count.a < best {
                best = count.a
                target = c
                if best == 2 { break }
            }
        }
        var node = -1
        var candidates: [Int] = []
        for i in 0 ..< n where colour[i] == target {
            node = i
            break
        }
        for j in 0 ..< n where colour[n + j] == target { candidates.append(j) }
        return Choice(trailMark: trail.count, node: node, classColour: target, candidates: candidates)
    }

    // MARK: - Refinement

    /// Recolours `dirty` (slots in `colour`) and whatever their changes reach, until stable.
    /// Returns false when the two sides' colour counts disagree.
    private mutating func refine(_ initial: [Int]) -> Bool {
        var dirty = initial
        while !dirty.isEmpty {
            // Compute every new colour from the current colouring before applying any.
            var updates: [(slot: Int, colour: UInt64)] = []
            updates.reserveCapacity(dirty.count)
            var groups: [UInt64: [UInt64: Int32]] = [:]
            for slot in dirty {
                let c = recolour(slot)
                updates.append((slot, c))
                groups[colour[slot], default: [:]][c, default: 0] += 1
            }
            // Which recomputed group of each class keeps the class's colour. When the whole class
            // was recomputed, its largest group keeps it (ties go to the smaller new colour), so
            // only the smaller parts change and wake their neighbours, as in Hopcroft's
            // minimisation; a class that did not split changes nothing. When part of the class
            // was not recomputed, that part keeps the colour and every recomputed group moves.
            // Both rules depend only on colours and counts over both sides, so the colouring
            // stays isomorphism-invariant.
            var kept: [UInt64: UInt64] = [:]
            for (old, byNew) in groups {
                guard let count = balance[old] else { continue }
                var recomputed: Int32 = 0
                var keep = old
                var keepSize: Int32 = -1
                for (c, size) in byNew {
                    recomputed += size
                    if size > keepSize || (size == keepSize && c < keep) {
                        keep = c
                        keepSize = size
                    }
                }
                if recomputed == count.a + count.b { kept[old] = keep }
            }
            var changed: [Int] = []
            var touched: [UInt64] = []
            for (slot, c) in updates {
                let old = colour[slot]
                guard c != old, kept[old] != c else { continue }
                setColour(slot, c)
                changed.append(slot)
                touched.append(old)
                touched.append(c)
            }
            for c in touched where balance[c].map({ $0.a != $0.b }) ?? false { return false }
            dirty = neighbours(of: changed)
        }
        return true
    }

    /// The new colour of one node: its colour mixed with the multiset of its quads' signatures,
    /// each signature naming the ground terms, the other nodes' colours and this node's places.
    private func recolour(_ slot: Int) -> UInt64 {
        let s = slot < n ? 0 : 1
        let offset = s * n
        let node = Int32(slot - offset)
        let side = sides[s]
        var sum: UInt64 = 0
        let start = side.nodeQuadStart[Int(node)]
        let end = side.nodeQuadStart[Int(node) + 1]
        for k in start ..< end {
            let base = Int(side.nodeQuads[k]) * 4
            var h: UInt64 = 0xA409_3822_299F_31D0
            for p in 0 ..< 4 {
                let other = side.slotNode[base + p]
                let v: UInt64
                if other < 0 {
                    v = side.slotHash[base + p]
                } else if other == node {
                    v = Self.selfMarker
                } else {
                    v = colour[offset + Int(other)]
                }
                h = mix((h ^ v) &+ UInt64(p))
            }
            sum = sum &+ mix(h)
        }
        return mix(colour[slot] ^ mix(sum &+ UInt64(end - start)))
    }

    /// Every node sharing a quad with one of the changed slots, each once.
    private mutating func neighbours(of changed: [Int]) -> [Int] {
        round += 1
        var out: [Int] = []
        for slot in changed {
            let offset = slot < n ? 0 : n
            let side = sides[offset == 0 ? 0 : 1]
            let node = slot - offset
            for k in side.nodeQuadStart[node] ..< side.nodeQuadStart[node + 1] {
                let base = Int(side.nodeQuads[k]) * 4
                for p in 0 ..< 4 {
                    let other = side.slotNode[base + p]
                    // A node's own colour is not part of its signature (it appears there as
                    // `selfMarker`), so a change never wakes the node itself.
                    guard other >= 0, Int(other) != node else { continue }
                    let o = offset + Int(other)
                    if stamp[o] != round {
                        stamp[o] = round
                        out.append(o)
                    }
                }
            }
        }
        return out
    }

    // MARK: - Colour bookkeeping

    private mutating func setColour(_ slot: Int, _ c: UInt64) {
        let old = colour[slot]
        trail.append((slot, old))
        move(slot, from: old, to: c)
    }

    private mutating func move(_ slot: Int, from old: UInt64, to c: UInt64) {
        colour[slot] = c
        let isA = slot < n
        if var count = balance[old] {
            if isA { count.a -= 1 } else { count.b -= 1 }
            if count.a == 0 && count.b == 0 { balance[old] = nil } else { balance[old] = count }
        }
        var count = balance[c] ?? ColourCount()
        if isA { count.a += 1 } else { count.b += 1 }
        balance[c] = count
    }

    private mutating func undo(to mark: Int) {
        while trail.count > mark {
            let (slot, old) = trail.removeLast()
            move(slot, from: colour[slot], to: old)
        }
    }
}

/// The splitmix64 finaliser: a fast, well-spread 64-bit mix.
@inline(__always)
private func mix(_ x: UInt64) -> UInt64 {
    var z = x &+ 0x9E37_79B9_7F4A_7C15
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
}
