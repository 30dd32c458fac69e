import RDFModel

/// The classes and properties of the CityKG ontology (`Ontology/citykg.ttl`) that the
/// generator emits, namespace `https://citykg.example/ontology#` (prefix `ck:`).
///
/// ```swift
/// CityKGOntology.idNumber   // <https://citykg.example/ontology#idNumber>, an inverse-functional key
/// ```
public enum CityKGOntology {
    /// The ontology namespace.
    public static let namespace = "https://citykg.example/ontology#"
    static func term(_ local: String) -> IRI { IRI(namespace + local) }

    // MARK: - Classes

    /// A natural person; the police record is typed so, the other departments' person records
    /// with a subclass (``Patient``, ``Driver``, ...).
    public static let Person = term("Person")
    /// A person as a health patient record.
    public static let Patient = term("Patient")
    /// A person as a resident known to the community grid.
    public static let GridResident = term("GridResident")
    /// A person holding a driving licence.
    public static let Driver = term("Driver")
    /// A person employed by an organization (market regulation's view).
    public static let Employee = term("Employee")
    /// A person receiving a welfare service.
    public static let Beneficiary = term("Beneficiary")
    /// A person owning a housing unit.
    public static let Owner = term("Owner")
    public static let Building = term("Building")
    public static let Unit = term("Unit")
    public static let Vehicle = term("Vehicle")
    public static let Organization = term("Organization")
    public static let Service = term("Service")
    public static let Clinic = term("Clinic")
    public static let Visit = term("Visit")
    public static let GridCell = term("GridCell")
    /// A community (社区): several grid cells.
    public static let Community = term("Community")
    /// A subdistrict (街道): several communities.
    public static let Subdistrict = term("Subdistrict")
    /// The district itself.
    public static let District = term("District")
    public static let Request = term("Request")
    public static let Department = term("Department")

    // MARK: - Keys (owl:InverseFunctionalProperty)

    /// The 18-character resident identity number.
    public static let idNumber = term("idNumber")
    /// A vehicle's plate number.
    public static let plateNumber = term("plateNumber")
    /// An organization's unified social credit code.
    public static let creditCode = term("creditCode")

    // MARK: - Person properties

    public static let name = term("name")
    public static let gender = term("gender")
    public static let male = term("male")
    public static let female = term("female")
    public static let birthDate = term("birthDate")
    public static let phone = term("phone")
    public static let hukouAddress = term("hukouAddress")
    public static let address = term("address")

    // MARK: - Housing

    public static let inBuilding = term("inBuilding")
    public static let roomNumber = term("roomNumber")
    public static let floorArea = term("floorArea")
    public static let owner = term("owner")
    public static let floors = term("floors")
    public static let builtYear = term("builtYear")

    // MARK: - Transport

    public static let vehicleModel = term("vehicleModel")
    public static let registrationDate = term("registrationDate")
    public static let licenceClass = term("licenceClass")

    // MARK: - Market regulation

    public static let legalRepresentative = term("legalRepresentative")
    public static let employer = term("employer")
    public static let registeredCapital = term("registeredCapital")
    public static let foundedOn = term("foundedOn")

    // MARK: - Civil affairs

    public static let receivesService = term("receivesService")
    public static let monthlyAmount = term("monthlyAmount")
    public static let startDate = term("startDate")

    // MARK: - Health

    public static let patient = term("patient")
    public static let clinic = term("clinic")
    public static let visitTime = term("visitTime")
    public static let diagnosis = term("diagnosis")
    public static let chronicCondition = term("chronicCondition")

    // MARK: - Grid

    public static let inGridCell = term("inGridCell")
    /// Administrative containment: cell → community → subdistrict → district.
    public static let partOf = term("partOf")
    public static let reportedBy = term("reportedBy")
    public static let reportedAt = term("reportedAt")
    public static let category = term("category")
    public static let description = term("description")
    public static let status = term("status")

    // MARK: - Departments

    public static let graph = term("graph")

    /// `rdfs:label`, used for the names of things (buildings, organizations, services, cells).
    public static let rdfsLabel = IRI("http://www.w3.org/2000/01/rdf-schema#label")
}

