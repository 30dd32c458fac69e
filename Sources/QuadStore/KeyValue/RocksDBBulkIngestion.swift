import CRocksDB
#if canImport(Glibc)
import Glibc
#endif

/// Sorted SST files written into a private folder of the database, then ingested in one call.
///
/// Atomicity: `rocksdb_ingest_external_file` with several files either adds all of them (one
/// MANIFEST record) or none. Until then the files live in `<db>/bulk-<pid>-<n>/`, which
/// ``RocksDBBulkIngestion/removeLeftovers(in:)`` clears after a crash.
final class RocksDBBulkIngestion: BulkIngestion {
    private let store: RocksDBKeyValueStore
    private let folder: String
    var scratchDirectory: String? { folder }
    private var files: [String] = []
    private var writers: [RocksDBSortedFileWriter] = []
    private var finished = false
    nonisolated(unsafe) private static var counter = 0

    init(store: RocksDBKeyValueStore) throws {
        self.store = store
        Self.counter += 1
        folder = store.path + "/bulk-\(getpid())-\(Self.counter)"
        if mkdir(folder, 0o755) != 0 && errno != EEXIST {
            throw StorageError("bulk load", "cannot create \(folder): \(String(cString: strerror(errno)))")
        }
    }

    deinit {
        if !finished { abort() }
    }

    /// Removes the temporary folders of bulk loads that never committed (after a crash).
    static func removeLeftovers(in path: String) {
        guard let dir = opendir(path) else { return }
        defer { closedir(dir) }
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            if name.hasPrefix("bulk-") { removeFolder(path + "/" + name) }
        }
    }

    static func removeFolder(_ folder: String) {
        guard let dir = opendir(folder) else { return }
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            if name != "." && name != ".." {
                if unlink(folder + "/" + name) != 0 && errno == EISDIR { removeFolder(folder + "/" + name) }
            }
        }
        closedir(dir)
        rmdir(folder)
    }

    func makeFile() throws -> any SortedFileWriter {
        let path = folder + "/\(files.count).sst"
        let writer = try RocksDBSortedFileWriter(path: path)
        files.append(path)
        writers.append(writer)
        return writer
    }

    func commit() throws {
        defer {
            finished = true
            Self.removeFolder(folder)
        }
        // Only files that received entries can be ingested.
        let nonEmpty = zip(files, writers).filter { $0.1.entries > 0 }.map(\.0)
        guard !nonEmpty.isEmpty else { return }
        let opts = rocksdb_ingestexternalfileoptions_create()!
        defer { rocksdb_ingestexternalfileoptions_destroy(opts) }
        rocksdb_ingestexternalfileoptions_set_move_files(opts, 1)
        rocksdb_ingestexternalfileoptions_set_snapshot_consistency(opts, 1)
        rocksdb_ingestexternalfileoptions_set_allow_global_seqno(opts, 1)
        rocksdb_ingestexternalfileoptions_set_allow_blocking_flush(opts, 1)
        let cStrings = nonEmpty.map { strdup($0) }
        defer { cStrings.forEach { free($0) } }
        var pointers: [UnsafePointer<CChar>?] = cStrings.map { UnsafePointer($0) }
        try rocksCall("ingest \(nonEmpty.count) files") { err in
            rocksdb_ingest_external_file(store.db, &pointers, pointers.count, opts, err)
        }
    }

    func abort() {
        finished = true
        writers.removeAll()
        Self.removeFolder(folder)
    }
}

/// One SST file being written (`rocksdb_sstfilewriter_*`), freed in `deinit`.
final class RocksDBSortedFileWriter: SortedFileWriter {
    private let writer: OpaquePointer
    private let envOptions: OpaquePointer
    private let options: OpaquePointer
    private(set) var entries = 0
    private var open = true

    init(path: String) throws {
        envOptions = rocksdb_envoptions_create()!
        options = rocksdb_options_create()!
        rocksdb_options_set_compression(options, Int32(rocksdb_lz4_compression))
        rocksdb_options_set_bottommost_compression(options, Int32(rocksdb_zstd_compression))
        let table = rocksdb_block_based_options_create()!
        rocksdb_block_based_options_set_block_size(table, 16 << 10)
        rocksdb_block_based_options_set_filter_policy(table, rocksdb_filterpolicy_create_bloom_full(10))
        rocksdb_options_set_block_based_table_factory(options, table)
        rocksdb_block_based_options_destroy(table)
        writer = rocksdb_sstfilewriter_create(envOptions, options)!
        do {
            try rocksCall("create \(path)") { err in rocksdb_sstfilewriter_open(writer, path, err) }
        } catch {
            rocksdb_sstfilewriter_destroy(writer)
            rocksdb_options_destroy(options)
            rocksdb_envoptions_destroy(envOptions)
            throw error
        }
    }

    deinit {
        rocksdb_sstfilewriter_destroy(writer)
        rocksdb_options_destroy(options)
        rocksdb_envoptions_destroy(envOptions)
    }

    func add(key: UnsafeRawBufferPointer, value: UnsafeRawBufferPointer) throws {
        entries += 1
        try rocksCall("write sorted file") { err in
            rocksdb_sstfilewriter_put(writer,
                                      key.baseAddress?.assumingMemoryBound(to: CChar.self), key.count,
                                      value.baseAddress?.assumingMemoryBound(to: CChar.self), value.count, err)
        }
    }

    func finish() throws {
        guard open else { return }
        open = false
        if entries == 0 { return }
        try rocksCall("finish sorted file") { err in rocksdb_sstfilewriter_finish(writer, err) }
    }
}
