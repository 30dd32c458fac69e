import QuadStore
import SPARQLEngine

/// The store's snapshot reader is the engine's dataset: the methods match the protocol one to one.
extension QuadStoreReader: QueryableDataset {}
