// swift-tools-version: 6.0
// CityKG: a governed RDF knowledge graph for city and community governance.
import PackageDescription

let package = Package(
    name: "CityKG",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "citykg", targets: ["citykg"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        // MARK: C libraries (one Swift module imports each)
        .systemLibrary(name: "CRocksDB", pkgConfig: "rocksdb", providers: [.apt(["librocksdb-dev"])]),
        .systemLibrary(name: "CRaptor2", pkgConfig: "raptor2", providers: [.apt(["libraptor2-dev"])]),
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),

        // MARK: Layer 0: terms
        .target(name: "RDFModel"),

        // MARK: Layer 1: parsing, storage, SPARQL syntax (side by side)
        .target(name: "RDFIO", dependencies: ["RDFModel", "CRaptor2", "CZlib"]),
        .target(name: "QuadStore", dependencies: ["RDFModel", "CRocksDB"]),
        .target(name: "SPARQLSyntax", dependencies: ["RDFModel"]),

        // MARK: Layer 2: query engine and result formats
        .target(name: "SPARQLEngine", dependencies: ["RDFModel", "SPARQLSyntax", "SPARQLResults"]),
        .target(name: "SPARQLResults", dependencies: ["RDFModel"]),

        // MARK: Layer 3: the knowledge-graph facade and the sample district
        .target(name: "District", dependencies: ["RDFModel"]),
        .target(name: "CityKG", dependencies: ["RDFModel", "RDFIO", "QuadStore", "SPARQLSyntax", "SPARQLEngine", "SPARQLResults"]),

        // MARK: Layer 4: command line
        .target(name: "CityKGCommands", dependencies: [
            "CityKG", "District", "RDFModel",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .executableTarget(name: "citykg", dependencies: ["CityKGCommands"]),

        // MARK: Tests
        .testTarget(name: "RDFModelTests", dependencies: ["RDFModel"]),
        .testTarget(name: "RDFIOTests", dependencies: ["RDFIO", "RDFModel"]),
        .testTarget(name: "QuadStoreTests", dependencies: ["QuadStore", "RDFModel", "RDFIO"]),
        .testTarget(name: "SPARQLSyntaxTests", dependencies: ["SPARQLSyntax", "RDFModel", "RDFIO"]),
        .testTarget(name: "SPARQLEngineTests", dependencies: ["SPARQLEngine", "SPARQLSyntax", "SPARQLResults", "RDFModel", "CityKG"]),
        .testTarget(name: "DistrictTests", dependencies: ["District", "RDFModel", "RDFIO"]),
        .testTarget(name: "CityKGTests", dependencies: ["CityKG", "CityKGCommands", "District", "RDFModel", "RDFIO", "QuadStore", "citykg"]),
        .testTarget(name: "ConformanceTests", dependencies: ["CityKG", "RDFIO", "RDFModel", "QuadStore", "SPARQLSyntax", "SPARQLEngine", "SPARQLResults"]),
    ],
    swiftLanguageModes: [.v6]
)
