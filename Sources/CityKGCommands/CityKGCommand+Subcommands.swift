import ArgumentParser

extension CityKGCommand {
    /// Every subcommand, in the order `citykg --help` lists them.
    static var subcommandList: [ParsableCommand.Type] {
        [Load.self, Dump.self, QueryCommand.self, UpdateCommand.self, Stats.self, Graphs.self, DeleteGraph.self, Generate.self, Bench.self]
    }
}
