/// A `TextOutputStream` that collects writes into chunks of about `chunkSize` UTF-8 bytes and
/// hands each full chunk to `emit`, so result writers can feed a socket or file without holding
/// the whole document in memory. Call ``flush()`` after the last write.
///
/// ```swift
/// var out = ChunkedTextOutput(chunkSize: 64 * 1024) { chunk in channel.send(chunk) }
/// var writer = JSONResultsWriter()
/// writer.writeHeader(variables: variables, to: &out)
/// for row in rows { writer.writeSolution(row, to: &out) }
/// writer.writeFooter(to: &out)
/// out.flush()
/// ```
public struct ChunkedTextOutput: TextOutputStream {
    /// The size at which a chunk is handed on.
    public let chunkSize: Int
    private let emit: (String) -> Void
    private var buffer = ""

    /// Creates a sink that passes chunks to `emit`.
    public init(chunkSize: Int = 64 * 1024, emit: @escaping (String) -> Void) {
        self.chunkSize = max(1, chunkSize)
        self.emit = emit
        buffer.reserveCapacity(self.chunkSize)
    }

    /// Appends text, emitting a chunk when the buffer is full.
    public mutating func write(_ string: String) {
        buffer += string
        if buffer.utf8.count >= chunkSize { flush() }
    }

    /// Emits whatever is buffered.
    public mutating func flush() {
        guard !buffer.isEmpty else { return }
        emit(buffer)
        buffer = ""
        buffer.reserveCapacity(chunkSize)
    }
}
