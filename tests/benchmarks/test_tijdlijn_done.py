"""The browser benchmark's done check (`tijdlijn.DONE`) in Chromium: a data grid counts only
where a person can see it. A grid inside a folded section (a closed `st.expander`, a closed
`<details>`) is laid out by the browser but never draws its canvas; counted as visible, a
page with one in a window taller than the page (the Tussenstand in a 900 px window) would
never be done."""

from __future__ import annotations

import pytest

from benchmarks import tijdlijn

pytestmark = [pytest.mark.slow, pytest.mark.browser]

# The elements the check reads, as Streamlit draws them: the app in its script state, the
# main area with the page's title, an expander (a <details>) holding a data grid whose
# canvas is not drawn (yet).
PAGINA = """
<div data-testid="stApp" data-test-script-state="notRunning">
  <div data-testid="stMain">
    <h1>Proef</h1>
    <details data-testid="stExpander" OPEN>
      <summary>Gevouwen</summary>
      <div data-testid="stExpanderDetails">
        <div data-testid="stDataFrame" style="width: 600px; height: 300px">GRID</div>
      </div>
    </details>
  </div>
</div>
"""


def _done(browser, open_: bool, canvas: bool) -> bool:
    pagina = browser.new_page(viewport={"width": 1366, "height": 2000})
    html = PAGINA.replace("OPEN", "open" if open_ else "")
    pagina.set_content(html.replace("GRID", "<canvas></canvas>" if canvas else ""))
    return pagina.evaluate(tijdlijn.DONE, "Proef")


def test_a_grid_in_a_folded_section_is_not_waited_for(browser):
    assert _done(browser, open_=False, canvas=False)


def test_a_grid_in_an_open_section_is_waited_for_until_drawn(browser):
    assert not _done(browser, open_=True, canvas=False)
    assert _done(browser, open_=True, canvas=True)


def test_a_title_other_than_the_page_s_is_not_done(browser):
    pagina = browser.new_page()
    pagina.set_content(PAGINA.replace("GRID", "<canvas></canvas>"))
    assert not pagina.evaluate(tijdlijn.DONE, "Andere titel")
