import RDFModel

extension Parser {
    /// Path ::= PathAlternative (section 9, grammar rules 88-96), translated per 18.2.2.3.
    mutating func path() throws -> PropertyPath {
        var p = try pathSequence()
        while accept("|") {
            p = .alternative(p, try pathSequence())
        }
        return p
    }

    private mutating func pathSequence() throws -> PropertyPath {
        var p = try pathEltOrInverse()
        while accept("/") {
            p = .sequence(p, try pathEltOrInverse())
        }
        return p
    }

    private mutating func pathEltOrInverse() throws -> PropertyPath {
        if accept("^") { return .inverse(try pathElt()) }
        return try pathElt()
    }

    private mutating func pathElt() throws -> PropertyPath {
        let primary = try pathPrimary()
        if accept("*") { return .zeroOrMore(primary) }
        if accept("+") { return .oneOrMore(primary) }
        if isPunct("?") { advance(); return .zeroOrOne(primary) }
        return primary
    }

    private mutating func pathPrimary() throws -> PropertyPath {
        if case .word("a") = token {
            advance()
            return .link(RDF.type)
        }
        if let iri = try acceptIRI() { return .link(iri) }
        if accept("!") { return try negatedPropertySet() }
        if accept("(") {
            let p = try path()
            try expect(")", "to close the path group")
            return p
        }
        throw expected("a property path (IRI, 'a', '^', '!' or '(')")
    }

    /// `!iri`, `!^iri`, `!(a|^b|...)`: forward members in one set, inverse members in
    /// another under `inverse`, joined by `alternative` when both are present.
    private mutating func negatedPropertySet() throws -> PropertyPath {
        var forward: [IRI] = []
        var backward: [IRI] = []
        if accept("(") {
            if !isPunct(")") {
                repeat {
                    let (iri, inverse) = try pathOneInPropertySet()
                    if inverse { backward.append(iri) } else { forward.append(iri) }
                } while accept("|")
            }
            try expect(")", "to close the negated property set")
        } else {
            let (iri, inverse) = try pathOneInPropertySet()
            if inverse { backward.append(iri) } else { forward.append(iri) }
        }
        switch (forward.isEmpty, backward.isEmpty) {
        case (false, true): return .negatedPropertySet(forward)
        case (true, false): return .inverse(.negatedPropertySet(backward))
        case (false, false): return .alternative(.negatedPropertySet(forward), .inverse(.negatedPropertySet(backward)))
        case (true, true): return .negatedPropertySet([])
        }
    }

    private mutating func pathOneInPropertySet() throws -> (IRI, Bool) {
        let inverse = accept("^")
        if case .word("a") = token {
            advance()
            return (RDF.type, inverse)
        }
        guard let iri = try acceptIRI() else { throw expected("an IRI or 'a' in the negated property set") }
        return (iri, inverse)
    }
}
