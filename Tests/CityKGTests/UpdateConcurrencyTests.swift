import CityKG
import RDFModel
import Testing

@Suite("SPARQL Update: concurrent requests")
struct UpdateConcurrencyTests {
    @Test("read-modify-write requests from many threads lose no update")
    func noLostUpdates() async throws {
        let kg = emptyGraph()
        try kg.update(prologue + "INSERT DATA { :counter :n 0 }")
        let increment = prologue + "DELETE { :counter :n ?x } INSERT { :counter :n ?y } WHERE { :counter :n ?x BIND(?x + 1 AS ?y) }"
        try await withThrowingTaskGroup(of: Void.self) { group in
            for _ in 0..<8 {
                group.addTask {
                    for _ in 0..<10 { try kg.update(increment) }
                }
            }
            try await group.waitForAll()
        }
        #expect(kg.allQuads == [Quad(EX.iri("counter"), EX.iri("n"), EX.int(80))])
    }
}
