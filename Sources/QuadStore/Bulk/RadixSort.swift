/// In-place MSD radix sort (American flag sort) of quad records by their 32-byte big-endian key.
///
/// No scratch buffer (Swift's `sort()` allocates half the array), and ids that are hashes spread
/// evenly over the first bytes, so buckets become tiny after two or three passes.
enum RadixSort {
    /// Sorts `records` ascending by (s, p, o, g) as unsigned integers.
    static func sort(_ records: inout [QuadIDs]) {
        records.withUnsafeMutableBufferPointer { buf in
            guard buf.count > 1 else { return }
            sort(buf.baseAddress!, 0, buf.count, byte: 0)
        }
    }

    @inline(__always)
    private static func digit(_ q: QuadIDs, _ byte: Int) -> Int {
        let word: UInt64
        switch byte >> 3 {
        case 0: word = q.s
        case 1: word = q.p
        case 2: word = q.o
        default: word = q.g
        }
        return Int(truncatingIfNeeded: word >> UInt64(56 - (byte & 7) * 8)) & 0xFF
    }

    private static func sort(_ a: UnsafeMutablePointer<QuadIDs>, _ lo: Int, _ hi: Int, byte: Int) {
        let n = hi - lo
        if n <= 48 || byte >= 32 {
            insertionSort(a, lo, hi)
            return
        }
        var counts = [Int](repeating: 0, count: 256)
        for i in lo..<hi { counts[digit(a[i], byte)] += 1 }
        // All records share this byte: go to the next one without moving anything.
        if counts[digit(a[lo], byte)] == n {
            sort(a, lo, hi, byte: byte + 1)
            return
        }
        var starts = [Int](repeating: 0, count: 256)
        var ends = [Int](repeating: 0, count: 256)
        var sum = lo
        for d in 0..<256 {
            starts[d] = sum
            sum += counts[d]
            ends[d] = sum
        }
        var next = starts
        for d in 0..<256 {
            while next[d] < ends[d] {
                var value = a[next[d]]
                var vd = digit(value, byte)
                while vd != d {
                    let target = next[vd]
                    next[vd] += 1
                    let displaced = a[target]
                    a[target] = value
                    value = displaced
                    vd = digit(value, byte)
                }
                a[next[d]] = value
                next[d] += 1
            }
        }
        for d in 0..<256 where counts[d] > 1 {
            sort(a, starts[d], ends[d], byte: byte + 1)
        }
    }

    private static func insertionSort(_ a: UnsafeMutablePointer<QuadIDs>, _ lo: Int, _ hi: Int) {
        guard hi - lo > 1 else { return }
        for i in (lo + 1)..<hi {
            let v = a[i]
            var j = i - 1
            while j >= lo && v < a[j] {
                a[j + 1] = a[j]
                j -= 1
            }
            a[j + 1] = v
        }
    }
}
