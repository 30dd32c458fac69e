// Module CityKGCommands.
