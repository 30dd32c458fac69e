/// The XML Schema datatypes used by RDF and SPARQL.
public enum XSD {
    public static let namespace = "http://www.w3.org/2001/XMLSchema#"
    public static let string = IRI(namespace + "string")
    public static let boolean = IRI(namespace + "boolean")
    public static let integer = IRI(namespace + "integer")
    public static let decimal = IRI(namespace + "decimal")
    public static let double = IRI(namespace + "double")
    public static let float = IRI(namespace + "float")
    public static let date = IRI(namespace + "date")
    public static let dateTime = IRI(namespace + "dateTime")
    public static let time = IRI(namespace + "time")
    public static let duration = IRI(namespace + "duration")
    public static let dayTimeDuration = IRI(namespace + "dayTimeDuration")
    public static let yearMonthDuration = IRI(namespace + "yearMonthDuration")
    public static let long = IRI(namespace + "long")
    public static let int = IRI(namespace + "int")
    public static let short = IRI(namespace + "short")
    public static let byte = IRI(namespace + "byte")
    public static let nonNegativeInteger = IRI(namespace + "nonNegativeInteger")
    public static let nonPositiveInteger = IRI(namespace + "nonPositiveInteger")
    public static let positiveInteger = IRI(namespace + "positiveInteger")
    public static let negativeInteger = IRI(namespace + "negativeInteger")
    public static let unsignedLong = IRI(namespace + "unsignedLong")
    public static let unsignedInt = IRI(namespace + "unsignedInt")
    public static let unsignedShort = IRI(namespace + "unsignedShort")
    public static let unsignedByte = IRI(namespace + "unsignedByte")
    public static let gYear = IRI(namespace + "gYear")
}

/// The RDF vocabulary.
public enum RDF {
    public static let namespace = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    public static let type = IRI(namespace + "type")
    public static let langString = IRI(namespace + "langString")
    public static let first = IRI(namespace + "first")
    public static let rest = IRI(namespace + "rest")
    public static let `nil` = IRI(namespace + "nil")
}

/// The OWL terms CityKG relies on.
public enum OWL {
    public static let namespace = "http://www.w3.org/2002/07/owl#"
    public static let sameAs = IRI(namespace + "sameAs")
}
