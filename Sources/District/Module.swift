// Module District.
