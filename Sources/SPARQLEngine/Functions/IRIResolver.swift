/// Resolves relative IRI references against a base IRI (RFC 3986 section 5.2).
///
/// ```swift
/// IRIResolver.resolve("../d", against: "http://a/b/c/e")   // http://a/b/d
/// ```
public enum IRIResolver {
    /// The parts of an IRI reference, each nil when absent.
    struct Components {
        var scheme: Substring?
        var authority: Substring?
        var path: Substring
        var query: Substring?
        var fragment: Substring?

        init(_ s: String) {
            var rest = Substring(s)
            if let hash = rest.firstIndex(of: "#") {
                fragment = rest[rest.index(after: hash)...]
                rest = rest[..<hash]
            }
            if let q = rest.firstIndex(of: "?") {
                query = rest[rest.index(after: q)...]
                rest = rest[..<q]
            }
            if let colon = rest.firstIndex(of: ":"), let first = rest.first, first.isLetter,
               rest[..<colon].allSatisfy({ $0.isLetter || $0.isNumber || $0 == "+" || $0 == "-" || $0 == "." }) {
                scheme = rest[..<colon]
                rest = rest[rest.index(after: colon)...]
            }
            if rest.hasPrefix("//") {
                let afterSlashes = rest.dropFirst(2)
                let end = afterSlashes.firstIndex(of: "/") ?? afterSlashes.endIndex
                authority = afterSlashes[..<end]
                rest = afterSlashes[end...]
            }
            path = rest
        }
    }

    /// The target IRI of `reference` resolved against the absolute `base`.
    public static func resolve(_ reference: String, against base: String) -> String {
        let r = Components(reference)
        let b = Components(base)
        var scheme = r.scheme, authority = r.authority, query = r.query
        var path: String
        if r.scheme != nil {
            path = removeDotSegments(String(r.path))
        } else {
            scheme = b.scheme
            if r.authority != nil {
                path = removeDotSegments(String(r.path))
            } else {
                authority = b.authority
                if r.path.isEmpty {
                    path = String(b.path)
                    if r.query == nil { query = b.query }
                } else if r.path.hasPrefix("/") {
                    path = removeDotSegments(String(r.path))
                } else {
                    path = removeDotSegments(merge(base: b, path: r.path))
                }
            }
        }
        var out = ""
        if let scheme { out += scheme + ":" }
        if let authority { out += "//" + authority }
        out += path
        if let query { out += "?" + query }
        if let f = r.fragment { out += "#" + f }
        return out
    }

    private static func merge(base: Components, path: Substring) -> String {
        if base.authority != nil && base.path.isEmpty { return "/" + path }
        guard let slash = base.path.lastIndex(of: "/") else { return String(path) }
        return String(base.path[...slash]) + path
    }

    /// RFC 3986 5.2.4.
    static func removeDotSegments(_ input: String) -> String {
        var inp = Substring(input)
        var out: [Substring] = []
        while !inp.isEmpty {
            if inp.hasPrefix("../") { inp = inp.dropFirst(3) }
            else if inp.hasPrefix("./") { inp = inp.dropFirst(2) }
            else if inp.hasPrefix("/./") { inp = inp.dropFirst(2) }
            else if inp == "/." { inp = "/" }
            else if inp.hasPrefix("/../") { inp = inp.dropFirst(3); if !out.isEmpty { out.removeLast() } }
            else if inp == "/.." { inp = "/"; if !out.isEmpty { out.removeLast() } }
            else if inp == "." || inp == ".." { inp = "" }
            else {
                let start = inp.hasPrefix("/") ? inp.index(after: inp.startIndex) : inp.startIndex
                let end = inp[start...].firstIndex(of: "/") ?? inp.endIndex
                out.append(inp[..<end])
                inp = inp[end...]
            }
        }
        return out.joined()
    }
}
