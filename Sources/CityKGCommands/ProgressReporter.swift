#if canImport(Glibc)
import Glibc
#endif

/// Shows load progress: a bar on a terminal, a log line every few seconds otherwise.
final class ProgressReporter {
    private let enabled: Bool
    private let isTerminal: Bool
    private let started = Clock.now
    private var lastShown = 0.0
    private var shownSomething = false

    init(enabled: Bool) {
        self.enabled = enabled
        self.isTerminal = isatty(STDERR_FILENO) != 0
    }

    func update(bytes: Int, total: Int, quads: Int) {
        guard enabled else { return }
        let elapsed = Clock.seconds(since: started)
        let interval = isTerminal ? 0.2 : 5.0
        guard elapsed - lastShown >= interval else { return }
        lastShown = elapsed
        let rate = elapsed > 0 ? Double(quads) / elapsed : 0
        let fraction = total > 0 ? min(1, Double(bytes) / Double(total)) : 0
        let eta = fraction > 0 ? elapsed / fraction - elapsed : 0
        let figures = "\(Self.megabytes(bytes))/\(Self.megabytes(total)) MB  \(quads) quads  \(Int(rate)) quads/s  ETA \(Clock.format(eta))"
        if isTerminal {
            let width = 30
            let filled = Int(fraction * Double(width))
            let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
            writeStandardError("\r\(bar) \(Int(fraction * 100))%  \(figures)\u{1B}[K")
        } else {
            writeStandardError("progress: \(Int(fraction * 100))%  \(figures)\n")
        }
        shownSomething = true
    }

    func finish() {
        if enabled && isTerminal && shownSomething { writeStandardError("\r\u{1B}[K") }
    }

    private static func megabytes(_ b: Int) -> String {
        String(format1: Double(b) / 1_048_576)
    }
}

/// Monotonic time in seconds.
enum Clock {
    static var now: Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }

    static func seconds(since start: Double) -> Double { now - start }

    static func format(_ seconds: Double) -> String {
        if seconds < 60 { return String(format1: seconds) + "s" }
        let s = Int(seconds)
        return "\(s / 60)m\(s % 60)s"
    }
}

extension String {
    /// A number with one decimal.
    init(format1 value: Double) {
        let tenths = Int((value * 10).rounded())
        self = "\(tenths / 10).\(abs(tenths % 10))"
    }
}

/// Writes to standard error without buffering.
func writeStandardError(_ s: String) {
    var s = s
    s.withUTF8 { buf in _ = write(STDERR_FILENO, buf.baseAddress, buf.count) }
}
