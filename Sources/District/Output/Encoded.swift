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
    static let Community = e(O.Community), Subdistrict = e(O.Subdistrict), District = e(O.District), partOf = e(O.partOf)
    static let inGridCell = e(O.inGridCell), reportedBy = e(O.reportedBy), reportedAt = e(O.reportedAt)
    static let category = e(O.category), description = e(O.description), status = e(O.status)
}
