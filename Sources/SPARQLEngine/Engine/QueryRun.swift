import Foundation
import SPARQLResults
import SPARQLSyntax

/// One execution of one query: optimization, planning, evaluation and the query form.
final class QueryRun {
    let query: Query
    let context: ExecutionContext
    let evaluator: Evaluator
    /// The algebra after the optimizer's passes.
    let optimized: GraphPattern
    /// The physical plan.
    let root: PlanNode

    init(engine: QueryEngine, query: Query) throws {
        self.query = query
        let variables = VariableTable()
        context = ExecutionContext(dataset: engine.dataset, options: engine.options, queryDataset: query.dataset,
                                   baseIRI: query.baseIRI, variables: variables, cancellation: engine.cancellation)
        try context.checkNow()
        evaluator = Evaluator(context: context)
        let optimizer = Optimizer(folding: ConstantFolding(evaluator: evaluator.expressions))
        optimized = engine.options.optimize ? optimizer.optimize(query.pattern) : query.pattern
        let planner = Planner(context: context)
        root = try planner.plan(optimized, bound: [])
        // Every variable the form reads needs a slot before rows are made.
        switch query.form {
        case .select(let vars): vars.forEach { _ = variables.slot($0) }
        case .construct(let template): template.flatMap(\.variables).forEach { _ = variables.slot($0) }
        case .describe(let targets): targets.compactMap(\.variable).forEach { _ = variables.slot($0) }
        case .ask: break
        }
    }

    /// Opens the plan at the top level.
    func openRoot() throws -> RowSource {
        try evaluator.open(root, evaluator.emptyRow, evaluator.topEnvironment)
    }

    /// The query's result in its form.
    func results() throws -> QueryResults {
        switch query.form {
        case .select(let vars):
            let producer = SolutionProducer(source: try openRoot(), variables: vars, context: context)
            return .stream(variables: vars.map(\.name), rows: QuerySolutionStream(producer.next))
        case .ask:
            return .boolean(try openRoot()() != nil)
        case .construct(let template):
            return .graph(try construct(template))
        case .describe(let targets):
            return .graph(try describe(targets))
        }
    }

    /// The solutions as dictionaries of the variables they bind (generated variables left out).
    func solutionDictionaries() throws -> [[Variable: Term]] {
        let source = try openRoot()
        let variables = context.variables.variables
        var out: [[Variable: Term]] = []
        while let row = try source() {
            var d: [Variable: Term] = [:]
            for (s, v) in variables.enumerated() where s < row.count && !v.isGenerated {
                if let t = context.decode(row[s]) { d[v] = t }
            }
            out.append(d)
            try checkResultCount(out.count)
        }
        return out
    }

    /// Throws when `count` results exceed the configured maximum.
    func checkResultCount(_ count: Int) throws {
        if let limit = context.options.maxResults, count > limit {
            throw QueryError(.resultTooLarge, "the query returns more than \(limit) results", limit: Double(limit))
        }
    }

    /// The plan as an indented tree; with `analyze` the query runs first and actual rows are shown.
    func explain(analyze: Bool) throws -> String {
        if analyze {
            context.actualRows = [:]
            let source = try openRoot()
            while try source() != nil {}
        }
        let exists = context.existsPlans.sorted { $0.value.id < $1.value.id }.map { ($0.key, $0.value) }
        return PlanExplainer(variables: context.variables, actual: context.actualRows, decode: context.decode)
            .render(root, exists: exists)
    }
}

/// Turns plan rows into result solutions, enforcing the result limit.
final class SolutionProducer {
    private let source: RowSource
    private let slots: [Int]
    private let names: [String]
    private let context: ExecutionContext
    private var produced = 0

    init(source: @escaping RowSource, variables: [Variable], context: ExecutionContext) {
        self.source = source
        self.slots = variables.map { context.variables.slot($0) }
        self.names = variables.map(\.name)
        self.context = context
    }

    /// The next solution, nil at the end.
    func next() throws -> QuerySolution? {
        guard let row = try source() else { return nil }
        produced += 1
        if let limit = context.options.maxResults, produced > limit {
            throw QueryError(.resultTooLarge, "the query returns more than \(limit) solutions", limit: Double(limit))
        }
        var bindings: [String: Term] = [:]
        for (i, s) in slots.enumerated() {
            if let t = context.decode(row[s]) { bindings[names[i]] = t }
        }
        return QuerySolution(bindings)
    }
}
