import Foundation
import RDFModel

/// Hands batches of parsed quads from a parsing thread to the loading thread, so that raptor2's
/// parsing and the store's encoding run on two cores at once.
///
/// Bounded (a few batches in flight), so memory does not grow when one side is faster. Either
/// side can stop the other: the producer ends with `finish(error:)`, the consumer with `cancel()`.
/// All state is guarded by one condition lock, which is what `@unchecked Sendable` rests on.
final class QuadPipe: @unchecked Sendable {
    private let condition = NSCondition()
    private var batches: [[Quad]] = []
    private var finished = false
    private var failure: Error?
    private var cancelled = false
    private let capacity: Int

    init(capacity: Int = 8) {
        self.capacity = capacity
    }

    /// Producer: queues a batch; false when the consumer has cancelled (stop producing).
    func push(_ batch: [Quad]) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while batches.count >= capacity && !cancelled { condition.wait() }
        guard !cancelled else { return false }
        batches.append(batch)
        condition.broadcast()
        return true
    }

    /// Producer: no more batches; `error` is what stopped it, if anything.
    func finish(error: Error?) {
        condition.lock()
        finished = true
        failure = error
        condition.broadcast()
        condition.unlock()
    }

    /// Consumer: the next batch, nil at the end; rethrows the producer's error.
    func pop() throws -> [Quad]? {
        condition.lock()
        defer { condition.unlock() }
        while batches.isEmpty && !finished { condition.wait() }
        if !batches.isEmpty {
            condition.broadcast()
            return batches.removeFirst()
        }
        if let failure { throw failure }
        return nil
    }

    /// Consumer: stop the producer and wait until it has ended.
    func cancelAndWait() {
        condition.lock()
        cancelled = true
        batches.removeAll()
        condition.broadcast()
        while !finished { condition.wait() }
        condition.unlock()
    }
}

/// The consumer gave up; the parsing thread stops with this.
struct LoadCancelled: Error {}
