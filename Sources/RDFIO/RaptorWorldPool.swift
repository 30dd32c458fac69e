import CRaptor2
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Opened raptor worlds, kept for reuse and never freed.
///
/// Why not one world per parse, freed at the end: `raptor_free_world` calls libxml2's
/// `xmlCleanupParser()`, which tears down libxml2's global state while other threads may be
/// parsing (a crash inside libxml2 as soon as two parses overlap), and `raptor_world_open`
/// runs the non-thread-safe `xmlInitParser()` and `curl_global_init()`. So worlds are opened
/// one at a time under a lock and, once a parse is done, handed back here for the next parse
/// rather than freed. A world is used by one parse at a time (its URI table is not
/// thread-safe), so there are at most as many worlds as parses ever ran at once.
enum RaptorWorldPool {
    nonisolated(unsafe) private static let lock: UnsafeMutablePointer<pthread_mutex_t> = {
        let m = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
        pthread_mutex_init(m, nil)
        return m
    }()
    /// Idle worlds; guarded by `lock`.
    nonisolated(unsafe) private static var idle: [OpaquePointer] = []

    /// An opened world for the caller's exclusive use, or nil when raptor cannot make one.
    static func acquire() -> OpaquePointer? {
        pthread_mutex_lock(lock)
        defer { pthread_mutex_unlock(lock) }
        if let world = idle.popLast() { return world }
        guard let world = citykg_raptor_new_world() else { return nil }
        // By default raptor_world_open points libxml2's thread-global error handlers at the new
        // world. Worlds move between threads here, so a global libxml2 error raised by one
        // parse could reach another parse's log handler and fail it. Without these handlers
        // libxml2 prints such errors itself; the parse they belong to still fails through
        // raptor's return code.
        raptor_world_set_flag(world, RAPTOR_WORLD_FLAG_LIBXML_GENERIC_ERROR_SAVE, 0)
        raptor_world_set_flag(world, RAPTOR_WORLD_FLAG_LIBXML_STRUCTURED_ERROR_SAVE, 0)
        // No URI interning: raptor's interning table is an AVL tree searched with memcmp for
        // every IRI (about a fifth of the parse time on district data), and in a reused world it
        // would keep every IRI of every file ever parsed. RaptorSession caches IRIs by content.
        raptor_world_set_flag(world, RAPTOR_WORLD_FLAG_URI_INTERNING, 0)
        // A world that fails to open is left unfreed: freeing it would run xmlCleanupParser().
        guard raptor_world_open(world) == 0 else { return nil }
        return world
    }

    /// Hands a world back once its parser is freed; its handlers must be cleared.
    static func release(_ world: OpaquePointer) {
        pthread_mutex_lock(lock)
        defer { pthread_mutex_unlock(lock) }
        idle.append(world)
    }
}
