/// Writes the person fields every department copies (name, identity number, phone), applying
/// the record's flaws, and the record's line of ground truth.
struct RecordEmitter {
    let writer: NQuadsWriter
    let truth: TruthWriter
    let department: DistrictDepartment

    /// `ck:name` exactly as registered.
    func name(_ s: [UInt8], _ person: Person) {
        name(s, person.surname, person.givenFirst, person.givenSecond)
    }

    /// `ck:name`, with a homophone in place of one given-name character when `typo`.
    func name(_ s: [UInt8], _ person: Person, typo: Bool, _ rng: inout Xoshiro256) {
        var first = person.givenFirst, second = person.givenSecond
        if typo {
            if second >= 0 && rng.chance(0.5) {
                second = Int(rng.pick(GivenNames.homophones[second]))
            } else {
                first = Int(rng.pick(GivenNames.homophones[first]))
            }
        }
        name(s, person.surname, first, second)
    }

    private func name(_ s: [UInt8], _ surname: Int, _ first: Int, _ second: Int) {
        writer.openLiteral(s, Encoded.name)
        writer.output.append(Surnames.bytes[surname])
        writer.output.append(GivenNames.glyphs[first])
        if second >= 0 { writer.output.append(GivenNames.glyphs[second]) }
        writer.closeLiteral()
    }

    /// `ck:idNumber`: nothing when missing, one character changed when mistyped.
    func idNumber(_ s: [UInt8], _ person: Person, flaws: CopyFlaws, _ rng: inout Xoshiro256) {
        if flaws.idMissing { return }
        var id = person.idNumber
        if flaws.idWrongDigit {
            let position = rng.below(18)
            if position == 17 {
                let checks = Array("0123456789X".utf8)
                var c = id[17]
                while c == id[17] { c = rng.pick(checks) }
                id[17] = c
            } else {
                id[position] = UInt8(48 + (Int(id[position]) - 48 + 1 + rng.below(9)) % 10)
            }
        }
        writer.string(s, Encoded.idNumber, id)
    }

    /// `ck:phone`, the old number when stale.
    func phone(_ s: [UInt8], _ person: Person, stale: Bool) {
        writer.openLiteral(s, Encoded.phone)
        writer.output.appendDigits(stale ? person.oldPhone : person.phone, width: 11)
        writer.closeLiteral()
    }

    /// The usual trio: name, identity number and (when the department keeps one) phone.
    func identity(_ s: [UInt8], _ person: Person, flaws: CopyFlaws, phone keepsPhone: Bool, _ rng: inout Xoshiro256) {
        name(s, person, typo: flaws.nameTypo, &rng)
        idNumber(s, person, flaws: flaws, &rng)
        if keepsPhone { phone(s, person, stale: flaws.stalePhone) }
    }

    /// Records that `record` (an encoded `<iri>`) denotes `person`, with its flaws (a stale
    /// phone only counts where the department keeps phones).
    func truth(_ record: [UInt8], _ person: Person, flaws: CopyFlaws, keepsPhone: Bool) {
        var flaws = flaws
        flaws.stalePhone = keepsPhone && flaws.stalePhone
        flaws.plateFormat = false
        flaws.plateWrongCharacter = false
        truth.row(record: record, person: person, department: department, flaws: flaws)
    }

    /// Records that `record` denotes the building or vehicle whose canonical record is `entity`.
    func truth(_ record: [UInt8], entity: [UInt8], kind: TruthKind, flaws: CopyFlaws = .none) {
        truth.row(record: record, entity: entity, kind: kind, department: department, flaws: flaws)
    }

    /// Records that `record` is itself the canonical record of a building or vehicle.
    func canonical(_ record: [UInt8], kind: TruthKind) {
        truth(record, entity: record, kind: kind)
    }
}
