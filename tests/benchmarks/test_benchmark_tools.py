"""The benchmark harness helpers on tiny inputs (no timings are asserted)."""

from __future__ import annotations

import argparse
import resource
import sys
from datetime import date
from pathlib import Path

import polars as pl
import pytest

from benchmarks.common import (
    fmt_bytes,
    fmt_seconds,
    machine_info,
    markdown_table,
    median,
    parse_ints,
    parse_sizes,
    repeats_for,
    replace_section,
    run_measured,
    source_files,
    write_section,
)


def test_median_of_odd_and_even_counts():
    assert median([3.0, 1.0, 2.0]) == 2.0
    assert median([4.0, 1.0, 3.0, 2.0]) == 2.5


def test_median_without_samples_raises():
    with pytest.raises(ValueError):
        median([])


def test_markdown_table_has_header_rule_and_escaped_cells():
    text = markdown_table(["a", "b"], [["1", "x|y"], ["2", "z"]])
    assert text.splitlines() == ["| a | b |", "|---|---|", "| 1 | x\\|y |", "| 2 | z |"]


def test_replace_section_appends_then_replaces_only_its_own_section():
    doc = "# Benchmarks\n"
    doc = replace_section(doc, "etl", "etl v1")
    doc = replace_section(doc, "views", "views v1")
    doc = replace_section(doc, "etl", "etl v2")
    assert "etl v1" not in doc
    assert doc.index("<!-- etl:start -->\netl v2\n<!-- etl:end -->") < doc.index("views v1")
    assert doc.count("<!-- etl:start -->") == 1
    assert doc.startswith("# Benchmarks\n")


def test_replace_section_keeps_backslashes_and_group_references_literal():
    doc = replace_section("", "etl", "old")
    assert "a\\1 b" in replace_section(doc, "etl", "a\\1 b")


def test_write_section_creates_the_document_and_keeps_other_sections(tmp_path: Path):
    path = tmp_path / "docs" / "benchmarks.md"
    write_section("dashboard", "dash", path)
    write_section("etl", "load", path)
    write_section("dashboard", "dash 2", path)
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# Benchmarks")
    assert "load" in text and "dash 2" in text and "dash\n" not in text


def test_parse_ints_and_repeats_per_size():
    assert parse_ints("1000000,10_000_000") == [1_000_000, 10_000_000]
    assert parse_sizes("demo,1_000_000") == [0, 1_000_000]
    with pytest.raises(argparse.ArgumentTypeError):
        parse_sizes("demo,0")
    assert repeats_for([1, 2], [3]) == [3, 3]
    assert repeats_for([1, 2], [3, 1]) == [3, 1]
    with pytest.raises(SystemExit):
        repeats_for([1, 2], [3, 1, 1])


def test_formats():
    assert fmt_seconds(0.0123) == "12.3 ms"
    assert fmt_seconds(4.561) == "4.56 s"
    assert fmt_bytes(300 * 1024**2) == "300 MiB"
    assert fmt_bytes(5 * 1024**3) == "5.00 GiB"


def test_run_measured_reports_the_childs_peak_memory_and_exit_code():
    """A forked child counts the parent's image until it execs, so every child reports at
    least the test process's own peak (large after other tests ran in it, e.g. in an xdist
    worker); the big child therefore allocates 300 MiB more than that peak."""
    eigen = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # Linux: KiB
    groot = eigen + 300 * 1024**2
    big = run_measured(
        [sys.executable, "-c", f"b = bytearray({groot}); b[::4096] = b'x' * len(b[::4096])"]
    )
    small = run_measured([sys.executable, "-c", "import sys; sys.exit(3)"])
    assert big.returncode == 0
    assert big.max_rss_bytes > groot
    assert small.returncode == 3
    assert small.max_rss_bytes < big.max_rss_bytes


def test_source_files_takes_the_first_word_of_the_name_as_kind(tmp_path: Path):
    for name in (
        "dordrecht/uren_2012.csv",
        "alblasserdam/Uren-ALB.csv",
        "x/urenoverzicht.csv",
        "medewerkers.csv",
        "uren.xlsx",
    ):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("a\n")
    found = [p.relative_to(tmp_path).as_posix() for p in source_files(tmp_path, "uren")]
    assert found == ["alblasserdam/Uren-ALB.csv", "dordrecht/uren_2012.csv"]


def test_machine_info_names_cpu_cores_versions_and_date():
    info = machine_info()
    assert {"cpu", "cores", "python", "duckdb", "polars", "streamlit", "date"} <= info.keys()
    assert int(info["cores"]) >= 1


def test_verschuif_maps_every_2012_working_day_to_its_own_weekday_of_the_year():
    from benchmarks.boekjaren import verschuif

    for jaar in (2013, 2016):
        mapping = verschuif(jaar)
        doelen = list(mapping.values())
        assert len(set(doelen)) == len(doelen)  # one-to-one: no two days on one
        dagen = [date(int(d[6:]), int(d[3:5]), int(d[:2])) for d in doelen]
        assert {d.year for d in dagen} == {jaar}
        assert all(d.weekday() < 5 for d in dagen)
        assert dagen == sorted(dagen)  # the year's course keeps its order
        assert dagen[-1].month == 12  # spread over the whole year


def test_schrijf_jaar_writes_a_later_boekjaar_with_its_own_ids(tmp_path: Path):
    from benchmarks.boekjaren import schrijf_jaar

    schrijf_jaar(tmp_path, 600, 2014)
    files = source_files(tmp_path, "uren")
    assert len(files) == 6
    uren = pl.concat([pl.read_csv(p, separator=";", infer_schema=False) for p in files])
    assert uren.height == 600
    assert uren["datum"].str.ends_with("-2014").all()
    assert uren["registratie_id"].str.starts_with("J2014B").all()
    assert uren["registratie_id"].n_unique() == 600
    geld = sorted(tmp_path.rglob("geldinbreng_2014.csv"))
    assert geld
    assert all("-2014;" in p.read_text(encoding="cp1252") for p in geld)


def test_view_rows_compares_every_warehouse_with_the_one_boekjaar_time():
    from benchmarks.boekjaren import view_rows

    columns = [
        {"sum(uren)": (0.01, 1), "urenbalans": (0.02, 6), "verrekening": (0.05, 8)},
        {"sum(uren)": (0.02, 1), "urenbalans": (0.04, 6), "verrekening": (0.2, 8)},
        {"sum(uren)": (0.02, 1), "urenbalans": None, "verrekening": (0.05, 8)},
    ]
    rows, missed = view_rows(columns, limit=0.1)
    assert [r[0] for r in rows] == ["sum(uren)", "urenbalans", "verrekening"]
    assert rows[1][3:8] == ["40.0 ms", "2.00×", "–", "–", "< 100.0 ms: ok"]
    assert rows[2][-1] == "< 100.0 ms: MISSED"
    assert rows[0][-1] == "–"
    assert missed == 1
