"""Allow `python -m proeftuin`."""

from proeftuin.cli import main

main()
