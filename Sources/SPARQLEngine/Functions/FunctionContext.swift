import Foundation
import RDFModel

/// Per-query state the built-in functions need: the query's fixed `NOW()`, its base IRI, and
/// the blank nodes `BNODE("label")` has made for the current solution.
///
/// Make one per query execution and call ``startSolution()`` before evaluating the
/// expressions of each new solution, so that `BNODE("x")` gives the same blank node within a
/// solution and different ones across solutions (SPARQL 17.4.2.9).
///
/// ```swift
/// let context = FunctionContext(baseIRI: IRI("http://example.org/"))
/// let t = try FunctionLibrary.evaluate(.iri, [.literal(Literal("a"))], context: context)
/// ```
public final class FunctionContext {
    /// The value `NOW()` returns throughout the query.
    public let now: XSDDateTime
    /// The base IRI that `IRI()`/`URI()` resolve relative references against.
    public let baseIRI: IRI?
    private var solutionBlankNodes: [String: BlankNode] = [:]
    private let blankNodePrefix: String
    private var blankNodeCounter = 0

    /// Creates a context; `now` defaults to the current instant.
    public init(now: Date = Date(), baseIRI: IRI? = nil) {
        self.now = Self.dateTime(now)
        self.baseIRI = baseIRI
        let r = UInt64.random(in: 0...UInt64.max)
        blankNodePrefix = "f" + String(r, radix: 36)
    }

    /// Forgets the blank nodes `BNODE(label)` made for the previous solution.
    public func startSolution() {
        solutionBlankNodes.removeAll(keepingCapacity: true)
    }

    /// A blank node never returned before by this context.
    public func freshBlankNode() -> BlankNode {
        blankNodeCounter += 1
        return BlankNode(blankNodePrefix + "x" + String(blankNodeCounter, radix: 36))
    }

    /// The blank node for `label` in the current solution, made on first use.
    public func blankNode(forLabel label: String) -> BlankNode {
        if let b = solutionBlankNodes[label] { return b }
        let b = freshBlankNode()
        solutionBlankNodes[label] = b
        return b
    }

    /// Converts a Foundation date to an `xsd:dateTime` in UTC with millisecond precision.
    static func dateTime(_ date: Date) -> XSDDateTime {
        let millis = Int((date.timeIntervalSince1970 * 1000).rounded(.down))
        let days = Int((Double(millis) / 86_400_000).rounded(.down))
        let msOfDay = millis - days * 86_400_000
        let (y, m, d) = XSDDateTime.civilFromDays(days)
        let second = XSDDecimal(scaled: Int128(msOfDay % 60_000) * (XSDDecimal.unit / 1000))
        return XSDDateTime(kind: .dateTime, year: y, month: m, day: d, hour: msOfDay / 3_600_000,
                           minute: msOfDay % 3_600_000 / 60_000, second: second, timezoneOffsetMinutes: 0)
    }
}
