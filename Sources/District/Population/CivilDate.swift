/// A calendar date (proleptic Gregorian), as stored in records.
struct CivilDate: Hashable, Sendable {
    var year: Int
    var month: Int
    var day: Int

    /// Days in a month of a year.
    static func days(inMonth month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// A uniformly random date within the given years, never after the reference day.
    static func random(years: ClosedRange<Int>, _ rng: inout Xoshiro256) -> CivilDate {
        let year = rng.within(years)
        let ref = Population.referenceDay
        let month = year >= ref.year ? rng.within(1...ref.month) : rng.within(1...12)
        return CivilDate(year: year, month: month, day: rng.within(1...days(inMonth: month, year: year)))
    }
}
