import Testing
@testable import QuadStore

@Suite("Radix sort of quad records")
struct RadixSortTests {
    @Test("sorts like the standard library, duplicates and shared prefixes included", arguments: [0, 1, 2, 47, 49, 1000, 100_000])
    func matchesStandardSort(count: Int) {
        var rng = TestRandom(seed: UInt64(count) + 1)
        // Few distinct values in some fields: long shared prefixes and many duplicates.
        var records = (0..<count).map { _ in
            QuadIDs(s: rng.next() % 3 == 0 ? 1 << 63 | (rng.next() % 5) : rng.next(), p: rng.next() % 4,
                    o: rng.next() % 2 == 0 ? rng.next() : 42, g: rng.next() % 3)
        }
        var expected = records
        expected.sort()
        RadixSort.sort(&records)
        #expect(records == expected)
        var unique = records
        unique.sortUnique()
        #expect(unique == Array(Set(expected)).sorted())
    }
}
