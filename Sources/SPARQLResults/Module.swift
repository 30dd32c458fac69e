// Module SPARQLResults.
