"""Allow `python -m proeftuin`."""

from proeftuin.cli import app

app()
