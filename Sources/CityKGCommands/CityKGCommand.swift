import ArgumentParser

/// The `citykg` command: load, inspect, query and serve the district knowledge graph.
public struct CityKGCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "citykg",
        abstract: "CityKG: a governed RDF knowledge graph for city and community governance.",
        subcommands: CityKGCommand.subcommandList
    )

    public init() {}
}

/// Options shared by every command that opens a store.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: "The store folder (created if missing).")
    var db: String
}
