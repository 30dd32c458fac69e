import RDFModel

/// The ontology terms as `<iri>` bytes, encoded once.
enum Encoded {
    private static func e(_ iri: IRI) -> [UInt8] { NQuadsWriter.encode(iri) }
    typealias O = CityKGOntology

    static let type = e(RDF.type)
    static let label = e(O.rdfsLabel)

    static let Person = e(O.Person), Patient = e(O.Patient), GridResident = e(O.GridResident)
    static let Driver = e(O.Driver), Employee = e(O.Employee), Beneficiary = e(O.Beneficiary), Owner = e(O.Owner)
    static let Building = e(O.Building), Unit = e(O.Unit), Vehicle = e(O.Vehicle), Organization = e(O.Organization)
    static let Service = e(O.Service), Clinic = e(O.Clinic), Visit = e(O.Visit), GridCell = e(O.GridCell), Request = e(O.Request)

    static let idNumber = e(O.idNumber), plateNumber = e(O.plateNumber), creditCode = e(O.creditCode)
    static let name = e(O.name), gender = e(O.gender), male = e(O.male), female = e(O.female)
    static let birthDate = e(O.birthDate), phone = e(O.phone), hukouAddress = e(O.hukouAddress), address = e(O.address)
    static let inBuilding = e(O.inBuilding), roomNumber = e(O.roomNumber), floorArea = e(O.floorArea)
    static let owner = e(O.owner), floors = e(O.floors), builtYear = e(O.builtYear)
    static let vehicleModel = e(O.vehicleModel), registrationDate = e(O.registrationDate), licenceClass = e(O.licenceClass)
    static let legalRepresentative = e(O.legalRepresentative), employer = e(O.employer)
    static let registeredCapital = e(O.registeredCapital), foundedOn = e(O.foundedOn)
    static let receivesService = e(O.receivesService), monthlyAmount = e(O.monthlyAmount), startDate = e(O.startDate)
    static let patient = e(O.patient), clinic = e(O.clinic), visitTime = e(O.visitTime)
    static let diagnosis = e(O.diagnosis), chronicCondition = e(O.chronicCondition)
    static let inGridCell = e(O.inGridCell), reportedBy = e(O.reportedBy), reportedAt = e(O.reportedAt)
    static let category = e(O.category), description = e(O.description), status = e(O.status)
}

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

    /// `<prefix` + the given bytes + `>`.
    func make(_ id: [UInt8]) -> [UInt8] {
        var out = prefix
        out.append(contentsOf: id)
        out.append(0x3E)
        return out
    }
}

extension Array where Element == UInt8 {
    /// Appends `value` in decimal, zero-padded to `width` digits.
    mutating func appendDigits(_ value: UInt64, width: Int = 1) {
        var n = 1
        var v = value
        while v >= 10 { v /= 10; n += 1 }
        if n < width { n = width }
        let start = count
        append(contentsOf: repeatElement(UInt8(48), count: n))
        v = value
        var i = start + n
        while i > start {
            i -= 1
            self[i] = UInt8(truncatingIfNeeded: 48 &+ v % 10)
            v /= 10
        }
    }

    /// Appends the UTF-8 of a string.
    mutating func append(_ s: String) { append(contentsOf: s.utf8) }
}

/// Record numbers that look like a department's own: an affine bijection of the person
/// number modulo 10^digits, keyed by seed and department, so numbers are unique within a
/// department but neither equal across departments nor in person order.
struct RecordNumbers {
    let multiplier: UInt64
    let offset: UInt64
    let modulus: UInt64

    init(seed: UInt64, stream: UInt64, digits: Int) {
        var m: UInt64 = 1
        for _ in 0..<digits { m *= 10 }
        self.init(seed: seed, stream: stream, modulus: m)
    }

    init(seed: UInt64, stream: UInt64, modulus m: UInt64) {
        modulus = m
        var sm = SplitMix64(seed: seed ^ (stream &* 0x9E37_79B9_7F4A_7C15))
        // A multiplier coprime to the modulus makes the map a bijection.
        var a = sm.next() % m | 1
        func gcd(_ x: UInt64, _ y: UInt64) -> UInt64 { y == 0 ? x : gcd(y, x % y) }
        while gcd(a, m) != 1 { a = (a + 2) % m }
        multiplier = a
        offset = sm.next() % m
    }

    /// The record number of entity `n`.
    func callAsFunction(_ n: Int) -> UInt64 {
        let product = UInt64(n).multipliedFullWidth(by: multiplier)
        let (_, low) = modulus.dividingFullWidth((product.high, product.low))
        let (sum, overflow) = low.addingReportingOverflow(offset)
        return overflow || sum >= modulus ? sum &- modulus : sum
    }
}
