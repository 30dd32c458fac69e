import SPARQLSyntax

/// The slot each variable of a query occupies in a ``Row``. Variables with the same name share
/// a slot everywhere in the query; projection clears the slots a subquery does not export.
final class VariableTable {
    private(set) var variables: [Variable] = []
    private var slots: [Variable: Int] = [:]

    /// The slot of a variable, allocated on first use.
    func slot(_ v: Variable) -> Int {
        if let s = slots[v] { return s }
        slots[v] = variables.count
        variables.append(v)
        return variables.count - 1
    }

    /// The slot of a variable if it has one.
    func existingSlot(_ v: Variable) -> Int? { slots[v] }

    /// How many slots a row has.
    var width: Int { variables.count }
}
