#if canImport(Glibc)
import Glibc
#endif

/// Runs a child process and measures it: wall time and peak resident memory (from `wait4`).
struct Subprocess {
    /// What a finished child did.
    struct Outcome {
        var status: Int32
        var seconds: Double
        /// Peak resident set size in bytes.
        var peakRSS: Int
        var output: String
    }

    /// Runs `arguments[0]` (searched in PATH) with its arguments, capturing standard output.
    static func run(_ arguments: [String], environment: [String: String] = [:]) throws -> Outcome {
        var pipe: [Int32] = [0, 0]
        guard Glibc.pipe(&pipe) == 0 else { throw SubprocessError(command: arguments, reason: "pipe failed") }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, pipe[1], STDOUT_FILENO)
        posix_spawn_file_actions_addclose(&actions, pipe[0])
        let argv = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var env: [UnsafeMutablePointer<CChar>?] = []
        var index = 0
        while let entry = environ[index] {
            env.append(strdup(entry))
            index += 1
        }
        for (k, v) in environment { env.append(strdup("\(k)=\(v)")) }
        env.append(nil)
        defer { env.forEach { free($0) } }
        var pid: pid_t = 0
        let started = Clock.now
        let rc = posix_spawnp(&pid, arguments[0], &actions, nil, argv, env)
        close(pipe[1])
        guard rc == 0 else {
            close(pipe[0])
            throw SubprocessError(command: arguments, reason: String(cString: strerror(rc)))
        }
        var output: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = read(pipe[0], &chunk, chunk.count)
            if n <= 0 { break }
            output.append(contentsOf: chunk[0..<n])
        }
        close(pipe[0])
        var status: Int32 = 0
        var usage = rusage()
        wait4(pid, &status, 0, &usage)
        let seconds = Clock.seconds(since: started)
        let exit = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        return Outcome(status: exit, seconds: seconds, peakRSS: Int(usage.ru_maxrss) * 1024, output: String(decoding: output, as: UTF8.self))
    }

    /// The running executable's path.
    static var currentExecutable: String {
        var buf = [CChar](repeating: 0, count: 4096)
        let n = readlink("/proc/self/exe", &buf, buf.count - 1)
        return n > 0 ? String(decoding: buf[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self) : "citykg"
    }
}

/// A child process that could not run or failed.
struct SubprocessError: Error, CustomStringConvertible {
    var command: [String]
    var reason: String
    var description: String { "\(command.joined(separator: " ")): \(reason)" }
}

/// Bytes used by the files under `path` (like `du -sb`).
func diskUsage(_ path: String) -> Int {
    var st = stat()
    guard lstat(path, &st) == 0 else { return 0 }
    if (st.st_mode & S_IFMT) != S_IFDIR { return Int(st.st_size) }
    guard let dir = opendir(path) else { return 0 }
    defer { closedir(dir) }
    var total = 0
    while let entry = readdir(dir) {
        let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix(while: { $0 != 0 }), as: UTF8.self) }
        if name == "." || name == ".." { continue }
        total += diskUsage(path + "/" + name)
    }
    return total
}
