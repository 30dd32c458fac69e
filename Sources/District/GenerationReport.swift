/// What the generator wrote.
public struct GenerationReport: Sendable {
    /// The output directory.
    public var directory: String
    /// Quads written per department (each department's file holds exactly these).
    public var quads: [DistrictDepartment: Int]
    /// Rows of `truth.tsv` (records of persons, buildings and vehicles in all departments).
    public var truthRows: Int
    /// Wall-clock time of the whole generation.
    public var duration: Duration

    /// All quads.
    public var total: Int { quads.values.reduce(0, +) }

    /// Quads per second over the whole generation.
    public var quadsPerSecond: Double {
        let (s, atto) = duration.components
        let seconds = Double(s) + Double(atto) * 1e-18
        return seconds > 0 ? Double(total) / seconds : 0
    }
}
