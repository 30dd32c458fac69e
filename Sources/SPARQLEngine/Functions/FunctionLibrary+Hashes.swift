import RDFModel

// MD5, SHA1, SHA256, SHA384, SHA512 (SPARQL 17.4.6): lower-case hex of the UTF-8 bytes.

extension FunctionLibrary {
    /// A hash function SPARQL provides.
    public enum HashAlgorithm: Sendable {
        case md5, sha1, sha256, sha384, sha512
    }

    /// The hex digest of a simple or `xsd:string` literal's UTF-8 bytes, as a simple literal.
    public static func hash(_ algorithm: HashAlgorithm, _ t: Term) throws(ExpressionError) -> Term {
        let s = try simpleStringArgument("\(algorithm)".uppercased(), t)
        return .literal(Literal(hexDigest(algorithm, Array(s.utf8))))
    }

    /// The lower-case hex digest of `bytes`.
    public static func hexDigest(_ algorithm: HashAlgorithm, _ bytes: [UInt8]) -> String {
        let digest: [UInt8]
        switch algorithm {
        case .md5: digest = MD5.digest(bytes)
        case .sha1: digest = SHA1.digest(bytes)
        case .sha256: digest = SHA256.digest(bytes)
        case .sha384: digest = SHA512.digest384(bytes)
        case .sha512: digest = SHA512.digest(bytes)
        }
        let hex = Array("0123456789abcdef")
        var out = ""
        out.reserveCapacity(digest.count * 2)
        for b in digest {
            out.append(hex[Int(b >> 4)])
            out.append(hex[Int(b & 15)])
        }
        return out
    }
}
