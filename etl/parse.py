"""Dutch cell text -> typed polars columns, each bad cell with a reason a controller reads.

Everything is vectorised polars: a million hour registrations are parsed in a handful of
passes over each column, never row by row in Python. The rules for numbers, dates and
booleans are written down in docs/etl.md.
"""

from __future__ import annotations

import polars as pl

from dutch.format import DATUM, getal_kort
from etl.kinds import (
    BOOLEAN,
    CODE,
    CODE_LIST,
    DATE,
    DATETIME,
    GEMEENTE,
    INTEGER,
    LIST,
    NUMBER,
    SHARE,
    TARIEF_SCHAAL,
    TEXT,
    Column,
    Kind,
)
from etl.limits import MAX_TEXT_CHARS, text_too_long
from etl.readers import ELDERS, LEESFOUT, NUMERIC, REGEL, THOUSANDS
from etl.rules import AFKEURSOORT, REDEN, Check, add_reasons

DTYPES: dict[str, pl.DataType] = {
    TEXT: pl.String(),
    GEMEENTE: pl.String(),
    NUMBER: pl.Float64(),
    SHARE: pl.Float64(),
    INTEGER: pl.Int64(),
    DATE: pl.Date(),
    DATETIME: pl.Datetime("us"),
    BOOLEAN: pl.Boolean(),
    LIST: pl.List(pl.String()),
    CODE: pl.String(),
    CODE_LIST: pl.List(pl.String()),
    TARIEF_SCHAAL: pl.String(),
}
BOOLEANS = {"ja": True, "j": True, "true": True, "1": True, "waar": True}
BOOLEANS |= {"nee": False, "n": False, "false": False, "0": False, "onwaar": False}
DATE_FORMATS = (DATUM, "%Y-%m-%d")
# a moment: a date, then optionally a time (hh:mm or hh:mm:ss) after a space or a T
TIME_FORMATS = ("%H:%M:%S", "%H:%M")
FIRST_YEAR, LAST_YEAR = 1900, 2100
COMMA, COMMA_AND_POINT, DOT = "komma", "komma en punt", "punt"  # see _number_modes
COMMA_ONLY = "komma, geen punt"  # COMMA in a column without a single dot: nothing to drop
# Dutch form: 1.234,5 / 1234,5 / 12 — and, in a column without commas, 3.5 or 1.234.567
_COMMA_NUMBER = r"^[+-]?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?$"
_DOT_NUMBER = r"^[+-]?(\d+(\.\d+)?|\d{1,3}(\.\d{3}){2,})$"
# in a Dutch column, a dot that cannot group thousands is a decimal point: 8.0, 1.25, 0.5000
_POINT_DECIMAL = r"^[+-]?\d+\.(\d{1,2}|\d{4,})$"
_TWO_DIGIT_YEAR = r"^\d{1,2}-\d{1,2}-\d{2}$"
_DATE_FORM = r"(\d{1,2}-\d{1,2}-\d{4}|\d{4}-\d{2}-\d{2})"  # the forms of DATE_FORMATS
_TIME_FORM = r"\d{1,2}:\d{2}(:\d{2})?"
_STRIP = " \t\r\n\u00a0€"
SHOWN_CHARS = 100  # characters of a bad value quoted in its reason


def value_column(name: str) -> str:
    """The name under which a parsed value waits while its reasons are worked out."""
    return name + "#waarde"


def parse_table(raw: pl.DataFrame, kind: Kind) -> pl.DataFrame:
    """Typed contract columns + `regel` + the first reason (`_reden`, `_afkeursoort`) per row.

    Columns the file lacks (optional ones) come back as typed nulls.
    """
    present = [c for c in kind.columns if c.name in raw.columns]
    # one step per pass, so no expression is computed twice
    cleaned = (
        raw.lazy()
        .select(
            *(_strip(c).alias(c.name) for c in present),
            *(pl.col(c) for c in raw.columns if c.endswith(NUMERIC)),
            REGEL,
            *(c for c in (LEESFOUT, ELDERS) if c in raw.columns),
        )
        .with_columns(pl.when(pl.col(c.name) != "").then(pl.col(c.name)) for c in present)
        .collect()
    )
    del raw
    cleaned = _drop_blank_rows(cleaned, present)
    modes = _number_modes(cleaned, present)
    typed = (
        cleaned.lazy()
        .with_columns(
            _value(c, cleaned.columns, modes.get(c.name, DOT)).alias(value_column(c.name))
            for c in present
        )
        .with_columns(
            _plausible_date(pl.col(value_column(c.name)))
            for c in present
            if c.type in (DATE, DATETIME)
        )
        .collect()
    )
    checks: list[Check] = []
    if LEESFOUT in typed.columns:
        leesfout = pl.col(LEESFOUT)
        soort = (
            pl.when(leesfout.str.contains("NUL-teken", literal=True))
            .then(pl.lit("NUL-teken"))
            .otherwise(pl.lit("te veel velden"))
        )
        checks.append(Check(leesfout.is_not_null(), leesfout, soort))
    for c in present:
        checks.extend(_checks(c))
    typed = add_reasons(typed, checks)
    names = {c.name for c in present}
    return typed.select(
        *(
            pl.col(value_column(c.name)).cast(DTYPES[c.type], strict=False).alias(c.name)
            if c.name in names
            else pl.lit(None, DTYPES[c.type]).alias(c.name)
            for c in kind.columns
        ),
        REGEL,
        REDEN,
        AFKEURSOORT,
    )


def _drop_blank_rows(cleaned: pl.DataFrame, present: list[Column]) -> pl.DataFrame:
    """A row of only spaces is an empty line, not a row: it is neither read nor rejected."""
    blank = pl.all_horizontal(pl.col(c.name).is_null() for c in present)
    if ELDERS in cleaned.columns:
        blank = blank & ~pl.col(ELDERS)
    if LEESFOUT in cleaned.columns:
        blank = blank & pl.col(LEESFOUT).is_null()
    if cleaned.select(blank.any()).item():
        cleaned = cleaned.filter(~blank)
    return cleaned.drop(ELDERS, strict=False)


def _strip(c: Column) -> pl.Expr:
    """Trimmed text (numbers also lose spaces and a euro sign); empty becomes null next."""
    return pl.col(c.name).str.strip_chars(_STRIP if c.type in (NUMBER, SHARE) else None)


def _number_modes(frame: pl.DataFrame, present: list[Column]) -> dict[str, str]:
    """How each number column reads a dot: `COMMA` (`COMMA_ONLY`), `COMMA_AND_POINT`, `DOT`.

    Read the Dutch way (a comma is the decimal mark, a dot groups thousands) is every
    column in which some typed value has a comma, and every column whose dotted values all
    look like thousands (`7.000`, `12.500`): a Dutch controller writing 7.000 means seven
    thousand. A Dutch column that also holds values such as `8.0` or `1.25` (a dot that
    cannot group thousands) reads those with a decimal point. Other columns read a dot
    as the decimal point (`3.5`).
    """
    numeric = [c.name for c in present if c.type in (NUMBER, SHARE, INTEGER)]
    if not numeric:
        return {}
    typed = {n: _typed_text(n, frame.columns) for n in numeric}
    # counted over the whole column, without a filtered copy of the dotted cells: only a
    # cell with a dot can match THOUSANDS
    row = frame.select(
        *(t.str.contains(",", literal=True).any().alias(n) for n, t in typed.items()),
        *(t.str.contains(".", literal=True).sum().alias(f"{n}#punten") for n, t in typed.items()),
        *(t.str.contains(THOUSANDS).sum().alias(f"{n}#duizend") for n, t in typed.items()),
    ).row(0, named=True)
    modes = {}
    for n in numeric:
        points, thousands = row[f"{n}#punten"], row[f"{n}#duizend"]
        if row[n]:
            modes[n] = COMMA_AND_POINT if thousands < points else COMMA if points else COMMA_ONLY
        else:
            modes[n] = COMMA if 0 < points == thousands else DOT
    return modes


def _typed_text(name: str, columns: list[str]) -> pl.Expr:
    """The cells of a column that are text as typed (not an Excel number's rendering)."""
    if name + NUMERIC in columns:
        return pl.when(pl.col(name + NUMERIC).is_null()).then(pl.col(name))
    return pl.col(name)


def parse_number(text: pl.Expr, mode: str) -> pl.Expr:
    """A number written the Dutch way (or with a decimal point); null when it is not one."""
    if mode == DOT:
        valid = text.str.contains(_DOT_NUMBER)
        thousands = text.str.count_matches(".", literal=True) > 1
        plain = pl.when(thousands).then(text.str.replace_all(".", "", literal=True)).otherwise(text)
        return pl.when(valid).then(plain.cast(pl.Float64, strict=False))
    valid = text.str.contains(_COMMA_NUMBER)
    grouped = text if mode == COMMA_ONLY else text.str.replace_all(".", "", literal=True)
    plain = grouped.str.replace(",", ".", literal=True)
    if mode == COMMA_AND_POINT:
        point = text.str.contains(_POINT_DECIMAL)
        valid = valid | point
        plain = pl.when(point).then(text).otherwise(plain)
    return pl.when(valid).then(plain.cast(pl.Float64, strict=False))


def parse_date(text: pl.Expr) -> pl.Expr:
    """dd-mm-yyyy, d-m-yyyy or yyyy-mm-dd; impossible dates (31-02-2012) give null.

    Only these forms: polars' `%Y` alone would also read `+2012-01-05` and `1-2-12` (as
    the year 12). Pass the result through `_plausible_date` for the years.
    """
    dates = pl.coalesce(text.str.to_date(f, strict=False) for f in DATE_FORMATS)
    return pl.when(text.str.contains(f"^{_DATE_FORM}$")).then(dates)


def parse_datetime(text: pl.Expr) -> pl.Expr:
    """A date as in `parse_date`, optionally followed by a time: `01-05-2012 14:30`,
    `2012-05-01T14:30:00`; a bare date is midnight. Pass through `_plausible_date` too."""
    moment = text.str.replace("T", " ", literal=True)
    with_time = pl.coalesce(
        moment.str.to_datetime(f"{d} {t}", strict=False, time_unit="us")
        for d in DATE_FORMATS
        for t in TIME_FORMATS
    )
    with_time = pl.when(moment.str.contains(f"^{_DATE_FORM} {_TIME_FORM}$")).then(with_time)
    return pl.coalesce(with_time, parse_date(moment).cast(pl.Datetime("us")))


def _plausible_date(parsed: pl.Expr) -> pl.Expr:
    return pl.when(parsed.dt.year().is_between(FIRST_YEAR, LAST_YEAR)).then(parsed)


def _value(c: Column, columns: list[str], mode: str) -> pl.Expr:
    text = pl.col(c.name)
    excel = pl.col(c.name + NUMERIC) if c.name + NUMERIC in columns else None
    if c.type in (NUMBER, INTEGER):
        number = parse_number(text, mode)
        return number if excel is None else pl.coalesce(excel, number)
    if c.type == SHARE:
        percent = text.str.ends_with("%")
        number = parse_number(text.str.strip_chars_end("% "), mode)
        number = pl.when(percent).then(number / 100).otherwise(number)
        return number if excel is None else pl.coalesce(excel, number)
    if c.type == DATE:
        return parse_date(text)
    if c.type == DATETIME:
        return parse_datetime(text)
    if c.type == BOOLEAN:
        return text.str.to_lowercase().replace_strict(
            BOOLEANS, default=None, return_dtype=pl.Boolean
        )
    if c.type in (LIST, CODE_LIST):
        items = text.str.split("|").list.eval(pl.element().str.strip_chars())
        items = items.list.eval(pl.element().filter(pl.element().str.len_bytes() > 0))
        if c.type == CODE_LIST:
            canonical = {code.lower(): code for code in c.codes}
            items = items.list.eval(
                pl.element().str.to_lowercase().replace_strict(canonical, default=None)
            )
        return pl.when(items.list.len() > 0).then(items)
    if c.type == CODE:
        canonical = {code.lower(): code for code in c.codes}
        return text.str.to_lowercase().replace_strict(canonical, default=None)
    if c.type == TARIEF_SCHAAL:
        schaal = parse_number(text, COMMA_AND_POINT)
        whole = schaal.is_between(1, 18) & (schaal == schaal.round(0))
        return (
            pl.when(text.str.to_lowercase() == "gemiddeld")
            .then(pl.lit("gemiddeld"))
            .when(whole)
            .then(schaal.cast(pl.Int64).cast(pl.String))
        )
    return text


def _checks(c: Column) -> list[Check]:
    """The reasons one column can give, in the order they are tried."""
    text, value = pl.col(c.name), pl.col(value_column(c.name))
    checks = []
    if c.required:
        checks.append(Check(text.is_null(), pl.lit(f"{c.name} ontbreekt"), f"{c.name} ontbreekt"))
    checks.append(
        Check(
            text.str.len_chars() > MAX_TEXT_CHARS,
            pl.lit(text_too_long(c.name)),
            f"{c.name} te lang",
        )
    )
    if c.type in (TEXT, GEMEENTE):
        return checks  # any text will do here; gemeenten are checked against the list later
    found = text.is_not_null()
    if c.type == CODE_LIST:
        bad = found & (value.list.eval(pl.element().is_null()).list.any() | value.is_null())
    elif c.type == INTEGER:
        bad = found & (value.is_null() | value.is_nan() | (value != value.round(0)))
    elif c.type in (NUMBER, SHARE):
        bad = found & (value.is_null() | value.is_nan())
    else:
        bad = found & value.is_null()
    text = _shown(text)
    reden = pl.format(f"{c.name} '{{}}' {_invalid_text(c)}", text)
    if c.type == DATE:
        reden = (
            pl.when(text.str.contains(_TWO_DIGIT_YEAR))
            .then(
                pl.format(
                    f"{c.name} '{{}}' heeft een jaartal van twee cijfers: schrijf het "
                    "jaar voluit (dd-mm-jjjj)",
                    text,
                )
            )
            .otherwise(reden)
        )
    checks.append(Check(bad, reden, f"{c.name} ongeldig"))
    if c.low is not None or c.high is not None:
        reden = pl.format(f"{_range_text(c)}, gevonden: {{}}", text)
        checks.append(Check(_out_of_range(c, value), reden, f"{c.name} buiten bereik"))
    if c.plausible is not None:
        reden = pl.format(
            f"{c.name} mag niet groter dan {_bound(c.plausible)} zijn, gevonden: {{}}", text
        )
        checks.append(Check(value > c.plausible, reden, f"{c.name} buiten bereik"))
    return checks


def _invalid_text(c: Column) -> str:
    return {
        NUMBER: "is geen getal",
        SHARE: "is geen aandeel (schrijf 0,8 of 80%)",
        INTEGER: "is geen geheel getal",
        DATE: "is geen geldige datum",
        DATETIME: "is geen geldig tijdstip (schrijf dd-mm-jjjj uu:mm)",
        BOOLEAN: "is geen ja/nee",
        CODE: f"is onbekend (kies uit {', '.join(c.codes)})",
        CODE_LIST: f"bevat een onbekende waarde (kies uit {', '.join(c.codes)})",
        TARIEF_SCHAAL: "moet een schaal van 1 tot en met 18 zijn, of 'gemiddeld'",
    }.get(c.type, "is ongeldig")


def _shown(text: pl.Expr) -> pl.Expr:
    """A value as quoted in a reason: a very long one is cut off (a reason stays readable)."""
    return (
        pl.when(text.str.len_chars() > SHOWN_CHARS)
        .then(text.str.slice(0, SHOWN_CHARS) + "…")
        .otherwise(text)
    )


def _out_of_range(c: Column, value: pl.Expr) -> pl.Expr:
    bad = pl.lit(False)
    if c.low is not None:
        bad = bad | ((value <= c.low) if c.low_open else (value < c.low))
    if c.high is not None:
        bad = bad | ((value >= c.high) if c.high_open else (value > c.high))
    return value.is_not_null() & bad


def _range_text(c: Column) -> str:
    low = None if c.low is None else _bound(c.low)
    high = None if c.high is None else _bound(c.high)
    if low is not None and high is not None:
        return f"{c.name} moet tussen {low} en {high} liggen"
    if low is not None and c.low_open:
        return f"{c.name} moet groter dan {low} zijn"
    if low is not None:
        return f"{c.name} mag niet kleiner dan {low} zijn"
    return f"{c.name} mag niet groter dan {high} zijn"


def _bound(x: float) -> str:
    """A range bound the Dutch way: 1.000.000.000, 0,5."""
    return getal_kort(x)
