#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why generating the district failed: which file, which operation, and the system's reason.
public struct DistrictError: Error, Sendable, CustomStringConvertible {
    /// The file or directory involved.
    public var path: String
    /// The operation that failed (`open`, `write`, `mkdir`, ...).
    public var operation: String
    /// The reason, usually `strerror(errno)`.
    public var reason: String

    /// Creates an error.
    public init(path: String, operation: String, reason: String) {
        self.path = path
        self.operation = operation
        self.reason = reason
    }

    /// An error carrying the current `errno` text.
    static func system(_ operation: String, path: String) -> DistrictError {
        DistrictError(path: path, operation: operation, reason: String(cString: strerror(errno)))
    }

    public var description: String { "\(path): \(operation) failed: \(reason)" }
}
