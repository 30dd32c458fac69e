import RDFModel

/// What an operator evaluates against besides its input row: the active graph, and whether the
/// seed row is a substitution (EXISTS) rather than a join partner.
struct Environment {
    /// The graphs that make up the active graph (their merge when more than one).
    var graphs: [GraphSelector]
    /// True inside EXISTS: the seed's bindings are substituted everywhere, filters included
    /// (SPARQL 18.6 `substitute`), instead of being joined with the pattern's solutions.
    var substitute = false
}
