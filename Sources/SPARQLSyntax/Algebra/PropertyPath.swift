import RDFModel

/// A SPARQL 1.1 property path expression (section 9, translated per 18.2.2.3).
public indirect enum PropertyPath: Hashable, Sendable {
    /// One predicate: `<p>`.
    case link(IRI)
    /// The inverse of a path: `^path`.
    case inverse(PropertyPath)
    /// One path after the other: `a/b`.
    case sequence(PropertyPath, PropertyPath)
    /// Either path: `a|b`.
    case alternative(PropertyPath, PropertyPath)
    /// Zero or more repetitions: `path*`.
    case zeroOrMore(PropertyPath)
    /// One or more repetitions: `path+`.
    case oneOrMore(PropertyPath)
    /// Zero or one occurrence: `path?`.
    case zeroOrOne(PropertyPath)
    /// Any predicate except those listed: `!(a|b)`. Inverse members of a negated
    /// set are translated to `inverse(negatedPropertySet(...))` as section 18.2.2.3 says.
    case negatedPropertySet([IRI])
}
