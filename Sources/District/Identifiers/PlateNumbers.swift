/// Vehicle plates, unique per vehicle: an affine bijection of the owner's number onto
/// licensing-office letter × serial, so two vehicles never share a plate (ck:plateNumber is a key).
struct PlateNumbers {
    /// 14 office letters × 34 first serial characters × 10^4.
    static let capacity: UInt64 = 14 * 34 * 10_000
    static let serialFirst: [UInt8] = Array("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ".utf8)
    static let dot: [UInt8] = Array("·".utf8)
    let numbers: RecordNumbers

    init(seed: UInt64) { numbers = RecordNumbers(seed: seed, stream: 40, modulus: Self.capacity) }

    /// Plates such as `京A·K1234`, or `京A·D71234` for new-energy vehicles.
    func plate(owner: Int, newEnergy: Bool, _ rng: inout Xoshiro256) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(16)
        var v = numbers(owner % Int(Self.capacity))
        // Past the capacity, the province changes (京 → 冀 → ...), keeping plates unique.
        let round = owner / Int(Self.capacity)
        let province = round > 0 ? round % Places.plateProvinces.count : (rng.chance(0.9) ? 0 : rng.within(1...(Places.plateProvinces.count - 1)))
        out.append(contentsOf: Places.plateProvinces[province])
        out.append(Places.beijingPlateLetters[Int(v % 14)]); v /= 14
        out.append(contentsOf: Self.dot)
        if newEnergy { out.append(rng.chance(0.8) ? UInt8(ascii: "D") : UInt8(ascii: "F")) }
        out.append(Self.serialFirst[Int(v % 34)]); v /= 34
        out.appendDigits(v, width: 4)
        return out
    }
}
