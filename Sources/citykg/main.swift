import CityKGCommands

CityKGCommand.main()
