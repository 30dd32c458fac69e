import District
import RDFIO
import RDFModel
import Testing

/// The ontology files parse, declare every term the generator emits, and agree with the
/// department list in code.
@Suite struct OntologyTests {
    typealias CK = CityKGOntology
    static let owl = "http://www.w3.org/2002/07/owl#"
    static let rdfs = "http://www.w3.org/2000/01/rdf-schema#"

    func parse(_ name: String) throws -> [Quad] {
        try RDFParser(format: .turtle).quads(file: repositoryRoot + "/Ontology/" + name)
    }

    @Test func everyEmittedTermIsDeclared() throws {
        let ontology = try parse("citykg.ttl")
        let declared = Set(ontology.filter { $0.predicate == .iri(RDF.type) }.compactMap { $0.subject.iriValue })
        let district = GeneratedDistrict.standard
        var used = Set<IRI>()
        for quads in district.quads.values {
            for q in quads {
                if let p = q.predicate.iriValue, p.value.hasPrefix(CK.namespace) { used.insert(p) }
                if q.predicate == .iri(RDF.type), let c = q.object.iriValue { used.insert(c) }
                if let o = q.object.iriValue, o.value.hasPrefix(CK.namespace) { used.insert(o) }
            }
        }
        #expect(used.count > 40)
        let undeclared = used.subtracting(declared)
        #expect(undeclared.isEmpty, "not declared in citykg.ttl: \(undeclared.map(\.value).sorted())")
    }

    @Test func everyPropertyHasChineseAndEnglishLabels() throws {
        let ontology = try parse("citykg.ttl")
        let properties = ontology.filter {
            $0.predicate == .iri(RDF.type) && ($0.object == .iri(IRI(Self.owl + "DatatypeProperty")) || $0.object == .iri(IRI(Self.owl + "ObjectProperty")))
        }.map(\.subject)
        #expect(properties.count > 30)
        for p in properties {
            let tags = Set(ontology.filter { $0.subject == p && $0.predicate == .iri(CK.rdfsLabel) }.compactMap { $0.object.literal?.language })
            #expect(tags == ["zh", "en"], "\(p)")
        }
    }

    @Test func keysAreInverseFunctional() throws {
        let ontology = try parse("citykg.ttl")
        let ifp = Set(ontology.filter { $0.predicate == .iri(RDF.type) && $0.object == .iri(IRI(Self.owl + "InverseFunctionalProperty")) }.compactMap { $0.subject.iriValue })
        #expect(ifp == [CK.idNumber, CK.plateNumber, CK.creditCode])
    }

    @Test func departmentsMatchTheCode() throws {
        let quads = try parse("departments.ttl")
        for department in DistrictDepartment.allCases {
            let s = Term.iri(department.iri)
            let about = quads.filter { $0.subject == s }
            #expect(about.contains { $0.predicate == .iri(RDF.type) && $0.object == .iri(CK.Department) })
            #expect(about.contains { $0.predicate == .iri(CK.graph) && $0.object == .iri(department.graph) })
            #expect(about.contains { $0.object == .literal(Literal(department.chineseName, language: "zh")) })
            #expect(about.contains { $0.object == .literal(Literal(department.englishName, language: "en")) })
        }
        #expect(Set(quads.filter { $0.predicate == .iri(CK.graph) }.map(\.subject)).count == 7)
    }
}
