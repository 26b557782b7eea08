"""Platform files a controller edited by hand, and hostile form input (issue 24).

Each case was a failure: a submission destroyed or corrupted earlier rows, an unreadable
file crashed the form, a row of someone else blocked every submission, a formula or a NUL
character was written. "As the ETL reads it" is the ETL's own reader and parser.
"""

from __future__ import annotations

import json
import os
import resource
import signal
import subprocess
import sys
from pathlib import Path

import polars as pl
import pytest

from etl import platform_lock
from etl.kinds import KINDS
from etl.parse import parse_table
from etl.platform_lock import schrijfslot
from etl.readers import read_source
from etl.rules import REGEL
from etl.sources import SourceFile
from invoer.schrijven import (
    ALGEMEEN,
    DEELNEMERS,
    OPDRACHTEN,
    WIJZIGINGEN,
    Deelnemer,
    Geweigerd,
    add_statuswijziging,
    platform_rows,
    submit_opdracht,
)
from tests.console import REPO
from tests.etl.helpers import reasons, write_text
from tests.etl.test_platform_writer import FORM, NU

KOP = "opdracht_id;titel;soort_opdracht;aanvrager;begrote_uren;status;doel;ingediend_op"
EERDER = [
    'PF-2012-001;Sportnota;lokaal;SLI;80,5;aangemeld;"Eén nota; voor ""alle"" parken";'
    "01-03-2012 10:00:00",
    "PF-2012-002;Kunstroute;lokaal;PAP;12;aangemeld;Route langs kunst;02-03-2012 09:15:00",
]


def gelezen(bron: Path, bestand: str = OPDRACHTEN) -> pl.DataFrame:
    """The file's rows as the ETL reads and parses them (with their line)."""
    kind = bestand.split("/")[-1].split("_")[0].split(".")[0]
    raw = read_source(SourceFile(bron / bestand, bestand, kind)).frame
    return parse_table(raw, KINDS[kind])


def eerdere_blijven(bron: Path, tekst: str, encoding: str = "utf-8") -> pl.DataFrame:
    """Write `tekst` as the opdrachten file, submit a form, and assert every earlier row
    reads as before; the rows after, as the ETL reads them."""
    write_text(bron / OPDRACHTEN, tekst, encoding)
    voor = gelezen(bron)
    geschreven = submit_opdracht(bron, FORM, "anna@sliedrecht.nl", NU)
    na = gelezen(bron)
    assert na.filter(pl.col(REGEL).is_in(voor[REGEL].implode())).equals(voor, null_equal=True)
    nieuw = na.filter(pl.col("opdracht_id") == geschreven.opdracht_id)
    assert nieuw[REGEL].to_list() == [geschreven.regel], "the writer names the ETL's line"
    assert nieuw["titel"].to_list() == [FORM["titel"]] and nieuw["_reden"].to_list() == [None]
    return na


@pytest.mark.parametrize(
    ("naam", "tekst"),
    [
        ("Excel's sep= line", "sep=;\r\n" + KOP + "\r\n" + "\r\n".join(EERDER) + "\r\n"),
        ("header in capitals", KOP.replace("opdracht_id", "Opdracht_ID").replace("titel", "Titel")
         + "\n" + "\n".join(EERDER) + "\n"),
        ("comma-separated", KOP.replace(";", ",") + "\n" + "\n".join(
            r.replace('"Eén nota; voor ""alle"" parken"', '"Eén nota, voor ""alle"" parken"')
            .replace("80,5", '"80,5"').replace(";", ",") for r in EERDER) + "\n"),
        ("tab-separated, empty lines", "\n" + KOP.replace(";", "\t") + "\n\n" + "\n".join(
            r.replace(";", "\t").replace('"Eén nota\t voor ""alle"" parken"', "Eén nota")
            for r in EERDER) + "\n\n"),
        ("line break in a cell", KOP + "\r\n" + EERDER[0].replace("Eén nota;", "Eén nota\r\n\r\n")
         + "\r\n" + EERDER[1]),
    ],
)  # fmt: skip
def test_a_submission_keeps_every_row_of_a_hand_edited_file(bron, naam, tekst):
    na = eerdere_blijven(bron, tekst)
    assert na["opdracht_id"].to_list()[:2] == ["PF-2012-001", "PF-2012-002"], naam
    assert na["begrote_uren"].to_list()[:2] == [80.5, 12.0], naam
    tekst = (bron / OPDRACHTEN).read_bytes().decode("utf-8-sig")
    assert tekst.startswith("sep=;\r\n") == naam.startswith("Excel"), "the line numbers stay"
    assert "Opdracht_ID" not in tekst and tekst.count("opdracht_id") == 1, "one column per name"


def test_a_windows_1252_file_is_read_shown_and_kept(bron, etl, query):
    na = eerdere_blijven(bron, KOP + "\r\n" + "\r\n".join(EERDER) + "\r\n", "cp1252")
    assert na["doel"][0] == 'Eén nota; voor "alle" parken'
    assert platform_rows(bron, OPDRACHTEN)[0]["doel"] == 'Eén nota; voor "alle" parken'
    assert reasons(etl(bron)) == {}
    assert query("select count(*) from werkvoorraad where opdracht_id like 'PF-%'") == [(3,)]


def test_a_bad_row_of_someone_else_after_a_multiline_cell_never_blocks_a_submission(bron, etl):
    """Once a cell held a line break, the writer counted rows and the ETL lines: the new row
    was checked against another row's reason ("begrote_uren 'veel' is geen getal")."""
    fout = "PF-2012-003;Fout;lokaal;DOR;veel;aangemeld;x;03-03-2012 08:00:00"
    tekst = KOP + "\r\n" + EERDER[0].replace("Eén nota;", "Eén nota\r\n") + "\r\n" + fout + "\r\n"
    na = eerdere_blijven(bron, tekst)
    assert na["_reden"].to_list() == [None, "begrote_uren 'veel' is geen getal", None]
    outcome = etl(bron)
    assert reasons(outcome, OPDRACHTEN) == {4: "begrote_uren 'veel' is geen getal"}
    assert [r["regel"] for r in platform_rows(bron, OPDRACHTEN)] == ["2", "4", "5"]


def test_a_file_the_etl_rejects_is_refused_in_dutch_and_left_untouched(bron):
    write_text(bron / OPDRACHTEN, KOP + '\r\nPF-2012-001;"nooit gesloten;lokaal\r\n')
    voor = (bron / OPDRACHTEN).read_bytes()
    with pytest.raises(Geweigerd) as geweigerd:
        submit_opdracht(bron, FORM, "a@b.nl", NU)
    reden = geweigerd.value.fouten[ALGEMEEN]
    assert reden.startswith(f"{OPDRACHTEN} kan niet worden bijgewerkt: CSV is onleesbaar")
    assert "Er is niets opgeslagen" in reden
    assert (bron / OPDRACHTEN).read_bytes() == voor
    with pytest.raises(Geweigerd):
        platform_rows(bron, OPDRACHTEN)  # Mijn aanmeldingen says so instead of a traceback


def test_formulas_are_neutralised_in_the_file_and_read_back_as_typed(bron, etl, query):
    velden = FORM | {"titel": '=HYPERLINK("http://x")', "doel": "@SUM(1)", "motivatie": "-2+3"}
    written = submit_opdracht(bron, velden, "+31@x.nl", NU, [Deelnemer("SLI"), Deelnemer("DOR")])
    tekst = (bron / OPDRACHTEN).read_text("utf-8-sig")
    for cel in ('"\'=HYPERLINK(""http://x"")"', "'@SUM(1)", "'-2+3", "'+31@x.nl"):
        assert cel in tekst
    add_statuswijziging(bron, written.opdracht_id, "aangemeld", "=mt@x.nl", toelichting="+1",
                        actie="terugsturen", nu=NU.replace(hour=12))  # fmt: skip
    assert "'=mt@x.nl;'+1;" in (bron / WIJZIGINGEN).read_text("utf-8-sig")
    assert all(not c.startswith(("=", "+", "-", "@")) for f in (OPDRACHTEN, DEELNEMERS, WIJZIGINGEN)
               for line in (bron / f).read_text("utf-8-sig").splitlines()
               for c in line.split(";"))  # fmt: skip
    assert reasons(etl(bron)) == {}
    assert query(
        "select titel, doel, motivatie, ingediend_door from opdrachten where opdracht_id = ?",
        [written.opdracht_id],
    ) == [('=HYPERLINK("http://x")', "@SUM(1)", "-2+3", "+31@x.nl")]


@pytest.mark.parametrize("teken", ["\x00", "\x07", "\u202e", "\u2028"])
def test_control_and_invisible_characters_are_refused_next_to_the_field(bron, teken):
    with pytest.raises(Geweigerd) as geweigerd:
        submit_opdracht(bron, FORM | {"titel": f"Nota{teken}x", "doel": "a\nb\tc"}, "a@b.nl", NU)
    assert geweigerd.value.fouten == {
        "titel": f"titel bevat een onzichtbaar teken (U+{ord(teken):04X}); haal het weg "
        "(typ de tekst opnieuw in plaats van hem te plakken)"
    }
    assert not (bron / OPDRACHTEN).exists()


def test_a_lock_held_elsewhere_is_a_dutch_refusal(bron, monkeypatch):
    monkeypatch.setattr(platform_lock, "LOCK_TIMEOUT_S", 0.2)
    with schrijfslot(bron), pytest.raises(Geweigerd) as geweigerd:
        submit_opdracht(bron, FORM, "a@b.nl", NU)
    assert geweigerd.value.fouten == {
        ALGEMEEN: "platform/ bleef langer dan 0 s vergrendeld door een ander formulier of een "
        "ETL-run; probeer het zo opnieuw; er is niets opgeslagen"
    }


SUBMIT = """
import json, sys
from datetime import datetime
from pathlib import Path
from invoer.schrijven import Geweigerd, submit_opdracht
try:
    submit_opdracht(Path(sys.argv[1]), json.loads(sys.argv[2]), "a@b.nl", datetime(2012, 4, 2))
    print(json.dumps("geschreven"))
except Geweigerd as exc:
    print(json.dumps(exc.fouten))
"""


def submit_in_child(bron: Path, preexec) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", SUBMIT, str(bron), json.dumps(FORM)],
        cwd=REPO,
        capture_output=True,
        text=True,
        env=os.environ | {"PYTHONPATH": str(REPO)},
        preexec_fn=preexec,
        timeout=120,
    )


def test_a_full_disk_is_a_dutch_refusal_and_the_file_stays(bron):
    submit_opdracht(bron, FORM | {"doel": "x" * 5000}, "a@b.nl", NU)
    voor = (bron / OPDRACHTEN).read_bytes()

    def vol() -> None:  # the OS refuses writes beyond 4 KB: like a full disk
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096))

    run = submit_in_child(bron, vol)
    assert "Traceback" not in run.stderr, run.stderr
    assert json.loads(run.stdout) == {
        ALGEMEEN: "Opslaan in de bronmap (platform/) is mislukt: het bestand is te groot; er is "
        "niets opgeslagen. Probeer het later opnieuw of meld het de beheerder."
    }
    assert (bron / OPDRACHTEN).read_bytes() == voor
    assert [p.name for p in (bron / "platform").iterdir() if p.suffix == ".tmp"] == []


def test_a_read_only_source_folder_is_a_dutch_refusal(bron):
    """Root ignores file modes: as root the folder is made immutable (`chattr +i`)."""
    if os.geteuid() == 0:
        zet = subprocess.run(["chattr", "+i", str(bron)], capture_output=True, check=False)
        if zet.returncode:
            pytest.skip(f"chattr werkt hier niet: {zet.stderr!r}")
    else:
        bron.chmod(0o555)
    try:
        with pytest.raises(Geweigerd) as geweigerd:
            submit_opdracht(bron, FORM, "a@b.nl", NU)
    finally:
        if os.geteuid() == 0:
            subprocess.run(["chattr", "-i", str(bron)], check=False)
        bron.chmod(0o755)
    assert geweigerd.value.fouten == {
        ALGEMEEN: "Opslaan in de bronmap (platform/) is mislukt: "
        + ("niet toegestaan (rechten)" if os.geteuid() == 0 else "geen toegang (rechten)")
        + "; er is niets opgeslagen. Probeer het later opnieuw of meld het de beheerder."
    }
    assert not (bron / "platform").exists()


def test_a_column_of_decimal_points_gets_the_new_number_with_a_point(bron):
    """`1.500` beside `2.5`: without a comma in the column the dot is a decimal point. The
    form's `80,5` would make the ETL read the column the Dutch way (`1.500` as 1500); the
    writer sees that before it writes, and writes `80.5` there instead."""
    tekst = (
        KOP
        + "\r\n"
        + "\r\n".join(
            f"PF-2012-00{i};Nota {i};lokaal;SLI;{uren};aangemeld;x;01-03-2012 10:00:00"
            for i, uren in ((1, "1.500"), (2, "2.5"))
        )
    )
    na = eerdere_blijven(bron, tekst + "\r\n")
    assert na["begrote_uren"].to_list() == [1.5, 2.5, 80.5]
    assert ";80.5;" in (bron / OPDRACHTEN).read_text("utf-8-sig")


def test_text_beyond_the_header_where_a_column_must_be_added_is_refused_untouched(bron):
    """A line with a field beyond the header (rejected by the ETL: "te veel velden"); the
    form must add `ingediend_door` there, which would give that field a name. Refused."""
    kop = "opdracht_id;titel;soort_opdracht;aanvrager;begrote_uren;status"
    write_text(bron / OPDRACHTEN, f"{kop}\r\nPF-2012-001;A;lokaal;SLI;5;aangemeld;;;extra\r\n")
    voor = (bron / OPDRACHTEN).read_bytes()
    with pytest.raises(Geweigerd) as geweigerd:
        submit_opdracht(bron, FORM, "a@b.nl", NU)
    assert geweigerd.value.fouten[ALGEMEEN].startswith(
        f"{OPDRACHTEN}: na het bijschrijven zou de ETL eerdere rijen anders lezen; er is "
        "niets opgeslagen"
    )
    assert (bron / OPDRACHTEN).read_bytes() == voor


def test_shares_that_polars_computes_a_hair_apart_in_a_longer_file_still_match(bron):
    """`95%` read as 0,95 alone and as 0,9500000000000001 once more rows follow: the
    writer's check compares numbers to 9 decimals, or every second submission failed."""
    ml = FORM | {"soort_opdracht": "meervoudig_lokaal", "aanvrager": "DOR"}
    for dor in (5, 2, 1):
        submit_opdracht(bron, ml, "a@b.nl", NU, [Deelnemer("DOR", f"{dor}%"),
                                                 Deelnemer("ZWD", f"{100 - dor}%")])  # fmt: skip
    assert [r["aandeel"] for r in platform_rows(bron, DEELNEMERS)] == [
        "5%", "95%", "2%", "98%", "1%", "99%"
    ]  # fmt: skip
