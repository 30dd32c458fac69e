print("citykg")
