import RDFModel
import SPARQLSyntax
import Testing
@testable import SPARQLEngine

@Suite("Hash functions")
struct FunctionsHashTests {
    @Test("FIPS / RFC test vectors", arguments: [
        (FunctionLibrary.HashAlgorithm.md5, "", "d41d8cd98f00b204e9800998ecf8427e"),
        (.md5, "abc", "900150983cd24fb0d6963f7d28e17f72"),
        (.md5, "12345678901234567890123456789012345678901234567890123456789012345678901234567890",
         "57edf4a22be3c955ac49da2e2107b67a"),
        (.sha1, "abc", "a9993e364706816aba3e25717850c26c9cd0d89d"),
        (.sha1, "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "84983e441c3bd26ebaae4aa1f95129e5e54670f1"),
        (.sha256, "", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        (.sha256, "abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        (.sha256, "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
         "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
        (.sha384, "abc", "cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed8086072ba1e7cc2358baeca134c825a7"),
        (.sha512, "abc", "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f"),
    ])
    func vectors(algorithm: FunctionLibrary.HashAlgorithm, input: String, expected: String) {
        #expect(FunctionLibrary.hexDigest(algorithm, Array(input.utf8)) == expected)
    }

    @Test func millionAs() {
        let a = [UInt8](repeating: 0x61, count: 1_000_000)
        #expect(FunctionLibrary.hexDigest(.sha1, a) == "34aa973cd4c4daa4f61eeb2bdbad27316534016f")
        #expect(FunctionLibrary.hexDigest(.sha256, a) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test("Block-boundary lengths agree between SHA-384 and SHA-512 paddings", arguments: [55, 56, 63, 64, 111, 112, 127, 128])
    func boundaries(length: Int) {
        let m = [UInt8](repeating: 0x61, count: length)
        #expect(SHA512.digest(m).count == 64)
        #expect(SHA512.digest384(m).count == 48)
        #expect(SHA256.digest(m).count == 32)
        #expect(MD5.digest(m).count == 16)
    }

    @Test("W3C md5-02 and sha1-02 on non-ASCII strings; tagged strings are errors")
    func sparqlFunctions() throws {
        let c = FunctionContext()
        #expect(try FunctionLibrary.evaluate(.md5, [plain("abc")], context: c) == plain("900150983cd24fb0d6963f7d28e17f72"))
        #expect(try FunctionLibrary.evaluate(.md5, [xstr("食べ物")], context: c) == plain("e7ada485d13b1decf628c9211bc3a97b"))
        #expect(try FunctionLibrary.evaluate(.sha1, [plain("\u{98DF}")], context: c) == plain("d46696735b6a09ff407bfc1a9407e008840db9c9"))
        #expect(throws: ExpressionError.self) { try FunctionLibrary.evaluate(.sha256, [lang("abc", "en")], context: c) }
        #expect(throws: ExpressionError.self) { try FunctionLibrary.evaluate(.md5, [int("1")], context: c) }
    }
}
