"""The vastgestelde figures under `platform/vastgesteld/` are never read as exports, even
when a file's name starts with a kind (`cijfers/leerervaringen_lijst_op.parquet`)."""

from __future__ import annotations

from pathlib import Path

from etl.sources import find_sources


def test_vastgestelde_figures_have_no_kind_whatever_their_name(tmp_path: Path) -> None:
    cijfers = tmp_path / "platform/vastgesteld/2012-20130115T090000/cijfers"
    cijfers.mkdir(parents=True)
    (cijfers / "leerervaringen_lijst_op.parquet").write_bytes(b"PAR1")
    (tmp_path / "leerervaringen.csv").write_text("datum;soort;omschrijving\n", encoding="utf-8")
    files, _, _ = find_sources(tmp_path)
    assert {f.bestand: f.kind for f in files} == {
        "leerervaringen.csv": "leerervaringen",
        "platform/vastgesteld/2012-20130115T090000/cijfers/leerervaringen_lijst_op.parquet": None,
    }
