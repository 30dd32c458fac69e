/// Resolution of relative IRI references against a base (RFC 3986 section 5.2).
enum IRIResolver {
    private struct Parts {
        var scheme: String?
        var authority: String?
        var path: String
        var query: String?
        var fragment: String?
    }

    /// True when the reference has a scheme (and so is absolute).
    static func hasScheme(_ s: String) -> Bool { split(s).scheme != nil }

    /// Resolves `reference` against `base`; without a base the reference is returned as is.
    static func resolve(_ reference: String, against base: String?) -> String {
        guard let base else { return reference }
        let r = split(reference)
        let b = split(base)
        var t = Parts(path: "")
        if let scheme = r.scheme {
            t = Parts(scheme: scheme, authority: r.authority, path: removeDotSegments(r.path), query: r.query)
        } else {
            if r.authority != nil {
                t.authority = r.authority
                t.path = removeDotSegments(r.path)
                t.query = r.query
            } else {
                if r.path.isEmpty {
                    t.path = b.path
                    t.query = r.query ?? b.query
                } else {
                    if r.path.hasPrefix("/") {
                        t.path = removeDotSegments(r.path)
                    } else {
                        t.path = removeDotSegments(merge(b, r.path))
                    }
                    t.query = r.query
                }
                t.authority = b.authority
            }
            t.scheme = b.scheme
        }
        t.fragment = r.fragment
        var out = ""
        if let s = t.scheme { out += s + ":" }
        if let a = t.authority { out += "//" + a }
        out += t.path
        if let q = t.query { out += "?" + q }
        if let f = t.fragment { out += "#" + f }
        return out
    }

    private static func merge(_ base: Parts, _ path: String) -> String {
        if base.authority != nil && base.path.isEmpty { return "/" + path }
        if let slash = base.path.lastIndex(of: "/") {
            return String(base.path[...slash]) + path
        }
        return path
    }

    private static func removeDotSegments(_ path: String) -> String {
        var input = Substring(path)
        var out = ""
        while !input.isEmpty {
            if input.hasPrefix("../") { input = input.dropFirst(3) }
            else if input.hasPrefix("./") { input = input.dropFirst(2) }
            else if input.hasPrefix("/./") { input = input.dropFirst(2) }
            else if input == "/." { input = "/" }
            else if input.hasPrefix("/../") {
                input = input.dropFirst(3)
                if let slash = out.lastIndex(of: "/") { out = String(out[..<slash]) } else { out = "" }
            } else if input == "/.." {
                input = "/"
                if let slash = out.lastIndex(of: "/") { out = String(out[..<slash]) } else { out = "" }
            } else if input == "." || input == ".." {
                input = ""
            } else {
                var seg = input.startIndex
                if input.first == "/" { seg = input.index(after: seg) }
                let end = input[seg...].firstIndex(of: "/") ?? input.endIndex
                out += input[..<end]
                input = input[end...]
            }
        }
        return out
    }

    private static func split(_ s: String) -> Parts {
        var rest = Substring(s)
        var p = Parts(path: "")
        if let hash = rest.firstIndex(of: "#") {
            p.fragment = String(rest[rest.index(after: hash)...])
            rest = rest[..<hash]
        }
        if let q = rest.firstIndex(of: "?") {
            p.query = String(rest[rest.index(after: q)...])
            rest = rest[..<q]
        }
        if let colon = rest.firstIndex(of: ":") {
            let scheme = rest[..<colon]
            if let f = scheme.first, f.isLetter, f.isASCII,
               scheme.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "+" || $0 == "-" || $0 == ".") }) {
                p.scheme = String(scheme)
                rest = rest[rest.index(after: colon)...]
            }
        }
        if rest.hasPrefix("//") {
            rest = rest.dropFirst(2)
            let end = rest.firstIndex(of: "/") ?? rest.endIndex
            p.authority = String(rest[..<end])
            rest = rest[end...]
        }
        p.path = String(rest)
        return p
    }
}
