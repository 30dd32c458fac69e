/// The outcome of a three-way value comparison.
public enum ValueOrder: Int, Sendable, Hashable {
    case less = -1, equal = 0, greater = 1

    /// Compares two comparable values; nil when they are unordered (NaN).
    init?<T: Comparable>(_ a: T, _ b: T) {
        if a < b { self = .less } else if a > b { self = .greater } else if a == b { self = .equal } else { return nil }
    }

    /// The order with its sides swapped.
    public var reversed: ValueOrder { ValueOrder(rawValue: -rawValue)! }
}
