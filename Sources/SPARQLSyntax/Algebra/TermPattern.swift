import RDFModel

/// A position in a triple or quad pattern: a fixed RDF term or a variable.
///
/// Blank nodes appear as terms only in templates (CONSTRUCT, INSERT, DELETE); in
/// query patterns the translation turns them into generated variables.
public enum TermPattern: Hashable, Sendable {
    /// A fixed term.
    case term(Term)
    /// A variable.
    case variable(Variable)

    /// The variable, if this position is one.
    public var variable: Variable? { if case .variable(let v) = self { return v } else { return nil } }
    /// The term, if this position is fixed.
    public var term: Term? { if case .term(let t) = self { return t } else { return nil } }
}
