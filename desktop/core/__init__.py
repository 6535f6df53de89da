"""The shared kernel. NO Qt and NO SQL here: rules and value types every job uses."""
