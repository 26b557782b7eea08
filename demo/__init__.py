"""The demo source folder generator: a realistic, deterministic proeftuin source folder."""
