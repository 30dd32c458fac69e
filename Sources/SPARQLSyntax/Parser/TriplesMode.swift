/// How a block of triples is read: as a query pattern (paths allowed, blank nodes become
/// variables) or as a template / data block (blank nodes stay blank nodes).
struct TriplesMode {
    /// Query pattern: property paths allowed, blank nodes become generated variables.
    var isPattern: Bool
    /// Whether variables may appear (not in INSERT DATA / DELETE DATA).
    var variablesAllowed = true
    /// Why blank nodes may not appear, if they may not (DELETE templates and data).
    var blankNodesForbidden: String?
    /// True for INSERT DATA, whose blank-node labels may not reappear in another
    /// operation of the same request.
    var labelsScopedToRequest = false

    static let pattern = TriplesMode(isPattern: true)
    static let template = TriplesMode(isPattern: false)
}

/// One triple-shaped piece of a triples block before it is grouped into BGPs.
enum TripleItem {
    case triple(TriplePattern)
    case path(TermPattern, PropertyPath, TermPattern)
}

/// A predicate position: a variable, or a property path.
enum PropertyPathOrVariable {
    case variable(Variable)
    case path(PropertyPath)
}
