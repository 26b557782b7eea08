"""De proeftuin uitgelegd: the MT's Markdown from the source folder, rendered safely."""

from __future__ import annotations

from pathlib import Path

import pytest

from dashboard.markdown_veilig import naar_html
from dashboard.uitleg_bron import UITLEG, lees_uitleg
from tests.dashboard.bouw import app
from tests.dashboard.helpers import tekst, zonder_fouten
from warehouse.settings import SOURCE_ENV

PAGINA = "pages/proeftuin_uitgelegd.py"
VIJANDIG = """# Welkom

<script>alert('xss')</script> en <img src=x onerror="alert(1)">
![volgpixel](https://kwaadwillig.example/pixel.png)
[klik hier](javascript:alert(2)) of [de regio](https://www.drechtsteden.nl)
<iframe src="https://kwaadwillig.example"></iframe>

* een **lijst**
"""


def test_hostile_markdown_shows_as_text_and_loads_nothing():
    html = naar_html(VIJANDIG)
    assert "<h1>Welkom</h1>" in html and "<strong>lijst</strong>" in html
    # raw HTML is shown as the characters typed, never as elements
    assert "&lt;script&gt;alert('xss')&lt;/script&gt;" in html.replace("&#x27;", "'")
    assert "<script" not in html and "<img" not in html and "<iframe" not in html
    # an image is its description, nothing is fetched
    assert "[afbeelding: volgpixel]" in html and "kwaadwillig.example/pixel" not in html
    assert 'href="javascript' not in html
    assert (
        '<a href="https://www.drechtsteden.nl" target="_blank" rel="noopener noreferrer nofollow">'
        in html
    )


def test_a_huge_text_is_cut_off_with_a_note():
    html = naar_html("a" * 200_000)
    assert "De tekst is ingekort" in html and len(html) < 110_000


def test_without_a_file_the_default_text_with_the_kernboodschap(tmp_path: Path):
    uitleg = lees_uitleg(tmp_path)
    assert not uitleg.van_mt and uitleg.probleem is None
    assert "## Wat de proeftuin wel en niet is" in uitleg.tekst
    assert "Geen fusie of reorganisatie" in uitleg.tekst
    (tmp_path / UITLEG).parent.mkdir()
    (tmp_path / UITLEG).write_bytes("\ufeff# Van het MT\nÉén tekst".encode())
    assert lees_uitleg(tmp_path).tekst == "# Van het MT\nÉén tekst"
    (tmp_path / UITLEG).write_bytes("Één".encode("cp1252"))
    assert lees_uitleg(tmp_path).tekst == "Één"


def test_page_shows_the_default_and_the_hour_bank_picture(klein_warehouse):
    at = zonder_fouten(app(PAGINA))
    assert at.title[0].value == "De proeftuin uitgelegd"
    [html] = at.html
    assert "Wat de proeftuin wel en niet is" in html.value
    assert "De urenbank in één beeld" in tekst(at)
    # the picture is a light SVG flow, not a Plotly chart (issue 26: no chart library to
    # load on a first visit); its figures: test_stromen
    assert not at.get("plotly_chart")
    [plaatje] = [m.value for m in at.markdown if '<figure class="stromen">' in m.value]
    assert 'role="img"' in plaatje and "Leerlingenvervoer" in plaatje


def test_page_shows_the_mts_hostile_file_as_plain_text(
    klein_warehouse, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    bron = tmp_path / "bron"
    (bron / UITLEG).parent.mkdir(parents=True)
    (bron / UITLEG).write_text(VIJANDIG, encoding="utf-8")
    monkeypatch.setenv(SOURCE_ENV, str(bron))
    at = zonder_fouten(app(PAGINA))
    [html] = at.html
    assert "<h1>Welkom</h1>" in html.value and "<script" not in html.value
    assert "Wat de proeftuin wel en niet is" not in html.value
    assert f"Tekst van het proeftuin-MT ({UITLEG} in de bronmap)." in tekst(at)
