// Module CityKG.
