import RDFModel

/// Civil affairs: the welfare services on offer and the people receiving them, each a person
/// record (`<.../civil-affairs/beneficiary/MZ...>`).
///
/// Per service: type and names in Chinese and English. Per beneficiary: type, name, identity
/// number, phone, service, monthly amount, start date.
enum CivilAffairsPass: DepartmentPass {
    static let department = DistrictDepartment.civilAffairs

    static func run(_ context: PassContext, _ emit: RecordEmitter) {
        let w = emit.writer
        let services = RecordIRI(.civilAffairs, "service")
        let beneficiaries = RecordIRI(.civilAffairs, "beneficiary")
        let caseNumbers = RecordNumbers(seed: context.seed, stream: 140, digits: 10)
        let serviceIRIs = Catalogs.services.map { services.make(Array($0.code.utf8)) }
        for (s, service) in zip(serviceIRIs, Catalogs.services) {
            w.iri(s, Encoded.type, Encoded.Service)
            w.string(s, Encoded.label, Array(service.zh.utf8), language: Datatypes.zh)
            w.string(s, Encoded.label, Array(service.en.utf8), language: Datatypes.en)
        }
        // Services by group: the elderly (old-age allowance, home care, minimum living
        // allowance), other adults, and children.
        let elderly = [1, 1, 2, 2, 0], adults = [0, 0, 3, 4, 5], children = [3]
        var cursor = context.cursor()
        while let (person, _) = cursor.next() {
            var rng = context.rng(Stream.civilAffairs, person.index)
            let age = person.age
            let group = age >= 65 ? elderly : age >= 18 ? adults : children
            guard rng.chance(age >= 65 ? 0.3 : age >= 18 ? 0.035 : 0.01) else { continue }
            let service = rng.pick(group)
            let b = beneficiaries.make("MZ", caseNumbers(person.index), width: 10)
            let flaws = CopyFlaws.draw(context.rates, &rng)
            w.iri(b, Encoded.type, Encoded.Beneficiary)
            emit.identity(b, person, flaws: flaws, phone: true, &rng)
            w.iri(b, Encoded.receivesService, serviceIRIs[service])
            w.decimal(b, Encoded.monthlyAmount, hundredths: rng.within(Catalogs.services[service].amount) * 100 + (rng.chance(0.3) ? 50 : 0))
            w.date(b, Encoded.startDate, CivilDate.random(years: min(2025, max(2010, person.birth.year + 1))...2025, &rng))
            emit.truth(b, person, flaws: flaws, keepsPhone: true)
        }
    }
}
