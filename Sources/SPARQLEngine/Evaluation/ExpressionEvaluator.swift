import RDFModel
import SPARQLSyntax

/// Evaluates SPARQL expressions over a row (SPARQL 17.2, 17.3). Terms are decoded only for the
/// variables an expression reads. Every failure is an ``ExpressionError``, which callers turn
/// into "unbound" (BIND, SELECT expressions) or "false" (FILTER).
struct ExpressionEvaluator {
    let context: ExecutionContext
    /// Runs an EXISTS pattern with the row substituted; true when it has a solution.
    let exists: (GraphPattern, Row) throws -> Bool

    /// The value of `e` for `row`.
    func evaluate(_ e: Expression, _ row: Row) throws -> Term {
        switch e {
        case .variable(let v):
            guard let s = context.variables.existingSlot(v), s < row.count, let t = context.decode(row[s]) else {
                throw ExpressionError(v.description, .typeMismatch, detail: "unbound variable")
            }
            return t
        case .term(let t):
            return t
        case .or(let a, let b):
            let x = Result { try ebv(a, row) }, y = Result { try ebv(b, row) }
            if case .success(true) = x { return .boolean(true) }
            if case .success(true) = y { return .boolean(true) }
            return .boolean(try x.get() || y.get())
        case .and(let a, let b):
            let x = Result { try ebv(a, row) }, y = Result { try ebv(b, row) }
            if case .success(false) = x { return .boolean(false) }
            if case .success(false) = y { return .boolean(false) }
            return .boolean(try x.get() && y.get())
        case .not(let a):
            return .boolean(try !ebv(a, row))
        case .equal(let a, let b):
            return .boolean(try ValueComparison.equals(evaluate(a, row), evaluate(b, row)))
        case .notEqual(let a, let b):
            return .boolean(try ValueComparison.notEquals(evaluate(a, row), evaluate(b, row)))
        case .less(let a, let b):
            return .boolean(try ValueComparison.lessThan(evaluate(a, row), evaluate(b, row)))
        case .greater(let a, let b):
            return .boolean(try ValueComparison.greaterThan(evaluate(a, row), evaluate(b, row)))
        case .lessOrEqual(let a, let b):
            return .boolean(try ValueComparison.lessThanOrEqual(evaluate(a, row), evaluate(b, row)))
        case .greaterOrEqual(let a, let b):
            return .boolean(try ValueComparison.greaterThanOrEqual(evaluate(a, row), evaluate(b, row)))
        case .in(let a, let list):
            return .boolean(try membership(a, list, row))
        case .notIn(let a, let list):
            return .boolean(try !membership(a, list, row))
        case .add(let a, let b):
            return try FunctionLibrary.add(evaluate(a, row), evaluate(b, row))
        case .subtract(let a, let b):
            return try FunctionLibrary.subtract(evaluate(a, row), evaluate(b, row))
        case .multiply(let a, let b):
            return try FunctionLibrary.multiply(evaluate(a, row), evaluate(b, row))
        case .divide(let a, let b):
            return try FunctionLibrary.divide(evaluate(a, row), evaluate(b, row))
        case .unaryPlus(let a):
            return try FunctionLibrary.unaryPlus(evaluate(a, row))
        case .unaryMinus(let a):
            return try FunctionLibrary.unaryMinus(evaluate(a, row))
        case .bound(let v):
            guard let s = context.variables.existingSlot(v), s < row.count else { return .boolean(false) }
            return .boolean(row[s].isBound)
        case .if(let c, let a, let b):
            return try ebv(c, row) ? evaluate(a, row) : evaluate(b, row)
        case .coalesce(let list):
            for x in list {
                if let t = try? evaluate(x, row) { return t }
            }
            throw ExpressionError("COALESCE", .typeMismatch, detail: "no argument has a value")
        case .exists(let p):
            return .boolean(try exists(p, row))
        case .notExists(let p):
            return .boolean(try !exists(p, row))
        case .call(let f, let args):
            let values = try args.map { try evaluate($0, row) }
            return try FunctionLibrary.evaluate(f, values, context: context.functions)
        case .function(let iri, let args):
            let values = try args.map { try evaluate($0, row) }
            return try FunctionLibrary.evaluate(function: iri, values)
        case .aggregate:
            throw ExpressionError("aggregate", .typeMismatch, detail: "aggregate outside GROUP BY")
        }
    }

    /// The effective boolean value of `e` for `row`.
    func ebv(_ e: Expression, _ row: Row) throws -> Bool {
        try evaluate(e, row).effectiveBooleanValue()
    }

    /// FILTER semantics: true only when the value is true; errors count as false. Limit errors
    /// (timeout, cancel) from EXISTS still propagate.
    func holds(_ e: Expression, _ row: Row) throws -> Bool {
        do {
            return try ebv(e, row)
        } catch let error as QueryError {
            throw error
        } catch {
            return false
        }
    }

    /// The value, or nil on an expression error; limit errors propagate.
    func value(_ e: Expression, _ row: Row) throws -> Term? {
        do {
            return try evaluate(e, row)
        } catch let error as QueryError {
            throw error
        } catch {
            return nil
        }
    }

    /// `a IN (list)`: true if some member is equal; an error if none is but some comparison failed.
    private func membership(_ a: Expression, _ list: [Expression], _ row: Row) throws -> Bool {
        let x = try evaluate(a, row)
        var failure: Error? = nil
        for member in list {
            do {
                if try ValueComparison.equals(x, evaluate(member, row)) { return true }
            } catch let error as QueryError {
                throw error
            } catch {
                failure = error
            }
        }
        if let failure { throw failure }
        return false
    }
}
