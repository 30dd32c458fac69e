import RDFModel

/// One update operation (SPARQL 1.1 Update section 3).
public enum UpdateOperation: Hashable, Sendable {
    /// INSERT DATA: ground quads (blank nodes allowed, fresh per request).
    case insertData([Quad])
    /// DELETE DATA: ground quads without blank nodes.
    case deleteData([Quad])
    /// DELETE/INSERT ... WHERE (also DELETE WHERE and INSERT WHERE). WITH is already folded
    /// in: templates without GRAPH name the WITH graph, and the dataset defaults to it.
    case deleteInsert(delete: [QuadPattern], insert: [QuadPattern], using: QueryDataset?, pattern: GraphPattern)
    /// LOAD: fetch a document into a graph (nil destination: the default graph).
    case load(silent: Bool, source: IRI, destination: IRI?)
    /// CLEAR: remove every triple of the target.
    case clear(silent: Bool, target: GraphTarget)
    /// CREATE GRAPH.
    case create(silent: Bool, graph: IRI)
    /// DROP: remove the target graphs.
    case drop(silent: Bool, target: GraphTarget)
    /// ADD: copy the source's triples into the destination.
    case add(silent: Bool, from: GraphOrDefault, to: GraphOrDefault)
    /// MOVE: ADD, then drop the source, replacing the destination first.
    case move(silent: Bool, from: GraphOrDefault, to: GraphOrDefault)
    /// COPY: replace the destination with the source's triples.
    case copy(silent: Bool, from: GraphOrDefault, to: GraphOrDefault)
}

/// The graphs a CLEAR or DROP acts on.
public enum GraphTarget: Hashable, Sendable {
    /// One named graph.
    case graph(IRI)
    /// The default graph.
    case defaultGraph
    /// Every named graph.
    case named
    /// The default graph and every named graph.
    case all
}

/// The default graph or one named graph, as ADD, MOVE and COPY take.
public enum GraphOrDefault: Hashable, Sendable {
    /// The default graph.
    case defaultGraph
    /// A named graph.
    case graph(IRI)
}
