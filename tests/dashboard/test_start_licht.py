"""Start, the page everyone lands on, is light for the browser (issue 26): no st.metric, no
Plotly chart and no data grid, and its tiles and bars show the same figures as the views."""

from __future__ import annotations

import polars as pl

from cijfers import format as fmt
from dashboard import staven, tegels
from dashboard.start_tekst import HOE_HET_WERKT
from tests.dashboard.bouw import app
from tests.dashboard.helpers import direct, html_tekst, staaf_rijen, zonder_fouten
from tests.dashboard.helpers import tegels as tegels_van


def test_start_draws_no_metric_no_plotly_and_no_data_grid(klein_warehouse):
    at = zonder_fouten(app())
    assert not at.metric
    assert not at.get("plotly_chart")
    assert not at.dataframe
    assert list(tegels_van(at)) == [
        "Lopende opdrachten",
        "Afgeronde opdrachten",
        f"Uitgewisselde uren {direct(klein_warehouse, 'select boekjaar from uitwisseling').item()}",
        "Medewerkers elders",
        "Spreiding urensaldo",
    ]
    # the fixed text is one static element, the link to the interactive chart stays
    assert HOE_HET_WERKT in html_tekst(at)
    assert not any("Hoe werkt het" in m.value for m in at.markdown)
    assert [link.label for link in at.get("page_link")] == ["Naar de urenbalans"]


def test_start_bars_and_spread_show_the_rounded_urenbalans(klein_warehouse):
    at = zonder_fouten(app())
    balans = direct(
        klein_warehouse,
        "select u.gemeente, g.naam, round(u.saldo_uren) as saldo from urenbalans u "
        "join gemeenten g on g.code = u.gemeente order by u.gemeente",
    )
    body = next(e.proto.body for e in at.get("html") if staven.KLASSE in e.proto.body)
    kop, *rijen = staaf_rijen(body)
    assert kop[0][:2] == list(staven.KOPPEN)
    assert [cellen[:2] for cellen, _ in rijen] == [
        [naam, fmt.getal(saldo, 0, teken=True)] for _, naam, saldo in balans.iter_rows()
    ]
    assert balans["saldo"].min() < 0 < balans["saldo"].max()  # the data has both kinds
    laag, hoog = (
        fmt.getal(balans["saldo"].min(), 0, teken=True),
        fmt.getal(balans["saldo"].max(), 0, teken=True),
    )
    assert tegels_van(at)["Spreiding urensaldo"] == f"{laag} tot {hoog}"


def test_bars_scale_to_the_largest_saldo_around_the_zero_line():
    balans = pl.DataFrame(
        {
            "gemeente": ["ALB", "DOR", "HIA"],
            "naam": ["<b>Alblas & dam</b>", "Dordrecht", "Hendrik-Ido-Ambacht"],
            "saldo_uren": [200.0, -50.0, 0.0],
        }
    )
    html = staven.staven_html(balans, "Urensaldo <per> gemeente")
    _, *rijen = staaf_rijen(html)
    assert [cellen[:2] for cellen, _ in rijen] == [
        ["<b>Alblas & dam</b>", "+200"],
        ["Dordrecht", "-50"],
        ["Hendrik-Ido-Ambacht", "0"],
    ]
    assert "left:50%;width:50.0%" in rijen[0][1][0]
    assert "right:50%;width:12.5%" in rijen[1][1][0]
    assert rijen[2][1] == []  # no bar for nothing
    # source text stays text
    assert "<b>Alblas" not in html and "&lt;b&gt;Alblas &amp; dam&lt;/b&gt;" in html
    assert "Urensaldo &lt;per&gt; gemeente" in html


def test_tiles_escape_their_texts_and_fold_the_explanation():
    html = tegels.tegels_html(
        [tegels.Tegel("<i>a</i>", "1.234"), tegels.Tegel("b", "5", "uitleg <script>")]
    )
    assert "<i>a</i>" not in html and "&lt;i&gt;a&lt;/i&gt;" in html
    assert "<script>" not in html and "uitleg &lt;script&gt;" in html
    assert html.count("<details>") == 1 and tegels.UITLEG in html
