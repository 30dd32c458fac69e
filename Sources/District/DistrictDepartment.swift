import RDFModel

/// One of the seven departments whose records the sample district holds, each in its own file
/// and named graph.
///
/// ```swift
/// DistrictDepartment.health.fileName   // "health.nq"
/// DistrictDepartment.health.graph      // <https://citykg.example/graph/health>
/// ```
public enum DistrictDepartment: String, CaseIterable, Sendable, Comparable {
    case police
    case housing
    case transport
    case market
    case civilAffairs = "civil-affairs"
    case health
    case grid

    /// The root of every CityKG IRI.
    public static let base = "https://citykg.example/"

    /// The short name used in file names and IRIs (`civil-affairs`).
    public var slug: String { rawValue }
    /// The N-Quads file the generator writes for this department.
    public var fileName: String { "\(slug).nq" }
    /// The named graph holding all of the department's quads.
    public var graph: IRI { IRI(Self.base + "graph/" + slug) }
    /// The department itself, as described in `Ontology/departments.ttl`.
    public var iri: IRI { IRI(Self.base + "department/" + slug) }
    /// The prefix of the department's record IRIs (`https://citykg.example/health/`).
    public var recordBase: String { Self.base + slug + "/" }

    /// The department's name in Chinese.
    public var chineseName: String {
        switch self {
        case .police: return "公安分局（户籍）"
        case .housing: return "住房和城乡建设委员会"
        case .transport: return "交通管理局"
        case .market: return "市场监督管理局"
        case .civilAffairs: return "民政局"
        case .health: return "卫生健康委员会"
        case .grid: return "社区网格化管理中心"
        }
    }

    /// The department's name in English.
    public var englishName: String {
        switch self {
        case .police: return "Public Security Bureau (Household Registration)"
        case .housing: return "Housing and Urban-Rural Development Commission"
        case .transport: return "Traffic Management Bureau"
        case .market: return "Administration for Market Regulation"
        case .civilAffairs: return "Civil Affairs Bureau"
        case .health: return "Health Commission"
        case .grid: return "Community Grid Management Center"
        }
    }

    public static func < (a: DistrictDepartment, b: DistrictDepartment) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}
