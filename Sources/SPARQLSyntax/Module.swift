// Module SPARQLSyntax.
