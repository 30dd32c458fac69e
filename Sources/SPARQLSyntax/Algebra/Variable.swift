/// A SPARQL variable, named without its `?` or `$` sigil.
///
/// Variables the translation to algebra invents (for blank nodes in patterns, path
/// steps and aggregates) have names no query can spell: they start with `?` (blank
/// nodes and paths, printed `??0`, `??P0`) or `.` (aggregates, printed `?.0`), as in Jena.
public struct Variable: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The name, without the sigil.
    public let name: String

    /// Wraps a name.
    public init(_ name: String) { self.name = name }

    /// True for variables the algebra translation made up; they never appear in results.
    public var isGenerated: Bool {
        guard let first = name.unicodeScalars.first else { return true }
        return first == "?" || first == "."
    }

    /// Orders by name.
    public static func < (a: Variable, b: Variable) -> Bool { a.name < b.name }

    /// The variable as SSE prints it: `?name`.
    public var description: String { "?" + name }
}
