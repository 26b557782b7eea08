"""Property: for any platform file the ETL accepts, a submission leaves every earlier row
as the ETL read it before, and the new row on the line the writer names (issue 24).

Files in every form a controller's hand edit gives: `;`, `,` or tab, UTF-8 with or without
BOM or Windows-1252, Excel's `sep=` line, LF or CRLF, the header in any case and order,
an extra column of their own, empty lines, and random texts with separators, quotes,
line breaks and formula characters. Modest examples: this runs in CI.
"""

from __future__ import annotations

import csv
import io
import tempfile
from pathlib import Path

import polars as pl
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from etl.rules import REGEL
from invoer.schrijven import OPDRACHTEN, submit_opdracht
from tests.etl.helpers import MEDEWERKERS, write_csv
from tests.etl.helpers import OPDRACHTEN as EXPORT
from tests.etl.test_platform_handwerk import gelezen
from tests.etl.test_platform_writer import FORM, NU
from tests.hypothese import voorbeelden

KOLOMMEN = ["opdracht_id", "titel", "soort_opdracht", "aanvrager", "begrote_uren", "status", "doel"]
TEKST = st.text(
    alphabet=st.sampled_from(list("abcXYZ 019;,\t\"'\n=+-@éë€")), min_size=0, max_size=20
)
HOOFDLETTERS = [str.lower, str.upper, str.title]


@st.composite
def platform_bestand(draw) -> tuple[bytes, int]:
    """A platform opdrachten file the ETL accepts, and how many rows it holds."""
    sep = draw(st.sampled_from([";", ",", "\t"]))
    regeleinde = draw(st.sampled_from(["\n", "\r\n"]))
    kolommen = draw(st.permutations(KOLOMMEN)) + draw(st.sampled_from([[], ["Opmerking"]]))
    kop = [draw(st.sampled_from(HOOFDLETTERS))(k) for k in kolommen]
    buffer = io.StringIO(newline="")
    if draw(st.booleans()):
        buffer.write(f"sep={sep}{regeleinde}")
    buffer.write(regeleinde * draw(st.integers(0, 2)))
    schrijver = csv.writer(buffer, delimiter=sep, lineterminator=regeleinde)
    schrijver.writerow(kop)
    n = draw(st.integers(0, 5))
    for i in range(n):
        waarden = {
            "opdracht_id": draw(st.sampled_from([f"PF-2012-{i + 1:03d}", f"PT-{i + 7}", ""])),
            "titel": draw(TEKST),
            "soort_opdracht": draw(st.sampled_from(["lokaal", "Lokaal", "regionaal", "x"])),
            "aanvrager": draw(st.sampled_from(["SLI", "dor", "Gouda", ""])),
            "begrote_uren": draw(st.sampled_from(["12", "80,5", "1.234,5", "veel", ""])),
            "status": draw(st.sampled_from(["aangemeld", "lopend", "Klaar"])),
            "doel": draw(TEKST),
            "Opmerking": draw(TEKST),
        }
        schrijver.writerow([waarden[k] for k in kolommen])
        buffer.write(regeleinde * draw(st.integers(0, 1)))
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "cp1252"]))
    return buffer.getvalue().encode(encoding), n


@settings(
    max_examples=voorbeelden(25),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(bestand=platform_bestand(), velden=st.fixed_dictionaries({"titel": TEKST, "doel": TEKST}))
@example(bestand=(";".join(KOLOMMEN).encode() + b"\n", 0), velden={"titel": "T", "doel": "'="})
def test_a_submission_leaves_every_earlier_row_as_the_etl_read_it(bestand, velden):
    inhoud, _ = bestand
    with tempfile.TemporaryDirectory() as tmp:
        bron = Path(tmp)
        write_csv(bron / "dordrecht" / "medewerkers.csv", MEDEWERKERS)
        write_csv(bron / "regio" / "opdrachten.csv", EXPORT)
        (bron / "platform").mkdir()
        (bron / OPDRACHTEN).write_bytes(inhoud)
        voor = gelezen(bron)
        formulier = FORM | {"titel": velden["titel"].strip() or "Titel", "doel": velden["doel"]}
        geschreven = submit_opdracht(bron, formulier, "a@b.nl", NU)
        na = gelezen(bron)
    eerder = na.filter(pl.col(REGEL).is_in(voor[REGEL].implode()))
    assert eerder.equals(voor, null_equal=True), (eerder, voor)
    nieuw = na.filter(~pl.col(REGEL).is_in(voor[REGEL].implode()))
    assert nieuw.select("opdracht_id", REGEL, "_reden").rows() == [
        (geschreven.opdracht_id, geschreven.regel, None)
    ]
    assert nieuw["doel"].to_list() == [formulier["doel"].strip() or None]
