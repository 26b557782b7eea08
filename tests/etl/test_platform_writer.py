"""The platform's writes into the source folder: checked, serialised, atomic."""

from __future__ import annotations

import csv
import os
import signal
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime
from pathlib import Path

import pytest

from etl.platform_lock import schrijfslot
from invoer.achtergrond import Achtergrond
from invoer.schrijven import (
    DEELNEMERS,
    DEELNEMERS_VELD,
    OPDRACHTEN,
    WIJZIGINGEN,
    Deelnemer,
    Geweigerd,
    add_statuswijziging,
    next_id,
    submit_opdracht,
)
from tests.etl.helpers import UREN_HEADER, reasons, write_csv

FORM = {
    "titel": "Nota sportaccommodaties",
    "soort_opdracht": "lokaal",
    "aanvrager": "SLI",
    "begrote_uren": 80.5,
    "doel": "Eén nota voor alle sportparken",
}
NU = datetime(2012, 4, 2, 11, 30)


def rows(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh, delimiter=";"))


def test_a_submitted_form_round_trips_into_the_werkvoorraad(bron, etl, query):
    written = submit_opdracht(bron, FORM, "anna@sliedrecht.nl", NU)
    assert written.opdracht_id == "PF-2012-001"
    assert written.regel == 2
    second = submit_opdracht(bron, FORM | {"titel": "Tweede"}, "bram@zwijndrecht.nl", NU)
    assert second.opdracht_id == "PF-2012-002"
    assert [r["begrote_uren"] for r in rows(bron / OPDRACHTEN)] == ["80,5", "80,5"]
    assert reasons(etl(bron)) == {}
    assert query(
        "select status, begrote_uren, doel, ingediend_door, ingediend_op from werkvoorraad "
        "where opdracht_id = 'PF-2012-001'"
    ) == [("aangemeld", 80.5, "Eén nota voor alle sportparken", "anna@sliedrecht.nl", NU)]


def test_invalid_input_is_refused_with_the_field_named_and_nothing_written(bron):
    with pytest.raises(Geweigerd) as refused:
        submit_opdracht(
            bron,
            FORM | {"titel": "", "begrote_uren": "veel", "startdatum": "31-02-2012"},
            "a@b.nl",
            NU,
        )
    assert refused.value.fouten == {
        "titel": "titel ontbreekt",
        "begrote_uren": "begrote_uren 'veel' is geen getal",
        "startdatum": "startdatum '31-02-2012' is geen geldige datum",
    }
    assert not (bron / OPDRACHTEN).exists()
    # rules across files: an unknown gemeente, an opdrachtnemer who does not exist
    for field, value, reden in (
        ("aanvrager", "Gouda", "aanvrager 'Gouda' is onbekend"),
        ("opdrachtnemer", "M-99", "opdrachtnemer: medewerker M-99 bestaat niet"),
    ):
        with pytest.raises(Geweigerd) as refused:
            submit_opdracht(bron, FORM | {field: value}, "a@b.nl", NU)
        assert list(refused.value.fouten) == [field]
        assert refused.value.fouten[field].startswith(reden)
    assert not (bron / OPDRACHTEN).exists()


CULTUURVISIE = FORM | {"titel": "Gezamenlijke cultuurvisie", "soort_opdracht": "meervoudig_lokaal"}


def test_deelnemers_are_written_beside_the_opdracht_and_count_in_the_balance(bron, etl, query):
    written = submit_opdracht(
        bron, CULTUURVISIE, "a@sli.nl", NU, [Deelnemer("DOR", "60%"), Deelnemer("ZWD", "40%")]
    )
    assert [(r["opdracht_id"], r["gemeente"], r["aandeel"]) for r in rows(bron / DEELNEMERS)] == [
        ("PF-2012-001", "DOR", "60%"),
        ("PF-2012-001", "ZWD", "40%"),
    ]
    # without aandeel the deelnemers share equally; a lokaal opdracht may name them too
    submit_opdracht(
        bron, FORM, "b@sli.nl", NU, [Deelnemer("ALB"), Deelnemer("PAP"), Deelnemer("SLI")]
    )
    write_csv(
        bron / "dordrecht" / "uren.csv",
        [
            UREN_HEADER,
            ["M-1", written.opdracht_id, "02-04-2012", "10"],
            ["M-2", "PF-2012-002", "03-04-2012", "6"],
        ],
    )
    outcome = etl(bron)
    assert reasons(outcome) == {}
    assert ("platform/deelnemers_platform.csv", "deelnemers", 5) in [
        (b["bestand"], b["soort"], b["rijen_geladen"])
        for b in outcome.bestanden.iter_rows(named=True)
    ]
    assert query(
        "select opdracht_id, gemeente, round(aandeel, 6) from opdracht_aandelen "
        "where opdracht_id like 'PF-%' order by all"
    ) == [
        ("PF-2012-001", "DOR", 0.6),
        ("PF-2012-001", "ZWD", 0.4),
        ("PF-2012-002", "ALB", 0.333333),
        ("PF-2012-002", "PAP", 0.333333),
        ("PF-2012-002", "SLI", 0.333333),
    ]
    # M-1 of Dordrecht brings 10 and Dordrecht takes 6 of them, Zwijndrecht 4 (and M-2 of
    # Zwijndrecht brings 6 that Alblasserdam, Papendrecht and Sliedrecht take equally)
    assert query(
        "select gemeente, gebracht_uren, gehaald_uren from urenbalans order by gemeente"
    ) == [
        ("ALB", 0, 2),
        ("DOR", 10, 6),
        ("HIA", 0, 0),
        ("PAP", 0, 2),
        ("SLI", 0, 2),
        ("ZWD", 6, 4),
    ]


def test_deelnemers_are_checked_with_the_opdracht_and_a_refusal_writes_nothing(bron):
    submit_opdracht(bron, FORM, "a@sli.nl", NU, [Deelnemer("DOR")])
    before = {f: (bron / f).read_bytes() for f in (OPDRACHTEN, DEELNEMERS)}
    for deelnemers, reden in (
        ([Deelnemer("DOR", "100%")], "deze opdracht is meervoudig_lokaal maar heeft 1 "),
        ([], "deze opdracht is meervoudig_lokaal maar heeft 0 "),
        (
            [Deelnemer("DOR", "60%"), Deelnemer("ZWD", "30%")],
            "aandelen van deze opdracht tellen op tot 0,9 (90%) in plaats van 1 (100%)",
        ),
        (
            [Deelnemer("DOR", "60%"), Deelnemer("ZWD")],
            "deze opdracht: 1 van de 2 deelnemers hebben geen aandeel",
        ),
        ([Deelnemer("DOR", "veel"), Deelnemer("ZWD")], "DOR: aandeel 'veel' is geen aandeel"),
        ([Deelnemer("DOR", "0%"), Deelnemer("ZWD", "100%")], "DOR: aandeel "),
        ([Deelnemer("Gouda"), Deelnemer("ZWD")], "Gouda: gemeente 'Gouda' is onbekend"),
    ):
        with pytest.raises(Geweigerd) as refused:
            submit_opdracht(bron, CULTUURVISIE, "b@sli.nl", NU, deelnemers)
        assert list(refused.value.fouten) == [DEELNEMERS_VELD], deelnemers
        assert refused.value.fouten[DEELNEMERS_VELD].startswith(reden), refused.value.fouten
        assert {f: (bron / f).read_bytes() for f in before} == before


def test_deelnemers_left_by_a_crash_are_rejected_and_their_id_never_reused(bron, etl):
    """A crash between the two renames leaves deelnemers rows without their opdracht."""
    write_csv(
        bron / DEELNEMERS,
        [
            ["opdracht_id", "gemeente", "aandeel"],
            ["PF-2012-001", "DOR", ""],
            ["PF-2012-001", "ZWD", ""],
        ],
    )
    assert submit_opdracht(bron, FORM, "a@sli.nl", NU).opdracht_id == "PF-2012-002"
    assert set(reasons(etl(bron), DEELNEMERS).values()) == {"opdracht PF-2012-001 bestaat niet"}


def test_status_changes_follow_the_rules_before_they_are_written(bron, etl, query):
    pf = submit_opdracht(bron, FORM, "a@sli.nl", NU).opdracht_id
    add_statuswijziging(bron, pf, "geaccepteerd", "mt@proeftuin.nl", nu=datetime(2012, 5, 1, 9))
    add_statuswijziging(
        bron,
        pf,
        "geaccepteerd",
        "mt@proeftuin.nl",
        opdrachtnemer="M-3",
        actie="toewijzen",
        nu=datetime(2012, 5, 1, 9, 5),
    )
    add_statuswijziging(bron, "PT-1", "afgerond", "mt", nu=datetime(2012, 6, 1))
    before = (bron / WIJZIGINGEN).read_bytes()
    with pytest.raises(Geweigerd) as refused:
        add_statuswijziging(bron, "PT-1", "lopend", "mt", nu=datetime(2012, 6, 2))
    assert list(refused.value.fouten) == ["status"]
    assert "is al afgerond" in refused.value.fouten["status"]
    with pytest.raises(Geweigerd) as refused:
        add_statuswijziging(bron, "PT-77", "lopend", "mt", nu=datetime(2012, 6, 2))
    assert refused.value.fouten == {"opdracht_id": "opdracht PT-77 bestaat niet"}
    with pytest.raises(Geweigerd) as refused:
        add_statuswijziging(bron, pf, "lopend", "mt", opdrachtnemer="X", nu=datetime(2012, 6, 2))
    assert refused.value.fouten == {"opdrachtnemer": "opdrachtnemer: medewerker X bestaat niet"}
    assert (bron / WIJZIGINGEN).read_bytes() == before
    assert reasons(etl(bron)) == {}
    assert query(
        "select status, opdrachtnemer, actie from statushistorie where opdracht_id = ? "
        "order by volgnummer",
        [pf],
    ) == [
        ("aangemeld", None, "aanmelden"),
        ("geaccepteerd", None, "wijzigen"),
        ("geaccepteerd", "M-3", "toewijzen"),
    ]


def test_next_id_counts_per_year():
    assert next_id([], 2012) == "PF-2012-001"
    assert next_id(["PF-2012-009", "PF-2011-050", "PT-1"], 2012) == "PF-2012-010"
    assert next_id(["PF-2012-999"], 2012) == "PF-2012-1000"


def test_ids_carry_the_year_of_submission_and_count_per_year(bron):
    """Not the year of the planning: an opdracht submitted in 2012 to start in 2014 is
    PF-2012-…; the first of 2013 is PF-2013-001 again."""
    ids = [
        submit_opdracht(bron, FORM | {"startdatum": "01-02-2014"}, "a@b.nl", nu).opdracht_id
        for nu in (NU, NU.replace(year=2013), NU.replace(day=3), NU.replace(year=2013, day=3))
    ]
    assert ids == ["PF-2012-001", "PF-2013-001", "PF-2012-002", "PF-2013-002"]


SUBMITTER = """
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from invoer.schrijven import Deelnemer, submit_opdracht

folder, worker = Path(sys.argv[1]), int(sys.argv[2])

def submit(i):
    form = {"titel": f"Opdracht {worker}-{i}", "soort_opdracht": "meervoudig_lokaal",
            "aanvrager": "DOR", "begrote_uren": 10}
    dor = 10 * worker + i + 1
    deelnemers = [Deelnemer("DOR", f"{dor}%"), Deelnemer("ZWD", f"{100 - dor}%")]
    return submit_opdracht(folder, form, f"m{worker}.{i}@x.nl", deelnemers=deelnemers).opdracht_id

with ThreadPoolExecutor(max_workers=10) as pool:
    print(" ".join(pool.map(submit, range(10))))
"""


def test_twenty_concurrent_submissions_give_twenty_rows_and_a_valid_csv(bron, etl, query):
    """Two processes with ten threads each submit at the same moment, each opdracht
    meervoudig lokaal with its two deelnemers (shares that tell the submissions apart).
    Two processes show the lock between processes as four did (each process start costs
    ~0,7 CPU s of imports); the threads show it within one."""
    workers = [
        subprocess.Popen(
            [sys.executable, "-c", SUBMITTER, str(bron), str(w)],
            cwd=Path(__file__).resolve().parents[2],
            stdout=subprocess.PIPE,
            text=True,
        )
        for w in range(2)
    ]
    ids = [i for w in workers for i in w.communicate(timeout=300)[0].split()]
    assert [w.returncode for w in workers] == [0, 0]
    assert len(set(ids)) == 20
    written = rows(bron / OPDRACHTEN)
    titels = sorted(f"Opdracht {w}-{i}" for w in range(2) for i in range(10))
    assert sorted(r["titel"] for r in written) == titels
    assert sorted(r["opdracht_id"] for r in written) == sorted(ids)
    assert sorted(ids) == [f"PF-{datetime.now().year}-{n:03d}" for n in range(1, 21)]
    dor = {
        r["opdracht_id"]: 10 * int(w) + int(i) + 1
        for r in written
        for w, i in [r["titel"].split()[1].split("-")]
    }
    assert sorted(
        (r["opdracht_id"], r["gemeente"], r["aandeel"]) for r in rows(bron / DEELNEMERS)
    ) == sorted(
        (pf, gemeente, aandeel)
        for pf, d in dor.items()
        for gemeente, aandeel in (("DOR", f"{d}%"), ("ZWD", f"{100 - d}%"))
    )
    assert reasons(etl(bron)) == {}
    assert query("select count(*) from werkvoorraad where opdracht_id like 'PF-%'") == [(20,)]
    assert query(
        "select count(*), sum(aandeel) from opdracht_aandelen where opdracht_id like 'PF-%'"
    ) == [(40, pytest.approx(20))]
    assert not [p for p in (bron / "platform").iterdir() if p.name.endswith(".tmp")]


KILLED_WRITER = """
import os, sys, time
from pathlib import Path
from invoer import schrijven

def stall(fd):
    Path(sys.argv[2]).write_text("bezig")
    time.sleep(60)

schrijven.os.fsync = stall
schrijven.submit_opdracht(Path(sys.argv[1]), {"titel": "Half", "soort_opdracht": "lokaal",
    "aanvrager": "DOR", "begrote_uren": 5}, "x@y.nl")
"""


def test_kill_9_during_a_write_leaves_the_previous_file_intact(bron, etl, tmp_path):
    submit_opdracht(bron, FORM, "a@sli.nl", NU)
    before = (bron / OPDRACHTEN).read_bytes()
    signal_file = tmp_path / "bezig"
    child = subprocess.Popen(
        [sys.executable, "-c", KILLED_WRITER, str(bron), str(signal_file)],
        cwd=Path(__file__).resolve().parents[2],
    )
    deadline = time.monotonic() + 60
    while not signal_file.exists():
        assert child.poll() is None and time.monotonic() < deadline
        time.sleep(0.05)
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    assert (bron / OPDRACHTEN).read_bytes() == before
    # the lock died with the writer; the leftover temporary file is hidden from the ETL
    assert submit_opdracht(bron, FORM, "b@sli.nl", NU).opdracht_id == "PF-2012-002"
    assert reasons(etl(bron)) == {}
    assert len(rows(bron / OPDRACHTEN)) == 2


def test_background_etl_runs_one_at_a_time_and_a_failure_keeps_the_warehouse(
    bron, warehouse, query
):
    runner = Achtergrond(bron, warehouse)
    tickets = [runner.vraag() for _ in range(5)]
    uitkomst = runner.wacht(tickets[-1], timeout=120)
    assert uitkomst is not None and uitkomst.gelukt, uitkomst
    # five requests, at most two runs: the first, and one follow-up covering the rest
    assert query("select count(*) from etl_runs")[0][0] <= 2
    assert not runner.bezig or runner.wacht(tickets[-1], 0) is not None
    before = warehouse.read_bytes()
    broken = Achtergrond(bron / "bestaat-niet", warehouse)
    failed = broken.wacht(broken.vraag(), timeout=120)
    assert failed is not None and not failed.gelukt
    assert "bestaat niet" in failed.melding and "niet gewijzigd" in failed.melding
    assert warehouse.read_bytes() == before


def test_a_file_with_fewer_columns_gets_the_row_in_its_own_header(bron, etl, query):
    kort = (
        "opdracht_id;titel;soort_opdracht;aanvrager;begrote_uren;status;"
        "ingediend_door;ingediend_op\r\n"
    )
    (bron / "platform").mkdir()
    (bron / OPDRACHTEN).write_text(kort + "PF-2012-007;Oud;lokaal;DOR;5;lopend;;\r\n")
    submit_opdracht(bron, {k: v for k, v in FORM.items() if k != "doel"}, "a@b.nl", NU)
    assert (bron / OPDRACHTEN).read_text("utf-8-sig").splitlines()[0] == kort.strip()
    submit_opdracht(bron, FORM, "a@b.nl", NU)  # doel is not in the header: it grows
    geschreven = rows(bron / OPDRACHTEN)
    assert [r["opdracht_id"] for r in geschreven] == ["PF-2012-007", "PF-2012-008", "PF-2012-009"]
    assert geschreven[2]["doel"] == FORM["doel"] and not geschreven[0]["doel"]
    assert reasons(etl(bron)) == {}
    assert query("select count(*) from werkvoorraad where opdracht_id like 'PF-%'") == [(3,)]


def test_the_etl_reads_the_platform_files_only_while_no_form_writes(bron, etl):
    """A submission spans two files: a run must wait for the writer's lock, not read
    the deelnemers before the write and the opdracht after it."""
    submit_opdracht(bron, FORM, "a@sli.nl", NU)
    with ThreadPoolExecutor(max_workers=1) as pool:
        with schrijfslot(bron):
            run = pool.submit(etl, bron)
            time.sleep(2)
            assert not run.done()
        assert reasons(run.result(timeout=120)) == {}


def test_the_etl_creates_no_lock_file_where_no_form_wrote(bron, etl):
    """A controller's (or the demo's) own platform/ files: the run only reads the folder."""
    write_csv(
        bron / DEELNEMERS,
        [["opdracht_id", "gemeente", "aandeel"], ["PT-1", "HIA", "50%"], ["PT-1", "PAP", "50%"]],
    )
    voor = sorted(p.relative_to(bron).as_posix() for p in bron.rglob("*"))
    assert reasons(etl(bron)) == {}
    assert sorted(p.relative_to(bron).as_posix() for p in bron.rglob("*")) == voor
