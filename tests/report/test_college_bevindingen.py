"""What a wethouder and a griffie found in the reports (issue 22, item 5), each checked on a
small source folder whose figures are worked out by hand, through the real commands."""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path

import pytest

from dashboard.auth import mag
from dashboard.authbestand import Rol
from dashboard.paginas import PAGINAS
from tests.console import run_console_script
from tests.in_proces import run_in_process
from tests.report.bronmap import laad, schrijf_bronmap
from tests.report.conftest import rapport
from tests.report.pdf import Pdf


@pytest.fixture(scope="module")
def klein(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The small folder of `bronmap`, plus a file the ETL does not know."""
    map_ = tmp_path_factory.mktemp("klein")
    bron = schrijf_bronmap(map_ / "bron")
    (bron / "leesmij.txt").write_text("Uitleg bij de bronmap.\n", "utf-8")
    return laad(bron, map_ / "proeftuin.duckdb")


@pytest.fixture(scope="module")
def h1(klein: Path, tmp_path_factory: pytest.TempPathFactory) -> Pdf:
    return rapport(klein, tmp_path_factory.mktemp("h1") / "h1.pdf", "2012-H1")


def _plat(pdf: Pdf) -> str:
    return re.sub(r"\s+", " ", pdf.tekst)


def test_each_evaluatie_is_counted_once(h1):
    """Three evaluaties: two of PT-1 (W1 and W2) and one of PT-3 (W5). Counted once per
    winstpunt that would be 2 + 2 + 1 = 5."""
    tekst = _plat(h1)
    assert "Tot en met de peildatum zijn 3 evaluaties ingevuld." in tekst
    assert "5 evaluaties" not in tekst
    # the table still shows them per winstpunt, and says why they add up to more
    assert "in de tabel telt een evaluatie bij elk winstpunt van haar opdracht" in tekst


def test_counts_take_the_dutch_singular_and_plural(h1):
    tekst = _plat(h1)
    assert "zijn 4 leerervaringen vastgelegd: 1 dilemma, 2 vraagpunten, 1 conflict." in tekst
    assert "1 dilemma's" not in tekst
    assert not re.search(r"\b1 (vraagpunten|conflicten|evaluaties|leerervaringen)\b", tekst)


def test_one_leerervaring_is_singular(klein, tmp_path):
    pdf = rapport(klein, tmp_path / "k2.pdf", "2012-K2")
    assert "In de periode K2 2012 is 1 leerervaring vastgelegd: 1 conflict." in _plat(pdf)


def test_a_college_report_names_only_pages_a_college_may_open(h1, klein, tmp_path):
    college = Rol("college", "DOR")
    verboden = [p.titel for p in PAGINAS if not mag(college, p.naam)]
    assert "Data & kwaliteit" in verboden  # the page the report used to point to
    statement = rapport(klein, tmp_path / "dor.pdf", "2012-H1", "--gemeente", "DOR")
    for pdf in (h1, statement):
        tekst = _plat(pdf)
        for titel in verboden:
            assert titel not in tekst, (pdf.path.name, titel)
        genoemd = re.findall(r"pagina's? ([A-Z][a-z]+)", tekst)
        toegestaan = {p.titel for p in PAGINAS if mag(college, p.naam)}
        assert set(genoemd) <= toegestaan, genoemd


def test_the_provenance_count_is_the_number_of_files_listed(h1):
    """Six source files and leesmij.txt: seven read, seven listed (the unknown file says
    why it was not loaded)."""
    gelezen = re.search(r"las (\d+) bestanden met", _plat(h1))
    assert gelezen, "de herkomst noemt geen aantal bestanden"
    kop = h1.regels.index("Bestand Soort Gelezen Geladen Afgekeurd")
    einde = next(i for i in range(kop, len(h1.regels)) if h1.regels[i].startswith("Totaal"))
    rijen = [r for r in h1.regels[kop + 1 : einde] if re.match(r"^\S+\.(csv|txt|xlsx)\b", r)]
    assert int(gelezen[1]) == len(rijen) == 7, rijen
    assert any(r.startswith("leesmij.txt niet herkend") for r in rijen), rijen


def _rapport(warehouse: Path, uit: Path):
    return run_console_script(
        "rapport", "--warehouse", str(warehouse), "--periode", "2012-H1", "--uit", str(uit)
    )


def test_a_read_only_report_is_never_overwritten(klein, tmp_path):
    uit = tmp_path / "rapport.pdf"
    uit.write_bytes(b"%PDF vastgesteld exemplaar")
    uit.chmod(0o444)
    resultaat = _rapport(klein, uit)
    assert resultaat.returncode == 1
    assert (
        f"Fout: {uit} bestaat al en is alleen-lezen; het wordt niet overschreven."
        in resultaat.stderr
    )
    assert "Er is geen rapport geschreven." in resultaat.stderr
    assert uit.read_bytes() == b"%PDF vastgesteld exemplaar"
    assert stat.S_IMODE(uit.stat().st_mode) == 0o444
    assert [p.name for p in tmp_path.iterdir()] == ["rapport.pdf"]  # no temporary file left


@pytest.mark.skipif(not hasattr(os, "chown") or os.geteuid() != 0, reason="chown needs root")
def test_a_colleagues_report_is_never_overwritten(klein, tmp_path):
    uit = tmp_path / "rapport.pdf"
    uit.write_bytes(b"%PDF van een collega")
    uit.chmod(0o666)
    os.chown(uit, 65534, 65534)
    resultaat = _rapport(klein, uit)
    assert resultaat.returncode == 1
    assert f"{uit} bestaat al en is van een andere gebruiker" in resultaat.stderr
    assert uit.read_bytes() == b"%PDF van een collega"


def test_a_replaced_report_keeps_its_mode_and_a_new_one_follows_the_umask(klein, tmp_path):
    bestaand = tmp_path / "gedeeld.pdf"
    bestaand.write_bytes(b"%PDF vorige")
    bestaand.chmod(0o664)
    nieuw = tmp_path / "nieuw.pdf"
    vorig = os.umask(0o027)
    try:
        # in this process (the umask is the process's own): what is tested is the file
        for uit in (bestaand, nieuw):
            args = ("--warehouse", str(klein), "--periode", "2012-H1", "--uit", str(uit))
            assert run_in_process("rapport", *args).returncode == 0
    finally:
        os.umask(vorig)
    assert bestaand.read_bytes().startswith(b"%PDF-")
    assert stat.S_IMODE(bestaand.stat().st_mode) == 0o664
    assert stat.S_IMODE(nieuw.stat().st_mode) == 0o640  # 0666 minus the umask, not 0600


def test_a_broken_warehouse_is_refused_in_dutch_only(tmp_path):
    kapot = tmp_path / "kapot.duckdb"
    kapot.write_text("geen database", "utf-8")
    resultaat = _rapport(kapot, tmp_path / "rapport.pdf")
    assert resultaat.returncode == 1
    assert resultaat.stderr.strip() == (
        f"Fout: {kapot} is geen leesbaar warehouse: het is beschadigd of geen "
        "DuckDB-bestand. Er is geen rapport geschreven."
    )
