import ArgumentParser
import CityKG
import QuadStore
import RDFModel

/// `citykg stats`: the store's exact counters.
struct Stats: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Print quad counts per graph, per predicate and members per class.")

    @OptionGroup var store: StoreOptions

    @Option(help: "How many predicates and classes to list.")
    var top = 20

    func run() throws {
        let kg = try KnowledgeGraph(path: store.db)
        let reader = kg.dataset()
        let stats = reader.statistics
        func name(_ id: TermID) -> String { id.raw == 0 ? "(default graph)" : reader.term(for: id)?.ntriples ?? id.description }
        print("quads: \(stats.quadCount)")
        print("graphs: \(stats.quadsPerGraph.count)")
        for (g, n) in stats.quadsPerGraph.sorted(by: { $0.value > $1.value }) {
            print("  \(pad(n)) \(name(g))")
        }
        print("predicates: \(stats.quadsPerPredicate.count) (top \(top))")
        for (p, n) in stats.quadsPerPredicate.sorted(by: { $0.value > $1.value }).prefix(top) {
            print("  \(pad(n)) \(name(p))")
        }
        print("classes: \(stats.membersPerClass.count) (distinct subjects per class, top \(top))")
        for (c, n) in stats.membersPerClass.sorted(by: { $0.value > $1.value }).prefix(top) {
            print("  \(pad(n)) \(name(c))")
        }
    }

    private func pad(_ n: Int) -> String {
        let s = String(n)
        return String(repeating: " ", count: max(0, 10 - s.count)) + s
    }
}

/// `citykg graphs`: the named graphs and their sizes.
struct Graphs: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List the named graphs with their quad counts.")

    @OptionGroup var store: StoreOptions

    func run() throws {
        let kg = try KnowledgeGraph(path: store.db)
        let reader = kg.dataset()
        for g in reader.namedGraphs() {
            print("\(reader.term(for: g)?.ntriples ?? g.description)\t\(reader.statistics.quadsPerGraph[g] ?? 0)")
        }
        if let n = reader.statistics.quadsPerGraph[StoreStatistics.defaultGraphID] {
            print("(default graph)\t\(n)")
        }
    }
}

/// `citykg delete-graph`: removes a graph's quads atomically.
struct DeleteGraph: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "delete-graph", abstract: "Delete every quad of a named graph (or of the default graph) in one atomic step.")

    @OptionGroup var store: StoreOptions

    @Argument(help: "The graph IRI, or 'default'.")
    var graph: String

    func run() throws {
        let kg = try KnowledgeGraph(path: store.db)
        let name: GraphName = graph == "default" ? .defaultGraph : .named(.iri(graph))
        let removed = try kg.store.clearGraph(name)
        print("deleted \(removed) quads from \(graph)")
    }
}
