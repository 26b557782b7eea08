"""Shared test settings. Area fixtures live in tests/<area>/conftest.py."""
