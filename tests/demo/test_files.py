"""The demo folder: deterministic bytes, a safe target folder, and the promised file shapes."""

from __future__ import annotations

import tomllib
from pathlib import Path

import polars as pl
from click.testing import CliRunner

from demo.generate import write_demo, write_demo_command
from proeftuin.cli import app
from tests.demo.readback import BOM, decodeer, lees, scheiding

KINDS = {
    "medewerkers",
    "opdrachten",
    "deelnemers",
    "uren",
    "geldinbreng",
    "tarieven",
    "evaluaties",
    "leerervaringen",
    "besparingen",
    "interviews",
    "tevredenheid",
    "leerverhalen",
    "verwachtingen",
    "statuswijzigingen",
    "nieuws",
    "ruimte",
    "interesse",
}


def inhoud(map_: Path) -> dict[str, bytes]:
    return {p.relative_to(map_).as_posix(): p.read_bytes() for p in map_.rglob("*") if p.is_file()}


def test_same_seed_gives_identical_bytes_and_another_seed_does_not(tmp_path: Path) -> None:
    write_demo(tmp_path / "a", jaar=2012)
    write_demo(tmp_path / "b", jaar=2012)
    write_demo(tmp_path / "c", seed=7, jaar=2012)
    a, b, c = inhoud(tmp_path / "a"), inhoud(tmp_path / "b"), inhoud(tmp_path / "c")
    assert a == b
    assert a.keys() == c.keys()
    assert a["alblasserdam/uren_2012.csv"] != c["alblasserdam/uren_2012.csv"]


def test_rewriting_a_previous_demo_replaces_it_exactly(tmp_path: Path) -> None:
    write_demo(tmp_path / "vers", jaar=2012)
    write_demo(tmp_path / "hergebruik", registraties=50)
    assert (tmp_path / "hergebruik/regio/medewerkers_benchmark.csv").exists()
    # deelnemers of an opdracht someone submitted on the demo platform
    (tmp_path / "hergebruik/platform").mkdir(exist_ok=True)
    (tmp_path / "hergebruik/platform/deelnemers_platform.csv").write_text("opdracht_id;gemeente\n")
    assert write_demo_command(tmp_path / "hergebruik", None, 2012) == 0
    assert inhoud(tmp_path / "hergebruik") == inhoud(tmp_path / "vers")


def test_refuses_a_folder_with_other_files_and_touches_nothing(tmp_path: Path) -> None:
    vreemd = tmp_path / "echt"
    (vreemd / "regio").mkdir(parents=True)
    (vreemd / "regio/opdrachten.xlsx").write_bytes(b"echte export")
    assert write_demo_command(vreemd, None) == 2
    assert inhoud(vreemd) == {"regio/opdrachten.xlsx": b"echte export"}

    write_demo(tmp_path / "demo", jaar=2012)
    (tmp_path / "demo/notities.docx").write_bytes(b"van iemand anders")
    voor = inhoud(tmp_path / "demo")
    assert write_demo_command(tmp_path / "demo", None) == 2
    assert inhoud(tmp_path / "demo") == voor

    bestand = tmp_path / "bestand.csv"
    bestand.write_text("x")
    assert write_demo_command(bestand, None) == 2


def test_the_command_with_jaar_2012_writes_the_plans_year_alone(tmp_path: Path, demo) -> None:
    resultaat = CliRunner().invoke(app, ["demo-data", str(tmp_path / "d"), "--jaar", "2012"])
    assert resultaat.exit_code == 0, resultaat.output
    assert "proeftuinjaar 2012" in resultaat.output
    assert inhoud(tmp_path / "d") == inhoud(demo[0])


def test_file_names_announce_their_kind(demo: tuple[Path, object]) -> None:
    map_, summary = demo
    namen = {p.relative_to(map_).as_posix() for p in map_.rglob("*") if p.is_file()}
    assert namen == {rel for rel, _, _ in summary.bestanden}
    soorten = {
        n.rsplit("/", 1)[-1].replace(" ", "_").replace("-", "_").split("_")[0].split(".")[0]
        for n in namen
    }
    assert soorten == KINDS | {"leesmij", "kolommen", "uitleg"}
    assert {n.split("/")[0] for n in namen if "/" in n} == {
        "alblasserdam",
        "dordrecht",
        "hendrik-ido-ambacht",
        "papendrecht",
        "sliedrecht",
        "zwijndrecht",
        "regio",
        "platform",
    }


def test_csv_dialects_are_the_promised_ones(demo: tuple[Path, object]) -> None:
    map_, _ = demo
    verwacht = {
        "alblasserdam/medewerkers.csv": ("cp1252", ";"),
        "alblasserdam/geldinbreng.csv": ("cp1252", ";"),
        "papendrecht/medewerkers.csv": ("cp1252", ";"),
        "hendrik-ido-ambacht/uren 2012.csv": ("utf-8-sig", ";"),
        "regio/deelnemers.csv": ("utf-8-sig", ";"),
        "regio/leerervaringen.csv": ("utf-8-sig", ";"),
        "sliedrecht/uren-2012.csv": ("utf-8", "\t"),
        "zwijndrecht/uren_2012.csv": ("utf-8", ","),
    }
    for rel, (encoding, sep) in verwacht.items():
        data = (map_ / rel).read_bytes()
        tekst, gevonden = decodeer(data)
        assert (gevonden, scheiding(tekst)) == (encoding, sep), rel
        assert data.startswith(BOM) == (encoding == "utf-8-sig"), rel
    alb = decodeer((map_ / "alblasserdam/medewerkers.csv").read_bytes())[0]
    assert "financiën" in alb and "\r\n" in alb
    assert "13.260,00" in decodeer((map_ / "alblasserdam/geldinbreng.csv").read_bytes())[0]
    assert "Coördinatie" in (map_ / "regio/leerervaringen.csv").read_text(encoding="utf-8-sig")


def test_numbers_and_dates_follow_each_dialect(demo: tuple[Path, object]) -> None:
    map_, _ = demo
    alb = lees(map_ / "alblasserdam/uren_2012.csv")
    assert alb["uren"].str.contains(",").any() and not alb["uren"].str.contains(r"\.").any()
    assert alb["datum"].str.contains(r"^\d{2}-\d{2}-2012$").all()
    hia = lees(map_ / "hendrik-ido-ambacht/uren 2012.csv")
    assert hia["datum"].str.contains(r"^\d-\d{1,2}-2012$").any()  # d-m-yyyy
    zwd = lees(map_ / "zwijndrecht/uren_2012.csv")
    assert zwd["datum"].str.contains(r"^2012-\d{2}-\d{2}$").all()
    assert zwd["uren"].str.contains(r"\.").any() and not zwd["uren"].str.contains(",").any()
    dor = pl.read_excel(map_ / "dordrecht/uren_2012.xlsx")
    assert dor.schema["datum"] == pl.Date and dor.schema["uren"] == pl.Float64
    opdrachten = pl.read_excel(map_ / "regio/opdrachten.xlsx")
    assert opdrachten.schema["startdatum"] == pl.Date
    assert opdrachten.schema["budget_eur"].is_numeric()


def test_papendrecht_uses_own_headers_mapped_by_kolommen_toml(demo: tuple[Path, object]) -> None:
    map_, _ = demo
    mapping = tomllib.loads((map_ / "papendrecht/kolommen.toml").read_text(encoding="utf-8"))
    assert mapping["Personeelsnummer"] == "medewerker_id"
    for naam in ("medewerkers.csv", "uren_2012.csv"):
        tekst = decodeer((map_ / "papendrecht" / naam).read_bytes())[0]
        koppen = tekst.splitlines()[0].split(";")
        assert "Personeelsnummer" in koppen
        assert all(k in mapping for k in koppen), koppen
