/// Makes identity numbers unique: two persons drawing the same area, birth date and sequence
/// would share a police IRI and an inverse-functional key. One ordered pass over the
/// population bumps the later one's sequence (keeping its sex parity), and every department
/// then reads the final numbers from here. Memory: 8 bytes per person, plus a set while building.
enum IdentityRegistry {
    static func build(seed: UInt64, persons: Int) -> [UInt64] {
        var cursor = PopulationCursor(seed: seed, persons: persons, identities: nil)
        var seen = Set<UInt64>(minimumCapacity: persons)
        var bodies: [UInt64] = []
        bodies.reserveCapacity(persons)
        while let (person, _) = cursor.next() {
            var body = person.idBody
            while !seen.insert(body).inserted {
                let sequence = body % 1000
                body = body - sequence + (sequence + 2) % 1000
            }
            bodies.append(body)
        }
        return bodies
    }
}
