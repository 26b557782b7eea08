"""Hostile and broken source files (issue 15): each is rejected with its limit in Dutch,
the rest of the folder loads, and the run stays under 1 GiB and 10 s of CPU in a child
process.

Each folder is the good folder of `tests/hostile/conftest.py` plus hostile files: the
files that are rejected as a whole share one folder (each has a name of its own; that the
rest loads is then shown beside ten other hostile files), the row rejections of the same
column share one per column, the others have one each. All folders are loaded one after
the other in ONE child interpreter (`run_children`: the memory peak and CPU time are
measured per run, so the bars hold for all files of a folder together), so the module
pays one interpreter start, one import of the ETL and six builds instead of a child and
a build per case. The big inputs are generated here, in tmp_path; none is committed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import openpyxl
import pytest

from etl.limits import MAX_CELL_CHARS, MAX_COLUMNS, MAX_TEXT_CHARS
from tests.etl.helpers import MEDEWERKERS, OPDRACHTEN, UREN_HEADER, write_csv, write_text
from tests.hostile.child import ChildRun, etl_case, run_children
from tests.hostile.conftest import files_log, loaded_hours, rejections
from tests.hostile.xlsx_raw import cell, write_raw_xlsx

BEGROTE_UREN = ["opdracht_id", "titel", "soort_opdracht", "aanvrager", "begrote_uren", "status"]
HUGE_NUMBERS = [
    ("1e28", None),  # not a Dutch number at all
    ("1" + "0" * 28, "mag niet groter dan 1.000.000"),
    ("9" * 400, "mag niet groter dan 1.000.000"),
]
EXCEL_NUMBERS = ["NaN", "INF", "-INF", "1E+300"]

# folder name -> what each case adds to the good folder
CASES: dict[str, list[Callable[[Path], None]]] = {}
WHOLE = "rejected as a whole"


def case(folder: str) -> Callable[[Callable[[Path], None]], Callable[[Path], None]]:
    def register(write: Callable[[Path], None]) -> Callable[[Path], None]:
        CASES.setdefault(folder, []).append(write)
        return write

    return register


@dataclass
class Ran:
    run: ChildRun
    warehouse: Path


@pytest.fixture(scope="module")
def ran(tmp_path_factory) -> dict[str, Ran]:
    """Every case's folder written, then all of them loaded in one child interpreter."""
    root = tmp_path_factory.mktemp("hostile")
    folders = {}
    for name, writers in CASES.items():
        bron = root / name / "bron"  # the good folder beside each hostile file
        write_csv(bron / "dordrecht" / "medewerkers.csv", MEDEWERKERS)
        write_csv(bron / "regio" / "opdrachten.csv", OPDRACHTEN)
        write_csv(
            bron / "dordrecht" / "uren.csv", [UREN_HEADER, ["M-1", "PT-1", "01-03-2012", "2"]]
        )
        for write in writers:
            write(bron)
        folders[name] = (bron, root / name / "uit" / "proeftuin.duckdb")
    runs = run_children([etl_case(b, w) for b, w in folders.values()])
    return {name: Ran(run, w) for (name, (_, w)), run in zip(folders.items(), runs, strict=True)}


def assert_only_file_rejected(ran: Ran, bestand: str, *words: str) -> str:
    """Exit 0, the file rejected as a whole naming its limit, the rest loaded."""
    run, warehouse = ran.run, ran.warehouse
    run.assert_sane()
    assert run.code == 0, run.text
    log = files_log(warehouse)
    assert log[bestand][:3] == (0, 0, 0)
    reason = rejections(warehouse, bestand)[None]
    for word in words:
        assert word in reason, reason
    assert loaded_hours(warehouse) == 2  # the good file beside it still loads
    assert log["dordrecht/uren.csv"][:3] == (1, 1, 0)
    return reason


@case(WHOLE)
def _xlsx_last_cell(bron: Path) -> None:
    book = openpyxl.Workbook()
    book.active["A1"] = "uren"
    book.active["XFD1048576"] = 1
    book.save(bron / "uren hoek.xlsx")


def test_xlsx_with_a_value_in_the_last_cell_is_rejected_before_reading(ran):
    reason = assert_only_file_rejected(ran[WHOLE], "uren hoek.xlsx", "16.384 kolommen")
    assert "de grens is 1.000 kolommen" in reason


@case(WHOLE)
def _xlsx_far_corner(bron: Path) -> None:
    rows = [(1, [cell("A1", "uren")]), (1048576, [cell("ZZ1048576", 1)])]
    write_raw_xlsx(bron / "uren ver.xlsx", rows)


def test_xlsx_with_a_sparse_far_corner_is_rejected_by_its_cell_count(ran):
    assert_only_file_rejected(
        ran[WHOLE],
        "uren ver.xlsx",
        "1.048.576 rijen × 702 kolommen",
        "10.000.000 cellen",
    )


@case(WHOLE)
def _xlsx_long_shared_string(bron: Path) -> None:
    header = [cell(f"{c}1", v) for c, v in zip("ABCD", UREN_HEADER, strict=True)]
    rows = [(1, header)] + [(r, [cell(f"A{r}", ("s", 0))]) for r in range(2, 102)]
    write_raw_xlsx(bron / "uren lang.xlsx", rows, shared=["x" * 20_000_000])
    assert (bron / "uren lang.xlsx").stat().st_size < 100_000


def test_xlsx_whose_long_shared_string_fills_many_cells_is_rejected(ran):
    assert_only_file_rejected(ran[WHOLE], "uren lang.xlsx", "512 MiB per werkblad")


@case(WHOLE)
def _xlsx_whitespace(bron: Path) -> None:
    write_raw_xlsx(bron / "uren wit.xlsx", [(1, [cell("A1", "uren")])], padding=300 * 2**20)
    assert (bron / "uren wit.xlsx").stat().st_size < 2_000_000


def test_xlsx_holding_a_huge_run_of_whitespace_is_rejected(ran):
    assert_only_file_rejected(ran[WHOLE], "uren wit.xlsx", "256 MiB per onderdeel")


def _csv_many_separators(extra: int) -> Callable[[Path], None]:
    def write(bron: Path) -> None:
        lines = [
            ";".join(UREN_HEADER),
            "M-1;PT-1;02-03-2012;1",
            "M-1;PT-1;03-03-2012;1" + ";" * extra,
        ]
        write_text(bron / f"uren breed {extra}.csv", "\n".join(lines) + "\n")

    return write


for _extra in (100_000, 2_000_000):
    case(WHOLE)(_csv_many_separators(_extra))


@pytest.mark.parametrize("extra", [100_000, 2_000_000])
def test_csv_line_with_many_separators_is_rejected(ran, extra):
    assert_only_file_rejected(
        ran[WHOLE],
        f"uren breed {extra}.csv",
        f"regel 3 heeft {extra + 4:,}".replace(",", "."),
        f"de grens is {MAX_COLUMNS:,} kolommen".replace(",", "."),
    )


@case(WHOLE)
def _csv_header_columns(bron: Path) -> None:
    header = ";".join(UREN_HEADER + [f"kolom{i}" for i in range(2_000_000)])
    write_text(bron / "uren kop.csv", header + "\nM-1;PT-1;02-03-2012;1\n")


def test_csv_header_with_two_million_columns_is_rejected(ran):
    assert_only_file_rejected(ran[WHOLE], "uren kop.csv", "de kopregel heeft 2.000.004")


@case(WHOLE)
def _csv_unclosed_quote(bron: Path) -> None:
    lines = [";".join(UREN_HEADER), '"M-1;PT-1;02-03-2012;1', "x" + ";" * 100_000]
    write_text(bron / "uren quote.csv", "\n".join(lines) + "\n")


def test_csv_with_an_unclosed_quote_and_many_separators_is_rejected(ran):
    assert_only_file_rejected(ran[WHOLE], "uren quote.csv", "kolommen")


def _csv_long_cell(quoted: bool) -> Callable[[Path], None]:
    def write(bron: Path) -> None:
        long = "x" * (MAX_CELL_CHARS + 1)
        cell_text = f'"{long}"' if quoted else long
        lines = [";".join([*UREN_HEADER, "omschrijving"]), f"M-1;PT-1;02-03-2012;1;{cell_text}"]
        if quoted:
            lines.append('"')  # an odd quote: the record-by-record reader
        write_text(bron / f"uren cel {quoted}.csv", "\n".join(lines) + "\n")

    return write


for _quoted in (False, True):
    case(WHOLE)(_csv_long_cell(_quoted))


@pytest.mark.parametrize("quoted", [False, True])
def test_csv_cell_beyond_excels_maximum_is_rejected(ran, quoted):
    assert_only_file_rejected(
        ran[WHOLE], f"uren cel {quoted}.csv", "regel 2", "32.767 tekens per cel"
    )


@case(WHOLE)
def _csv_25_mb_field(bron: Path) -> None:
    write_csv(
        bron / "uren groot.csv",
        [[*UREN_HEADER, "omschrijving"], ["M-1", "PT-1", "02-03-2012", "1", "y" * 25_000_000]],
    )


def test_a_25_mb_text_field_is_rejected_without_slowing_the_run(ran):
    assert_only_file_rejected(ran[WHOLE], "uren groot.csv", "tekens per cel")


@case("csv long text field")
def _csv_long_text_field(bron: Path) -> None:
    write_csv(
        bron / "uren tekst.csv",
        [
            [*UREN_HEADER, "omschrijving"],
            ["M-1", "PT-1", "02-03-2012", "1", "é" * (MAX_TEXT_CHARS + 1)],
            ["M-1", "PT-1", "03-03-2012", "3", "é" * MAX_TEXT_CHARS],
        ],
    )


def test_text_field_beyond_its_limit_rejects_the_row(ran):
    run, warehouse = ran["csv long text field"].run, ran["csv long text field"].warehouse
    run.assert_sane()
    assert run.code == 0
    assert rejections(warehouse, "uren tekst.csv") == {
        2: "omschrijving is langer dan 10.000 tekens (de grens per tekstveld)"
    }
    assert files_log(warehouse)["uren tekst.csv"][:3] == (2, 1, 1)
    assert loaded_hours(warehouse) == 5


@case("csv NUL")
def _csv_nul(bron: Path) -> None:
    write_text(
        bron / "uren nul.csv",
        ";".join(UREN_HEADER) + "\nM\x001;PT-1;02-03-2012;1\nM-1;PT-1;03-03-2012;1\n",
    )


def test_nul_character_rejects_its_row_saying_so(ran):
    run, warehouse = ran["csv NUL"].run, ran["csv NUL"].warehouse
    run.assert_sane()
    assert run.code == 0
    reason = rejections(warehouse, "uren nul.csv")[2]
    assert "medewerker_id bevat een NUL-teken" in reason
    assert files_log(warehouse)["uren nul.csv"][:3] == (2, 1, 1)


def _huge_number(i: int, value: str) -> Callable[[Path], None]:
    def write(bron: Path) -> None:
        write_csv(
            bron / "regio" / f"opdrachten extra {i}.csv",
            [BEGROTE_UREN, [f"PT-{8 + i}", "Groot", "lokaal", "HIA", value, "lopend"]],
        )

    return write


for _i, (_value, _) in enumerate(HUGE_NUMBERS):
    case("huge numbers")(_huge_number(_i, _value))


@pytest.mark.parametrize(("i", "shown"), [(i, s) for i, (_, s) in enumerate(HUGE_NUMBERS)])
def test_huge_numbers_are_row_rejections(ran, i, shown):
    run, warehouse = ran["huge numbers"].run, ran["huge numbers"].warehouse
    run.assert_sane()
    assert run.code == 0, run.text
    reason = rejections(warehouse, f"regio/opdrachten extra {i}.csv")[2]
    assert reason.startswith("begrote_uren"), reason
    if shown:
        assert shown in reason
    assert len(reason) < 250  # a 400-digit value is cut off in its reason


def _excel_number(value: str) -> Callable[[Path], None]:
    def write(bron: Path) -> None:
        header = [
            cell(f"{c}1", v)
            for c, v in zip("ABC", ["gemeente", "datum", "bedrag_eur"], strict=True)
        ]
        row = [cell("A2", "DOR"), cell("B2", "2012-03-01"), f'<c r="C2"><v>{value}</v></c>']
        write_raw_xlsx(bron / f"geldinbreng {value}.xlsx", [(1, header), (2, row)])
        write_csv(
            bron / "tarieven.csv",
            [["schaal", "geldig_vanaf", "uurtarief_eur"], ["gemiddeld", "01-01-2012", "66,30"]],
        )

    return write


for _value in EXCEL_NUMBERS:
    case("excel numbers")(_excel_number(_value))


@pytest.mark.parametrize("value", EXCEL_NUMBERS)
def test_non_finite_and_huge_excel_numbers_are_row_rejections(ran, value):
    run, warehouse = ran["excel numbers"].run, ran["excel numbers"].warehouse
    run.assert_sane()
    assert run.code == 0, run.text
    reason = rejections(warehouse, f"geldinbreng {value}.xlsx")[2]
    assert reason.startswith("bedrag_eur"), reason


def test_every_number_column_has_a_finite_upper_bound():
    from etl.kinds import INTEGER, KINDS, NUMBER, SHARE

    unbounded = [
        f"{k.name}.{c.name}"
        for k in KINDS.values()
        for c in k.columns
        if c.type in (NUMBER, SHARE, INTEGER) and c.high is None and c.plausible is None
    ]
    assert unbounded == []


@case("merges in a circle")
def _merges_in_a_circle(bron: Path) -> None:
    header = [*BEGROTE_UREN, "samengevoegd_uit"]
    write_csv(
        bron / "regio" / "opdrachten samen.csv",
        [
            header,
            ["PT-10", "Zelf", "lokaal", "HIA", "10", "lopend", "PT-10"],
            ["PT-11", "Kring a", "lokaal", "HIA", "10", "lopend", "PT-12"],
            ["PT-12", "Kring b", "lokaal", "HIA", "10", "lopend", "PT-11"],
            ["PT-13", "Naar kring", "lokaal", "HIA", "10", "lopend", "PT-11"],
            ["PT-14", "Goed", "lokaal", "HIA", "10", "lopend", "PT-1|PT-2"],
        ],
    )


def test_merges_onto_itself_or_in_a_circle_are_rejected_naming_the_opdrachten(ran):
    run, warehouse = ran["merges in a circle"].run, ran["merges in a circle"].warehouse
    run.assert_sane()
    assert run.code == 0, run.text
    found = rejections(warehouse, "regio/opdrachten samen.csv")
    assert found[2] == "samengevoegd_uit noemt de opdracht zelf (PT-10)"
    assert found[3] == found[4] == "samengevoegd_uit vormt een kring: PT-11 → PT-12 → PT-11"
    assert "PT-11" in found[5] and "afgekeurd" in found[5]
    assert 6 not in found
