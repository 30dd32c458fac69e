/// Market regulation: companies (keyed by unified social credit code) and the people they
/// employ, each a person record (`<.../market/person/E...>`); a company's legal representative
/// is one of its employees.
///
/// Per company: type, Chinese (and sometimes English) name, credit code, legal representative,
/// registered capital, founding date, address. Per employee: type, name, identity number, employer.
enum MarketPass: DepartmentPass {
    static let department = DistrictDepartment.market

    static func run(_ context: PassContext, _ emit: RecordEmitter) {
        let w = emit.writer
        let organizations = RecordIRI(.market, "org")
        let employees = RecordIRI(.market, "person")
        let employeeNumbers = RecordNumbers(seed: context.seed, stream: 130, digits: 10)
        let organizationCodes = RecordNumbers(seed: context.seed, stream: 131, digits: 8)
        let organizationCount = Population.organizationCount(persons: context.persons)
        let personsPerOrganization = Population.blockSize * Population.blocksPerOrganization
        let beijing = Array("北京".utf8), limited = Array("有限公司".utf8)
        let beijingEN = Array("Beijing ".utf8), limitedEN = Array(" Co., Ltd.".utf8), space = Array(" ".utf8)
        let floor = Array("层".utf8)
        func organizationIRI(_ k: Int) -> [UInt8] {
            organizations.make(OrganizationFacts(seed: context.seed, index: k, codes: organizationCodes).creditCode)
        }
        var cursor = context.cursor()
        while let (person, _) = cursor.next() {
            var rng = context.rng(Stream.market, person.index)
            let e = employees.make("E", employeeNumbers(person.index), width: 10)
            let employer: [UInt8]
            if person.index % personsPerOrganization == 0 {
                // The first person of every third block heads that block's first household (an
                // adult) and is the legal representative of a new company.
                let org = OrganizationFacts(seed: context.seed, index: person.index / personsPerOrganization, codes: organizationCodes)
                let o = organizations.make(org.creditCode)
                w.iri(o, Encoded.type, Encoded.Organization)
                w.openLiteral(o, Encoded.label)
                w.output.append(beijing); w.output.append(Catalogs.tradeNamesZH[org.tradeName])
                w.output.append(Catalogs.industriesZH[org.industry]); w.output.append(limited)
                w.closeLiteral(language: Datatypes.zh)
                if org.hasEnglishName {
                    w.openLiteral(o, Encoded.label)
                    w.output.append(beijingEN); w.output.append(Catalogs.tradeNamesEN[org.tradeName])
                    w.output.append(space); w.output.append(Catalogs.industriesEN[org.industry]); w.output.append(limitedEN)
                    w.closeLiteral(language: Datatypes.en)
                }
                w.string(o, Encoded.creditCode, org.creditCode)
                w.iri(o, Encoded.legalRepresentative, e)
                w.decimal(o, Encoded.registeredCapital, hundredths: org.capitalYuan * 100)
                w.date(o, Encoded.foundedOn, org.founded)
                w.openLiteral(o, Encoded.address)
                w.output.append(Places.districtName); w.output.append(Places.streets[org.street])
                w.output.appendDigits(UInt64(org.houseNumber)); w.output.append(Places.number)
                w.output.appendDigits(UInt64(1 + org.index % 20)); w.output.append(floor)
                w.closeLiteral()
                employer = o
            } else {
                let age = person.age
                guard age >= 18, age <= 62, rng.chance(0.33) else { continue }
                employer = organizationIRI(rng.below(organizationCount))
            }
            let flaws = CopyFlaws.draw(context.rates, &rng)
            w.iri(e, Encoded.type, Encoded.Employee)
            emit.identity(e, person, flaws: flaws, phone: false, &rng)
            w.iri(e, Encoded.employer, employer)
            emit.truth(e, person, flaws: flaws, keepsPhone: false)
        }
    }
}
