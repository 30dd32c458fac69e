import Foundation
import RDFModel
import SPARQLSyntax

/// Per-query state shared by every operator: the dataset and the query's view of it, term
/// encoding and decoding, the computed-term side table, the limits, and analyze counters.
final class ExecutionContext {
    let dataset: any QueryableDataset
    let options: QueryOptions
    let functions: FunctionContext
    let variables: VariableTable
    /// The graphs merged into the default graph.
    let defaultGraphs: [GraphSelector]
    /// The named graphs GRAPH may range over; nil means all of the dataset's.
    let allowedNamedGraphs: [TermID]?
    private let cancellation: CancellationFlag
    private let deadline: ContinuousClock.Instant?
    private var ticks = 0
    /// Terms computed during the query (BIND, aggregates, constants), by id, so they decode
    /// without the store.
    private var computed: [TermID: Term] = [:]
    private var decoded: [TermID: Term] = [:]
    /// Rows produced per plan node, when analyzing.
    var actualRows: [Int: Int]? = nil
    /// Plans of EXISTS patterns, by pattern.
    var existsPlans: [GraphPattern: PlanNode] = [:]
    /// Slots written by `extend`; BNODE(label) scoping ignores them when telling solutions apart.
    var extendSlots: Set<Int> = []
    private var lastSolutionKey: Row? = nil

    init(dataset: any QueryableDataset, options: QueryOptions, queryDataset: QueryDataset?, baseIRI: IRI?,
         variables: VariableTable, cancellation: CancellationFlag) {
        self.dataset = dataset
        self.options = options
        self.variables = variables
        self.cancellation = cancellation
        self.functions = FunctionContext(now: options.now ?? Date(), baseIRI: baseIRI ?? options.baseIRI.map(IRI.init))
        self.deadline = options.timeout.map { ContinuousClock.now.advanced(by: .milliseconds(Int64($0 * 1000))) }
        if let queryDataset {
            defaultGraphs = queryDataset.defaultGraphs.map { .named(dataset.termID(for: .iri($0))) }
            allowedNamedGraphs = queryDataset.namedGraphs.map { $0.map { dataset.termID(for: .iri($0)) } }
        } else {
            defaultGraphs = [options.unionDefaultGraph ? .union : .defaultGraph]
            allowedNamedGraphs = nil
        }
    }

    // MARK: - Limits

    /// Throws when the query is cancelled or past its deadline; cheap enough for inner loops
    /// (the clock is read every 256 calls).
    @inline(__always)
    func checkpoint() throws {
        ticks &+= 1
        if ticks & 255 == 0 { try checkNow() }
    }

    /// Checks the limits immediately.
    func checkNow() throws {
        if cancellation.isCancelled { throw QueryError(.cancelled, "the query was cancelled") }
        if let deadline, ContinuousClock.now >= deadline {
            throw QueryError(.timeout, "the query ran longer than \(options.timeout ?? 0) s", limit: options.timeout)
        }
    }

    // MARK: - Terms

    /// The id of a term, remembering it so it decodes without the store. The table grows with
    /// the number of distinct computed values (not rows); it cannot drop entries, since rows
    /// still in flight (in a sort, a hash table) may refer to any of them.
    func encode(_ term: Term) -> TermID {
        let id = dataset.termID(for: term)
        computed[id] = term
        return id
    }

    /// The id of a constant term known to exist or be harmlessly absent (no side-table entry).
    func lookup(_ term: Term) -> TermID { dataset.termID(for: term) }

    /// Decodes an id; nil for the unbound marker or an unknown id.
    func decode(_ id: TermID) -> Term? {
        guard id.isBound else { return nil }
        if let t = computed[id] { return t }
        if let t = decoded[id] { return t }
        guard let t = dataset.term(for: id) else { return nil }
        if decoded.count > 200_000 { decoded.removeAll(keepingCapacity: true) }
        decoded[id] = t
        return t
    }

    /// Starts a new solution for BNODE(label) scoping when `row` differs from the last one
    /// (ignoring slots that extends write).
    func noteSolution(_ row: Row) {
        var key = row
        for s in extendSlots where s < key.count { key[s] = .unbound }
        if key != lastSolutionKey {
            lastSolutionKey = key
            functions.startSolution()
        }
    }

    // MARK: - Named graphs

    private var emptiness: [GraphSelector: Bool] = [:]

    /// Whether a graph selector matches no quad at all (cached: the snapshot does not change).
    func isEmptyGraph(_ g: GraphSelector) -> Bool {
        if let known = emptiness[g] { return known }
        let empty = dataset.quads(matching: EncodedQuadPattern(graph: g)).next() == nil
        emptiness[g] = empty
        return empty
    }

    private var namedGraphCache: [TermID]? = nil

    /// The named graphs GRAPH ranges over, in id order.
    func namedGraphs() -> [TermID] {
        if let namedGraphCache { return namedGraphCache }
        let all = dataset.namedGraphs()
        let result: [TermID]
        if let allowed = allowedNamedGraphs {
            var seen = Set<TermID>()
            result = allowed.filter { seen.insert($0).inserted }
        } else {
            result = all
        }
        namedGraphCache = result
        return result
    }

    /// Whether GRAPH may use `id` as a named graph.
    func isNamedGraph(_ id: TermID) -> Bool {
        namedGraphs().contains(id)
    }
}
