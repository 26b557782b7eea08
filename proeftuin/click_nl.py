"""Click in Dutch: help headings, the help option and usage errors.

Why: every message a controller reads is Dutch, and click's own texts ("Usage:",
"Missing option", "Try ... for help.") are English. Click has no Dutch catalogue, so the
few texts our commands can show are replaced here: headings through the help formatter,
usage errors by translating click's exceptions (their fields, never their English text,
except as a last resort for a mistake we do not name).
"""

from __future__ import annotations

import sys
from datetime import date, datetime
from typing import IO, Any

import click

from report.periode import OngeldigePeriode, Periode, lees_periode

HEADINGS = {"Options": "Opties", "Commands": "Opdrachten", "Arguments": "Argumenten"}
HELP_TEXT = "Toon deze hulp en stop."


class DutchHelpFormatter(click.HelpFormatter):
    """`Gebruik:` instead of `Usage:`, Dutch section headings."""

    def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
        super().write_usage(prog, args, prefix="Gebruik: " if prefix is None else prefix)

    def section(self, name: str) -> Any:
        return super().section(HEADINGS.get(name, name))


class DutchContext(click.Context):
    formatter_class = DutchHelpFormatter


class DutchUsageError(click.UsageError):
    """A usage error that shows itself in Dutch (exit code 2, as click's own)."""

    def show(self, file: IO[Any] | None = None) -> None:
        file = file or sys.stderr  # click.get_text_stream is deprecated (Click 9)
        if self.ctx is not None:
            click.echo(self.ctx.get_usage(), file=file)
            click.echo(f"Hulp: {self.ctx.command_path} --help\n", file=file)
        click.echo(f"Fout: {self.message}", file=file)

    @classmethod
    def of(cls, exc: click.UsageError) -> DutchUsageError:
        return cls(_dutch_message(exc), exc.ctx)


def _dutch_message(exc: click.UsageError) -> str:
    if isinstance(exc, click.MissingParameter) and exc.param is not None:
        if exc.param.param_type_name == "argument":
            return f"argument {exc.param.human_readable_name} ontbreekt"
        return f"optie {'/'.join(exc.param.opts)} ontbreekt"
    if isinstance(exc, click.NoSuchOption):
        hint = f"; bedoelt u {' of '.join(sorted(exc.possibilities))}?" if exc.possibilities else ""
        return f"onbekende optie {exc.option_name}{hint}"
    if isinstance(exc, click.BadOptionUsage):
        if "does not take a value" in exc.message:
            return f"optie {exc.option_name} neemt geen waarde"
        return f"optie {exc.option_name} heeft een waarde nodig"
    if isinstance(exc, click.BadParameter) and exc.param is not None:
        return f"ongeldige waarde voor {'/'.join(exc.param.opts)}: {exc.message}"
    return exc.message


class DutchOption(click.Option):
    """An option that says `verplicht`, not `required`, in the help."""

    def get_help_extra(self, ctx: click.Context) -> Any:
        extra = super().get_help_extra(ctx)
        if "required" in extra:
            extra["required"] = "verplicht"
        return extra


def option(*names: str, **kwargs: Any) -> Any:
    """`click.option` with Dutch help."""
    return click.option(*names, cls=DutchOption, **kwargs)


class DutchCommand(click.Command):
    """A command whose help and usage errors are Dutch."""

    context_class = DutchContext

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("options_metavar", "[OPTIES]")
        super().__init__(*args, **kwargs)

    def get_help_option(self, ctx: click.Context) -> click.Option | None:
        option = super().get_help_option(ctx)
        if option is not None:
            option.help = HELP_TEXT
        return option

    def make_context(self, *args: Any, **kwargs: Any) -> click.Context:
        try:
            return super().make_context(*args, **kwargs)
        except click.exceptions.NoArgsIsHelpError:
            raise  # shows the help, which is Dutch already
        except click.UsageError as exc:
            raise DutchUsageError.of(exc) from exc


class DutchGroup(DutchCommand, click.Group):
    """The command group: as `DutchCommand`, and a Dutch error for a mistyped command."""

    command_class = DutchCommand

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("subcommand_metavar", "OPDRACHT [ARGUMENTEN]...")
        super().__init__(*args, **kwargs)

    def resolve_command(
        self, ctx: click.Context, args: list[str]
    ) -> tuple[str | None, click.Command | None, list[str]]:
        name = args[0] if args else ""
        if name and not name.startswith("-") and self.get_command(ctx, name) is None:
            raise DutchUsageError(
                f"onbekende opdracht '{name}' (kies uit: {', '.join(self.list_commands(ctx))})",
                ctx,
            )
        return super().resolve_command(ctx, args)


class PeriodeType(click.ParamType):
    """A report period (`2012`, `2012-H1`, `2012-K3`), parsed once here at the edge and
    refused in Dutch; the command receives a `Periode`."""

    name = "periode"

    def convert(
        self, value: Any, param: click.Parameter | None, ctx: click.Context | None
    ) -> Periode:
        if isinstance(value, Periode):
            return value
        try:
            return lees_periode(str(value))
        except OngeldigePeriode as exc:
            self.fail(str(exc), param, ctx)


class DatumType(click.ParamType):
    """A Dutch date (31-12-2012), refused in Dutch; the command receives a `date`."""

    name = "datum"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> date:
        if isinstance(value, date):
            return value
        try:
            return datetime.strptime(str(value), "%d-%m-%Y").date()
        except ValueError:
            self.fail(f"'{value}' is geen datum als 31-12-2012", param, ctx)


class Count(click.ParamType):
    """A whole number from `minimum` on, refused in Dutch."""

    name = "getal"

    def __init__(self, minimum: int, maximum: int | None = None) -> None:
        self.minimum, self.maximum = minimum, maximum

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> int:
        try:
            number = int(value)
        except (TypeError, ValueError):
            self.fail(f"'{value}' is geen geheel getal", param, ctx)
        if number < self.minimum or (self.maximum is not None and number > self.maximum):
            grens = (
                f"van {self.minimum} tot en met {self.maximum}"
                if self.maximum is not None
                else f"van {self.minimum} of meer"
            )
            self.fail(f"{number} valt buiten het bereik ({grens})", param, ctx)
        return number
