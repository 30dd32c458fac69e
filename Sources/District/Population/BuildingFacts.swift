/// A residential building: where it stands, how tall it is, and how its units are numbered.
struct BuildingFacts {
    let index: Int
    let street: Int
    let houseNumber: Int
    let compound: Int
    /// The building's number within its compound (the 3 of 3栋).
    let number: Int
    let floors: Int
    let builtYear: Int

    init(seed: UInt64, index: Int) {
        var rng = Xoshiro256(seed: seed, stream: Stream.building, index: UInt64(index))
        self.index = index
        street = rng.below(Places.streets.count)
        houseNumber = rng.within(1...320)
        compound = index % Places.compounds.count
        number = index / Places.compounds.count % 40 + 1
        // Old walk-ups of six floors, or towers of up to 33.
        floors = rng.chance(0.4) ? 6 : rng.within(9...33)
        builtYear = floors == 6 ? rng.within(1978...1999) : rng.within(1995...2022)
    }

    /// The stairwell (单元) and room number (1502 = floor 15, door 2) of a unit slot (0..<96).
    func unit(slot: Int) -> (entrance: Int, room: Int) {
        let entrance = slot % Population.entrances + 1
        let floor = slot / Population.entrances % floors + 1
        let door = slot / (Population.entrances * floors) + 1
        return (entrance, floor * 100 + door)
    }

    /// `北京市朝阳区光华路12号金台里3栋`.
    func appendAddress(to out: FileOutput) {
        out.append(Places.districtName)
        out.append(Places.streets[street])
        out.appendDigits(UInt64(houseNumber))
        out.append(Places.number)
        appendName(to: out)
    }

    /// `金台里3栋`.
    func appendName(to out: FileOutput) {
        out.append(Places.compoundZH[compound])
        out.appendDigits(UInt64(number))
        out.append(Places.building)
    }

    /// `2单元1502室`.
    func appendUnit(slot: Int, to out: FileOutput) {
        let (entrance, room) = unit(slot: slot)
        out.appendDigits(UInt64(entrance))
        out.append(Places.entrance)
        out.appendDigits(UInt64(room))
        out.append(Places.room)
    }
}
