import Foundation
import RDFModel
import Testing
@testable import QuadStore

/// Runs `body` against a RocksDB store in a temporary folder and against the memory engine.
func withEachEngine(_ body: (QuadStore, String) throws -> Void) throws {
    let folder = TemporaryFolder()
    defer { folder.cleanup() }
    try body(try QuadStore(path: folder.path + "/db"), "rocksdb")
    try body(QuadStore.inMemory(), "memory")
}

@Suite("Quad store")
struct QuadStoreTests {
    @Test("bulk load then read back gives the same set of quads, with exact statistics")
    func bulkRoundTrip() throws {
        try withEachEngine { store, engine in
            var factory = QuadFactory(seed: 7, vocabulary: 40)
            var quads = factory.quads(3000)
            quads.append(Quad(.iri("urn:a"), .iri(RDF.type), .iri("urn:C"), .named(.iri("urn:g1"))))
            quads.append(Quad(.iri("urn:a"), .iri(RDF.type), .iri("urn:C"), .defaultGraph))
            try store.bulkLoad(runLimit: 1024) { loader in   // small runs: exercises spilling and merging
                for q in quads { try loader.add(q) }
            }
            let reader = store.reader()
            #expect(reader.allQuads() == Set(quads), "engine \(engine)")
            #expect(reader.statistics == bruteForceStatistics(Set(quads), reader: reader), "engine \(engine)")
        }
    }

    @Test("transactional inserts and removes keep data and statistics exact")
    func transactionalWrites() throws {
        try withEachEngine { store, engine in
            var factory = QuadFactory(seed: 11, vocabulary: 15)
            var expected: Set<Quad> = []
            for round in 0..<20 {
                let adds = factory.quads(60)
                let removes = Array(expected.shuffled(using: &factory.rng).prefix(20)) + factory.quads(5)
                var types: [Quad] = []
                for _ in 0..<5 { types.append(Quad(factory.iri(), .iri(RDF.type), .iri("urn:Class\(factory.pick(3))"), factory.graph())) }
                let r = try store.apply(removing: removes, inserting: adds + types)
                let before = expected
                for q in removes { expected.remove(q) }
                let removedCount = before.count - expected.count
                for q in adds + types { expected.insert(q) }
                #expect(r.removed == removedCount, "round \(round) engine \(engine)")
                let reader = store.reader()
                #expect(reader.allQuads() == expected, "round \(round) engine \(engine)")
                #expect(reader.statistics == bruteForceStatistics(expected, reader: reader), "round \(round) engine \(engine)")
            }
        }
    }

    @Test("statistics survive reopening, and a second bulk load counts only new quads")
    func reopenAndReload() throws {
        let folder = TemporaryFolder()
        defer { folder.cleanup() }
        var factory = QuadFactory(seed: 3, vocabulary: 30)
        let first = factory.quads(800)
        let second = Array(first.prefix(300)) + factory.quads(500)
        do {
            let store = try QuadStore(path: folder.path)
            try store.bulkLoad { l in for q in first { try l.add(q) } }
        }
        let all = Set(first).union(second)
        var statistics = StoreStatistics()
        do {
            let store = try QuadStore(path: folder.path)
            let summary = try store.bulkLoad { l in for q in second { try l.add(q) } }
            #expect(summary.quadsAdded == all.count - Set(first).count)
            let reader = store.reader()
            #expect(reader.allQuads() == all)
            #expect(reader.statistics == bruteForceStatistics(all, reader: reader))
            statistics = reader.statistics
        }
        let reopened = try QuadStore(path: folder.path)
        #expect(reopened.statistics == statistics)
    }

    @Test("every pattern of bound positions and every graph selector matches a brute-force filter")
    func scanPatterns() throws {
        try withEachEngine { store, engine in
            var factory = QuadFactory(seed: 5, vocabulary: 6)
            let quads = Set(factory.quads(1500))
            try store.bulkLoad { l in for q in quads { try l.add(q) } }
            let reader = store.reader()
            let samples = Array(quads.prefix(25)) + factory.quads(5)  // some patterns match nothing
            let graphs: [GraphName] = [.defaultGraph, .named(.iri("https://citykg.example/graph/0")), .named(.blank("g1"))]
            for sample in samples {
                for mask in 0..<8 {
                    let s = mask & 1 != 0 ? sample.subject : nil
                    let p = mask & 2 != 0 ? sample.predicate : nil
                    let o = mask & 4 != 0 ? sample.object : nil
                    func matches(_ q: Quad) -> Bool {
                        (s == nil || q.subject == s) && (p == nil || q.predicate == p) && (o == nil || q.object == o)
                    }
                    var selectors: [(GraphSelector, (Quad) -> Bool)] = [
                        (.union, { _ in true }),
                        (.anyNamedGraph, { $0.graph != .defaultGraph }),
                        (.defaultGraph, { $0.graph == .defaultGraph }),
                    ]
                    for g in graphs + [sample.graph] {
                        selectors.append((reader.selector(for: g), { $0.graph == g }))
                    }
                    for (selector, inGraph) in selectors {
                        let pattern = EncodedQuadPattern(subject: s.map(reader.termID), predicate: p.map(reader.termID), object: o.map(reader.termID), graph: selector)
                        let got = reader.quads(matching: pattern).map { reader.decode($0)! }
                        let want = quads.filter { matches($0) && inGraph($0) }
                        #expect(got.count == want.count && Set(got) == want, "pattern mask \(mask) \(selector) engine \(engine)")
                        let estimate = reader.estimatedCount(of: pattern)
                        #expect(estimate >= (want.isEmpty ? 0 : 1), "estimate for a non-empty pattern must not be 0")
                    }
                }
            }
        }
    }

    @Test("readers keep their snapshot while a transactional write and a bulk load happen")
    func snapshotIsolation() throws {
        try withEachEngine { store, engine in
            var factory = QuadFactory(seed: 9, vocabulary: 50)
            let base = Set(factory.quads(400))
            try store.insert(base)
            let old = store.reader()
            let extra = factory.quads(200)
            try store.insert(extra)
            #expect(old.allQuads() == base, "engine \(engine)")
            let afterInsert = store.reader().allQuads()
            #expect(afterInsert == base.union(extra))
            let bulk = factory.quads(300)
            var duringLoad: Set<Quad> = []
            try store.bulkLoad { l in
                for (i, q) in bulk.enumerated() {
                    try l.add(q)
                    // A reader opened in the middle of the load sees none of it.
                    if i == 150 { duringLoad = store.reader().allQuads() }
                }
            }
            #expect(duringLoad == afterInsert, "engine \(engine)")
            #expect(old.allQuads() == base)
            #expect(store.reader().allQuads() == afterInsert.union(bulk))
        }
    }

    @Test("a bulk load whose producer throws leaves the store exactly as it was")
    func failedBulkLoadChangesNothing() throws {
        struct Interrupted: Error {}
        try withEachEngine { store, engine in
            var factory = QuadFactory(seed: 13, vocabulary: 30)
            let base = Set(factory.quads(500))
            try store.bulkLoad { l in for q in base { try l.add(q) } }
            let stats = store.statistics
            #expect(throws: Interrupted.self) {
                try store.bulkLoad(runLimit: 1024) { l in
                    for q in factory.quads(5000) { try l.add(q) }
                    throw Interrupted()
                }
            }
            #expect(store.reader().allQuads() == base, "engine \(engine)")
            #expect(store.statistics == stats)
        }
    }

    @Test("literals keep their lexical form; inline ids are used only for canonical forms")
    func lexicalForms() throws {
        let store = QuadStore.inMemory()
        let literals = [
            Literal("01", datatype: XSD.integer), Literal("1", datatype: XSD.integer), Literal("-0", datatype: XSD.integer),
            Literal("+1", datatype: XSD.integer), Literal("2024-02-29", datatype: XSD.date), Literal("2023-02-29", datatype: XSD.date),
            Literal("TRUE", datatype: XSD.boolean), Literal("true", datatype: XSD.boolean), Literal("七个字的字符串"), Literal("1234567"),
            Literal("12345678"), Literal("-288230376151711744", datatype: XSD.integer), Literal("99999999999999999", datatype: XSD.integer),
        ]
        let quads = literals.map { Quad(.iri("urn:s"), .iri("urn:p"), .literal($0)) }
        try store.insert(quads)
        let reader = store.reader()
        #expect(reader.allQuads() == Set(quads))
        #expect(TermCodec.isInline(reader.termID(for: .literal(Literal("1", datatype: XSD.integer)))))
        #expect(!TermCodec.isInline(reader.termID(for: .literal(Literal("01", datatype: XSD.integer)))))
        #expect(TermCodec.isInline(reader.termID(for: .literal(Literal("99999999999999999", datatype: XSD.integer)))))
        #expect(!TermCodec.isInline(reader.termID(for: .literal(Literal("2023-02-29", datatype: XSD.date)))))
    }

    @Test("a term whose hash slot is taken by another term gets a free id, in both write paths")
    func hashCollisions() throws {
        try withEachEngine { store, engine in
            // Occupy the slots of two terms with other bytes, as a colliding term would.
            let victims: [Term] = [.iri("urn:victim:1"), .literal(Literal("a long enough string to be hashed"))]
            var batch = KeyValueBatch()
            var bytes: [UInt8] = []
            for v in victims {
                TermCodec.canonicalBytes(of: v, into: &bytes)
                let id = bytes.withUnsafeBytes { TermCodec.hashedID(ofCanonical: $0) }
                var key: [UInt8] = [KeySpace.dictionary.rawValue]
                key.appendBigEndian(id.raw)
                batch.put(key, [TermCodec.Kind.iri.rawValue] + Array("urn:other".utf8))
            }
            try store.engine.write(batch)
            let store = try QuadStore(engine: store.engine)
            try store.insert([Quad(.iri("urn:s"), .iri("urn:p"), victims[0])])
            try store.bulkLoad { l in try l.add(Quad(.iri("urn:s"), .iri("urn:p"), victims[1], .named(.iri("urn:g")))) }
            let reader = store.reader()
            #expect(reader.contains(Quad(.iri("urn:s"), .iri("urn:p"), victims[0])), "engine \(engine)")
            #expect(reader.contains(Quad(.iri("urn:s"), .iri("urn:p"), victims[1], .named(.iri("urn:g")))))
            #expect(Set(reader.quads(subject: .iri("urn:s")).map(\.object)) == Set(victims))
            // The collision table survives reopening.
            let reopened = try QuadStore(engine: store.engine)
            #expect(reopened.reader().contains(Quad(.iri("urn:s"), .iri("urn:p"), victims[0])))
        }
    }

    @Test("clearing a graph removes its quads and updates statistics")
    func clearGraph() throws {
        try withEachEngine { store, _ in
            var factory = QuadFactory(seed: 21, vocabulary: 20)
            let quads = Set(factory.quads(700))
            try store.bulkLoad { l in for q in quads { try l.add(q) } }
            let g: GraphName = .named(.iri("https://citykg.example/graph/1"))
            let removed = try store.clearGraph(g)
            let rest = quads.filter { $0.graph != g }
            #expect(removed == quads.count - rest.count)
            let reader = store.reader()
            #expect(reader.allQuads() == rest)
            #expect(reader.statistics == bruteForceStatistics(rest, reader: reader))
            try store.createGraph(.iri("urn:empty"))
            #expect(store.reader().graphExists(store.reader().termID(for: .iri("urn:empty"))))
        }
    }
}
