"""Streamlit's own English texts in Dutch, for the ones no option or parameter reaches.

Why a script: the page's chrome ("Skip to main content", a multiselect's "Select all",
the table toolbar's "Search" and "Fullscreen", the running indicator, the main menu's
"Made with Streamlit", labels for screen readers such as "App pages") is part of
Streamlit's compiled frontend; there is no language setting. Where Python can, it is set
there (`placeholder=` on every select box, `client.toolbarMode=minimal`,
`client.disableDataExport`). The rest is translated in the browser by one fixed script
(no user data in it, so the `unsafe_allow_javascript` of `st.html` runs only this
constant): it replaces texts and `aria-label`/`title` values that are exactly one of
`VERTALING`'s keys (or, for labels, start with one of `BEGIN`'s), now and whenever
Streamlit draws them again. A text of our own is never touched unless it is exactly such
an English phrase.
"""

from __future__ import annotations

import json

from dashboard import stijl

VERTALING = {
    "Skip to main content": "Naar de inhoud",
    "Choose an option": "Maak een keuze",
    "Choose options": "Maak een keuze",
    "Select all": "Alles kiezen",
    "No results": "Geen resultaten",
    "Clear all": "Alles wissen",
    "Show/hide columns": "Kolommen tonen of verbergen",
    "Search": "Zoeken in de tabel",  # the toolbar's; a page's own search field is "Zoeken"
    "Fullscreen": "Volledig scherm",
    "Close fullscreen": "Volledig scherm sluiten",
    "Exit fullscreen": "Volledig scherm sluiten",
    "Download as CSV": "Downloaden als CSV",
    "Copy to clipboard": "Kopiëren",
    "Running...": "Bezig…",
    "Stop": "Stoppen",
    "Main menu": "Menu",
    "Made with Streamlit v": "Gemaakt met Streamlit v",
    "Sidebar": "Zijbalk",
    "Collapse sidebar": "Zijbalk inklappen",
    "Expand sidebar": "Zijbalk uitklappen",
    "App pages": "Pagina's",
    "Open": "Openen",
    "Link to heading": "Link naar deze kop",
}
# Labels Streamlit builds from a label of ours ("Help for Rol"): only the start is English.
BEGIN = {"Help for ": "Uitleg bij "}

_SCRIPT = """<script>
(() => {
  if (window.__proeftuinNl) return;
  window.__proeftuinNl = true;
  const T = %s;
  const A = ["aria-label", "title", "placeholder"];
  const tekst = (n) => {
    const k = n.nodeValue.trim();
    if (Object.hasOwn(T, k)) n.nodeValue = n.nodeValue.replace(k, T[k]);
  };
  const B = %s;
  const kenmerken = (el) => {
    for (const a of A) {
      const v = el.getAttribute(a);
      if (v === null) continue;
      if (Object.hasOwn(T, v.trim())) el.setAttribute(a, T[v.trim()]);
      for (const [en, nl] of Object.entries(B))
        if (v.startsWith(en)) el.setAttribute(a, nl + v.slice(en.length));
    }
  };
  const alles = (wortel) => {
    if (wortel.nodeType === 3) return tekst(wortel);
    if (wortel.nodeType !== 1) return;
    const w = document.createTreeWalker(wortel, NodeFilter.SHOW_TEXT);
    for (let n = w.nextNode(); n; n = w.nextNode()) tekst(n);
    kenmerken(wortel);
    wortel.querySelectorAll("[aria-label],[title],[placeholder]").forEach(kenmerken);
  };
  alles(document.body);
  new MutationObserver((wijzigingen) => {
    for (const m of wijzigingen) {
      if (m.type === "characterData") tekst(m.target);
      else if (m.type === "attributes") kenmerken(m.target);
      else m.addedNodes.forEach(alles);
    }
  }).observe(document.body, {
    subtree: true, childList: true, characterData: true,
    attributes: true, attributeFilter: A,
  });
})();
</script>"""


def toepassen() -> None:
    """Start the translation in this browser tab: sent with the session's first run only
    (its observer lives in the page, not in the element, and keeps running after later
    runs leave the element out; a reload is a new session and gets it again)."""
    stijl.eenmaal(_SCRIPT % (json.dumps(VERTALING), json.dumps(BEGIN)))
