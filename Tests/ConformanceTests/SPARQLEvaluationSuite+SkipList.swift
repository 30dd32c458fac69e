/// Tests of the SPARQL evaluation suites that cannot apply to CityKG, each with its reason.
///
/// Whole suites left out of ``SPARQLEvaluationSuite`` rather than listed here: `service` (SERVICE
/// federation needs remote endpoints), `entailment` (no entailment regime is in scope),
/// `protocol`, `graph-store-protocol`, `service-description` and `http-rdf-update` (HTTP-level,
/// for the server's tests), and the syntax suites (run by SPARQLSyntaxTests).
///
/// Only tests that no correct implementation of our scope could pass belong here (features
/// out of scope, such as federation or entailment regimes). A wrong answer of ours is a
/// failure to fix, not an entry here.
extension SPARQLEvaluationSuite {
    /// Test id (`folder/manifest#name`) → why it is skipped.
    var skipList: [String: String] {
        switch self {
        case .sparql10Query: [:]
        case .sparql11Query: [:]
        case .sparql11Results: [
            "csv-tsv-res/manifest#tsv03":
                "the expected TSV spells the data's \"1.0E6\"^^xsd:double as 1.0e6; matching it needs rewriting lexical forms, "
                + "which the SPARQL 1.0 distinct and open-world tests forbid",
        ]
        case .sparql11Update: [:]
        }
    }
}
