import ArgumentParser
import CityKG
import SPARQLEngine

/// `citykg update`: runs a SPARQL Update request atomically.
struct UpdateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "update",
        abstract: "Run a SPARQL 1.1 Update request in one atomic step.",
        discussion: """
        Give the request as an argument or in a file with -f. Its operations (separated by ';') run in \
        order, each seeing the effects of the ones before; if any fails, nothing is written.

        Example: citykg update --db district.db 'DROP SILENT GRAPH <https://example.org/old>'
        """
    )

    @OptionGroup var store: StoreOptions

    @Option(help: "Base IRI for relative IRIs in the request.")
    var base: String?

    @Option(help: "Stop each WHERE clause after this many seconds.")
    var timeout: Double?

    @Option(name: .customShort("f"), help: ArgumentHelp("Read the request from this file (- for standard input).", valueName: "file.ru"))
    var file: String?

    @Argument(help: "The update text (or use -f FILE.ru).")
    var text: String?

    func validate() throws {
        if (text == nil) == (file == nil) { throw ValidationError("give the update as an argument or with -f FILE, not both") }
    }

    func run() throws {
        let requestText = try requestText(argument: text, file: file)
        let kg = try KnowledgeGraph(path: store.db)
        var options = QueryOptions()
        options.timeout = timeout
        do {
            let report = try kg.update(requestText, baseIRI: base, options: options)
            print("\(report.operations) operation\(report.operations == 1 ? "" : "s"): \(report.quadsDeleted) quads deleted, \(report.quadsInserted) inserted in \(Clock.format(report.seconds))")
        } catch {
            writeStandardError("error: \(error)\n")
            throw ExitCode(1)
        }
    }
}
