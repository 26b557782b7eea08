"""Property: whatever bytes or shapes a source file holds, reading it gives a frame or a
rejection (`FileRejected`), never another exception or a crash (issue 15)."""

from __future__ import annotations

import io
import tempfile
import zipfile
from pathlib import Path

import polars as pl
import xlsxwriter
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from etl.kinds import KINDS
from etl.load import _read_one
from etl.readers import REGEL, FileRejected
from etl.sources import SourceFile
from tests.hostile.xlsx_raw import cell, write_raw_xlsx
from tests.hypothese import voorbeelden

SETTINGS = settings(
    max_examples=voorbeelden(25),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
KIND_NAMES = st.sampled_from(sorted(KINDS))
FLOATS = st.floats(allow_nan=False, allow_infinity=False)  # xlsxwriter writes no NaN
HEADERS = st.lists(
    st.sampled_from(
        [
            "medewerker_id",
            "opdracht_id",
            "datum",
            "uren",
            "gemeente",
            "bedrag_eur",
            "code",
            "naam",
            "titel",
            "x",
            "",
            "Uren",
            " datum ",
        ]
    ),
    min_size=1,
    max_size=8,
)
CELLS = st.one_of(
    st.text(max_size=20),
    st.sampled_from(
        [
            "1,5",
            "7.000",
            "1e400",
            "NaN",
            "-inf",
            "31-02-2012",
            "ja",
            '"',
            "\x00",
            "=1+1",
            "€ 3",
            "2012-01-01",
            "1.234,5",
            "9" * 400,
            ";",
            "\r\n",
        ]
    ),
)


def read(path: Path, kind: str) -> object:
    """What the ETL gets for one file: (frame, remark) or the rejection, never a raise."""
    source = SourceFile(path=path, bestand=path.name, kind=kind, size=path.stat().st_size)
    return _read_one(source)


def assert_frame_or_rejection(result: object, kind: str) -> None:
    assert isinstance(result, FileRejected | tuple), result
    if isinstance(result, tuple):
        frame, _ = result
        assert isinstance(frame, pl.DataFrame)
        assert set(KINDS[kind].names) <= set(frame.columns)
        assert frame[REGEL].null_count() == 0


@SETTINGS
@given(data=st.binary(max_size=2000), kind=KIND_NAMES, suffix=st.sampled_from([".csv", ".xlsx"]))
def test_random_bytes_are_read_or_rejected(data, kind, suffix):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"{kind}{suffix}"
        path.write_bytes(data)
        assert_frame_or_rejection(read(path, kind), kind)


@SETTINGS
@given(
    header=HEADERS,
    rows=st.lists(st.lists(CELLS, max_size=10), max_size=12),
    sep=st.sampled_from([";", ",", "\t"]),
    newline=st.sampled_from(["\n", "\r\n", "\r"]),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "utf-16"]),
    kind=KIND_NAMES,
)
def test_random_csv_shapes_are_read_or_rejected(header, rows, sep, newline, encoding, kind):
    text = newline.join(sep.join(r) for r in [header, *rows])
    data = text.encode(encoding, errors="replace")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"{kind}.csv"
        path.write_bytes(data)
        assert_frame_or_rejection(read(path, kind), kind)


@SETTINGS
@given(
    header=HEADERS,
    rows=st.lists(
        st.lists(
            st.one_of(
                CELLS,
                st.floats(allow_nan=False, allow_infinity=False),
                st.integers(),
                st.booleans(),
            ),
            max_size=8,
        ),
        max_size=10,
    ),
    start_row=st.integers(0, 5),
    kind=KIND_NAMES,
)
def test_random_xlsx_shapes_are_read_or_rejected(header, rows, start_row, kind):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"{kind}.xlsx"
        with xlsxwriter.Workbook(str(path), {"strings_to_numbers": False}) as book:
            sheet = book.add_worksheet()
            for r, row in enumerate([header, *rows]):
                for c, value in enumerate(row):
                    sheet.write(start_row + r, c, value)
        assert_frame_or_rejection(read(path, kind), kind)


@SETTINGS
@given(
    refs=st.lists(
        st.tuples(st.integers(1, 1_048_576), st.integers(1, 16_384)), min_size=1, max_size=4
    ),
    values=st.lists(st.sampled_from(["NaN", "INF", "1E+308", "x", "-0", ""]), min_size=4),
    kind=KIND_NAMES,
)
def test_random_raw_xlsx_references_are_read_or_rejected(refs, values, kind):
    """Cells anywhere in the sheet, numbers calamine reads as NaN or inf."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"{kind}.xlsx"
        rows = [
            (r, [f'<c r="{_letters(c)}{r}"><v>{values[i % len(values)]}</v></c>'])
            for i, (r, c) in enumerate(sorted(refs))
        ]
        write_raw_xlsx(path, [(1, [cell("A1", "uren")]), *rows])
        assert_frame_or_rejection(read(path, kind), kind)


def _kleine_xlsx() -> bytes:
    buffer = io.BytesIO()
    with xlsxwriter.Workbook(buffer) as book:
        sheet = book.add_worksheet()
        sheet.write_row(0, 0, ["medewerker_id", "opdracht_id", "datum", "uren"])
        sheet.write_row(1, 0, ["M-1", "PT-1", "01-03-2012", 2])
    return buffer.getvalue()


def test_an_xlsx_cut_before_its_zip_directory_is_rejected(tmp_path: Path):
    """The case the property below checks only when a damaged byte hits the zip's end."""
    path = tmp_path / "uren.xlsx"
    path.write_bytes(_kleine_xlsx()[:-22])  # without the end-of-central-directory record
    assert not zipfile.is_zipfile(path)
    assert isinstance(read(path, "uren"), FileRejected)


@SETTINGS
@given(position=st.integers(0, 10_000), byte=st.integers(0, 255), kind=KIND_NAMES)
def test_damaged_xlsx_bytes_are_read_or_rejected(position, byte, kind):
    data = bytearray(_kleine_xlsx())
    data[position % len(data)] = byte
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"{kind}.xlsx"
        path.write_bytes(bytes(data))
        result = read(path, kind)
        assert_frame_or_rejection(result, kind)
        if not zipfile.is_zipfile(path):  # no longer a zip at all: nothing can be read
            assert isinstance(result, FileRejected), result


def _letters(n: int) -> str:
    out = ""
    while n:
        n, rest = divmod(n - 1, 26)
        out = chr(65 + rest) + out
    return out
