#if canImport(Glibc)
import Glibc
#endif

/// Sorted runs of fixed-size quad records for the bulk loader's external sort.
///
/// A run is either held in memory or spilled to a file of raw `QuadIDs` records; merging several
/// runs yields one ascending stream without duplicates.
enum SortedRun {
    case memory([QuadIDs])
    case file(path: String, count: Int)

    /// Writes `records` to `path` and returns the run.
    static func spill(_ records: [QuadIDs], to path: String) throws -> SortedRun {
        guard let f = fopen(path, "wb") else {
            throw StorageError("bulk load", "cannot create \(path): \(String(cString: strerror(errno)))")
        }
        defer { fclose(f) }
        let written = records.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, f) }
        guard written == records.count * MemoryLayout<QuadIDs>.stride else {
            throw StorageError("bulk load", "cannot write \(path): \(String(cString: strerror(errno)))")
        }
        return .file(path: path, count: records.count)
    }

    /// The records, loaded if spilled.
    func load() throws -> [QuadIDs] {
        switch self {
        case .memory(let r): return r
        case .file(let path, let count):
            guard let f = fopen(path, "rb") else {
                throw StorageError("bulk load", "cannot open \(path): \(String(cString: strerror(errno)))")
            }
            defer { fclose(f) }
            var out = [QuadIDs](repeating: QuadIDs(s: 0, p: 0, o: 0, g: 0), count: count)
            let read = out.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, f) }
            guard read == count * MemoryLayout<QuadIDs>.stride else {
                throw StorageError("bulk load", "short read in \(path)")
            }
            return out
        }
    }

    var count: Int {
        switch self {
        case .memory(let r): return r.count
        case .file(_, let c): return c
        }
    }
}

/// Reads a spilled run in chunks.
final class RunReader {
    private let file: UnsafeMutablePointer<FILE>
    private var buffer: [QuadIDs] = []
    private var position = 0
    private var remaining: Int

    init(path: String, count: Int) throws {
        guard let f = fopen(path, "rb") else {
            throw StorageError("bulk load", "cannot open \(path): \(String(cString: strerror(errno)))")
        }
        file = f
        remaining = count
    }

    deinit { fclose(file) }

    func next() -> QuadIDs? {
        if position == buffer.count {
            guard remaining > 0 else { return nil }
            let n = min(remaining, 1 << 16)
            buffer = [QuadIDs](repeating: QuadIDs(s: 0, p: 0, o: 0, g: 0), count: n)
            let read = buffer.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, file) }
            guard read == n * MemoryLayout<QuadIDs>.stride else { remaining = 0; return nil }
            remaining -= n
            position = 0
        }
        defer { position += 1 }
        return buffer[position]
    }
}

/// Merges ascending runs into one ascending stream without duplicates.
struct RunMerger {
    private var heads: [QuadIDs?]
    private let readers: [RunReader]

    init(paths: [(String, Int)]) throws {
        readers = try paths.map { try RunReader(path: $0.0, count: $0.1) }
        heads = readers.map { $0.next() }
    }

    private var last: QuadIDs?

    mutating func next() -> QuadIDs? {
        while true {
            var best = -1
            for i in heads.indices {
                guard let h = heads[i] else { continue }
                if best < 0 || h < heads[best]! { best = i }
            }
            guard best >= 0 else { return nil }
            let value = heads[best]!
            heads[best] = readers[best].next()
            if value == last { continue }
            last = value
            return value
        }
    }
}

extension Array where Element == QuadIDs {
    /// Sorts and removes duplicates in place.
    mutating func sortUnique() {
        RadixSort.sort(&self)
        guard count > 1 else { return }
        let kept = withUnsafeMutableBufferPointer { buf -> Int in
            var w = 1
            for r in 1..<buf.count where buf[r] != buf[w - 1] {
                buf[w] = buf[r]
                w += 1
            }
            return w
        }
        removeLast(count - kept)
    }
}
