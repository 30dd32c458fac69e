/// Builds `<prefix + number>` IRIs as bytes.
struct RecordIRI {
    /// `<https://citykg.example/health/patient/` and the like.
    let prefix: [UInt8]

    init(_ department: DistrictDepartment, _ kind: String) {
        prefix = Array("<\(department.recordBase)\(kind)/".utf8)
    }

    /// `<prefix` + letters + zero-padded number + `>`.
    func make(_ letters: String, _ number: UInt64, width: Int) -> [UInt8] {
        var out = prefix
        out.reserveCapacity(prefix.count + letters.utf8.count + width + 1)
        out.append(contentsOf: letters.utf8)
        out.appendDigits(number, width: width)
        out.append(0x3E)
        return out
    }

    /// `<prefix` + letters + number + suffix + second number + `>`.
    func make(_ letters: String, _ number: UInt64, width: Int, suffix: String, _ second: UInt64) -> [UInt8] {
        var out = prefix
        out.append(letters)
        out.appendDigits(number, width: width)
        out.append(suffix)
        out.appendDigits(second)
        out.append(0x3E)
        return out
    }

    /// `<prefix` + the given bytes + `>`.
    func make(_ id: [UInt8]) -> [UInt8] {
        var out = prefix
        out.append(contentsOf: id)
        out.append(0x3E)
        return out
    }
}
