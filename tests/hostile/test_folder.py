"""The source folder's odd corners (issue 24): names that are no UTF-8, symbolic links,
FIFOs, a file that disappears mid-run, a hostile `kolommen.toml`. Each is in the run
report with a Dutch reason; the rest of the folder loads; nothing outside is shown."""

from __future__ import annotations

import os

import pytest

from etl import sources
from etl.limits import MAX_CONFIG_BYTES, MAX_CONFIG_DEPTH
from etl.load import run_etl
from etl.readers import FileRejected, read_source
from etl.sources import SourceFile
from tests.etl.helpers import UREN_HEADER, write_csv, write_text
from tests.hostile.conftest import files_log, loaded_hours, rejections

UREN = [UREN_HEADER, ["M-1", "PT-1", "02-03-2012", "3"]]


def test_a_name_that_is_no_utf8_is_read_and_reported_readably(bron, warehouse):
    map_ = os.fsencode(bron / "dordrecht")
    with open(map_ + b"/uren_caf\xe9.csv", "wb") as fh:  # as unzip leaves a Windows name
        fh.write(b"medewerker_id;opdracht_id;datum;uren\nM-1;PT-1;02-03-2012;3\n")
    assert run_etl(bron, warehouse).geschreven
    assert files_log(warehouse)["dordrecht/uren_café.csv"][:3] == (1, 1, 0)
    assert loaded_hours(warehouse) == 5


def test_links_outside_the_folder_dangling_or_circular_and_fifos_are_listed_not_read(
    bron, warehouse, tmp_path
):
    geheim = write_text(tmp_path / "geheim.csv", "WACHTWOORD=hunter2\n")
    (bron / "dordrecht" / "uren_buiten.csv").symlink_to(geheim)
    (bron / "dordrecht" / "uren_weg.csv").symlink_to(tmp_path / "bestaat-niet.csv")
    (bron / "dordrecht" / "uren_kring.csv").symlink_to(bron / "dordrecht" / "uren_kring.csv")
    (bron / "dordrecht" / "buitenmap").symlink_to(tmp_path, target_is_directory=True)
    os.mkfifo(bron / "dordrecht" / "uren_fifo.csv")
    write_csv(bron / "extra" / "uren.csv", UREN)
    (bron / "dordrecht" / "uren_binnen.csv").symlink_to(bron / "extra" / "uren.csv")
    outcome = run_etl(bron, warehouse)
    assert outcome.geschreven
    reden = {b: rejections(warehouse, b)[None] for b in (
        "dordrecht/uren_buiten.csv", "dordrecht/uren_weg.csv", "dordrecht/uren_kring.csv",
        "dordrecht/buitenmap", "dordrecht/uren_fifo.csv",
    )}  # fmt: skip
    assert reden == {
        "dordrecht/uren_buiten.csv": "koppeling naar buiten de bronmap wordt niet gevolgd",
        "dordrecht/uren_weg.csv": "koppeling wijst naar niets (het doel bestaat niet); "
        "overgeslagen",
        "dordrecht/uren_kring.csv": "koppeling wijst naar zichzelf (een kring); overgeslagen",
        "dordrecht/buitenmap": "koppeling naar buiten de bronmap wordt niet gevolgd",
        "dordrecht/uren_fifo.csv": "geen gewoon bestand maar een FIFO (named pipe); overgeslagen",
    }
    assert "hunter2" not in (outcome.afgekeurd_csv.read_text() + str(files_log(warehouse)))
    assert files_log(warehouse)["dordrecht/uren_binnen.csv"][:3] == (1, 1, 0)
    assert loaded_hours(warehouse) == 2 + 3 + 3  # the good file, extra/ and the link to it


def test_a_file_that_disappears_while_the_folder_is_listed_is_reported(
    bron, warehouse, monkeypatch
):
    weg = write_csv(bron / "dordrecht" / "uren_weg.csv", UREN)
    walk = os.walk

    def walk_then_delete(*args, **kwargs):
        yield from walk(*args, **kwargs)
        weg.unlink()  # listed, then gone before it is looked at

    monkeypatch.setattr(sources.os, "walk", walk_then_delete)
    assert run_etl(bron, warehouse).geschreven
    assert rejections(warehouse, "dordrecht/uren_weg.csv") == {
        None: "bestand verdween terwijl de map werd gelezen; overgeslagen"
    }
    assert loaded_hours(warehouse) == 2


def test_an_xlsx_that_disappears_before_it_is_read_is_a_rejection(tmp_path):
    with pytest.raises(FileRejected, match="bestand kan niet worden gelezen: bestaat niet"):
        read_source(SourceFile(tmp_path / "uren.xlsx", "uren.xlsx", "uren"))


@pytest.mark.parametrize(
    ("tekst", "reden"),
    [
        ("a = " + "[" * 50_000 + "]" * 50_000, f"dieper genest dan {MAX_CONFIG_DEPTH} niveaus"),
        ('"x" = "y"\n' * (MAX_CONFIG_BYTES // 8), "de grens is 256 KiB"),
    ],
)
def test_a_hostile_kolommen_toml_is_a_reason_and_the_run_goes_on(bron, warehouse, tekst, reden):
    write_text(bron / "dordrecht" / "kolommen.toml", tekst)
    assert run_etl(bron, warehouse).geschreven
    assert reden in rejections(warehouse, "dordrecht/kolommen.toml")[None]
    assert loaded_hours(warehouse) == 2


def test_a_flat_kolommen_toml_still_maps_within_the_limits(bron, warehouse):
    write_text(bron / "dordrecht" / "kolommen.toml", '"Aantal uur" = "uren"  # [{[\n')
    write_csv(bron / "dordrecht" / "uren_eigen.csv", [["medewerker_id", "opdracht_id", "datum",
                                                        "Aantal uur"], UREN[1]])  # fmt: skip
    assert run_etl(bron, warehouse).geschreven
    assert loaded_hours(warehouse) == 5
