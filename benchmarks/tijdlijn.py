"""Where a first visit's time goes, read in the page itself (issue 26).

Why in the page: a first visit is mostly the browser's work (loading Streamlit's frontend,
connecting, drawing), and the benchmark's own clock only sees its start and end. The
browser keeps the rest: the navigation's timing (the HTML, the frontend's scripts run),
the resource timing of Streamlit's connection checks (`_stcore/health` and
`_stcore/host-config`, asked twice on a page's own address: first under the page's path,
then at the root), and the first paint. What it does not keep, the websocket's opening
and its messages, `INIT` notes with `performance.now()` by wrapping `WebSocket` (no
observer, no polling: it costs the page nothing measurable); the end is the moment the
benchmark's done check (`DONE`) first held, noted by that check itself.
"""

from __future__ import annotations

from collections.abc import Sequence

from benchmarks.common import fmt_seconds, median

INIT = """
(() => {
  const t = (window.__tijdlijn = { berichten: 0 });
  const Origineel = window.WebSocket;
  class Gemeten extends Origineel {
    constructor(...args) {
      super(...args);
      t.ws_nieuw ??= performance.now();
      this.addEventListener("open", () => (t.ws_open ??= performance.now()));
      this.addEventListener("message", () => {
        t.eerste_bericht ??= performance.now();
        t.laatste_bericht = performance.now();
        t.berichten += 1;
      });
    }
  }
  window.WebSocket = Gemeten;
})();
"""
"""Added to every page of a measured browser context before the page's own scripts."""

DONE = """(titel) => {
  const main = document.querySelector('[data-testid="stMain"]');
  const app = document.querySelector('[data-testid="stApp"]');
  if (!main || !app) return false;
  const h1 = main.querySelector("h1");
  if (!h1 || h1.textContent.replace(/\\s+/g, " ").trim() !== titel) return false;
  if (app.getAttribute("data-test-script-state") !== "notRunning") return false;
  if (document.querySelector('[data-testid="stStatusWidget"]')) return false;
  if (main.querySelector('[data-stale="true"]')) return false;
  if (main.querySelector('[data-testid="stSkeleton"]')) return false;
  // laid out, and not in a folded section: the browser lays out a closed <details>'s
  // content too (a grid there has a size but never draws its canvas)
  const zichtbaar = (el) => {
    const r = el.getBoundingClientRect();
    if (el.closest("details:not([open])")) return false;
    return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== "hidden";
  };
  for (const grafiek of main.querySelectorAll('[data-testid="stPlotlyChart"]'))
    if (zichtbaar(grafiek) && !grafiek.querySelector(".main-svg")) return false;
  const inBeeld = (el) => {
    const r = el.getBoundingClientRect();
    return r.top >= 0 && r.bottom <= window.innerHeight;
  };
  // a data grid draws its canvas only once it is (well) in view: checked for the ones
  // wholly in view; the ones below still have their code loaded (no skeleton)
  for (const tabel of main.querySelectorAll('[data-testid="stDataFrame"]'))
    if (zichtbaar(tabel) && inBeeld(tabel) && !tabel.querySelector("canvas")) return false;
  if (window.__tijdlijn) window.__tijdlijn.klaar ??= performance.now();
  return true;
}"""
"""The page is done: its title shown, the script run ended, nothing stale, no element still
a placeholder while its code loads (`stSkeleton`), every visible chart and every data grid
wholly in view drawn (visible: laid out and not inside a folded section, a closed
`<details>` such as a closed `st.expander`, whose content the browser lays out but a grid
never draws: in a window taller than the page such a grid would be waited for forever). One
predicate checked every `POLL_MS`, so a measurement ends within about 20 ms of the page
being done (before: Playwright's `expect` checks, one condition after the other, each
polling after 100, 250, 500 and 1 000 ms; and a page whose data grid was still a
placeholder, its code on the way, counted as done). The predicate notes the moment it first
held in the page (`klaar`)."""

INHOUD = """() => {
  const main = document.querySelector('[data-testid="stMain"]');
  const elementen = {};
  for (const el of main.querySelectorAll('[data-testid="stElementContainer"] > [data-testid]')) {
    const soort = el.getAttribute("data-testid");
    elementen[soort] = (elementen[soort] || 0) + 1;
  }
  for (const soort of ["stExpander", "stTabs", "stForm"])
    elementen[soort] = main.querySelectorAll(`[data-testid="${soort}"]`).length;
  const nav = performance.getEntriesByType("navigation")[0];
  const js = performance.getEntriesByType("resource").filter((r) => /\\.js(\\?|$)/.test(r.name));
  const laat = js.filter((r) => r.startTime > nav.domContentLoadedEventEnd);
  return {
    elementen,
    scripts: js.length,
    chunks: laat.length,
    chunk_kib: Math.round(laat.reduce((s, r) => s + r.decodedBodySize, 0) / 1024),
    namen: laat.map((r) => r.name.split("/").pop()),
  };
}"""
"""What a page mounted: its elements per kind in the main area (`data-testid`; expanders,
tabs and forms counted apart, they are blocks) and the frontend's scripts it loaded, of
which the chunks loaded after the bundle ran (`chunks`, their decoded KiB): the element
code a new tab evaluates before that element leaves its placeholder (the data grid, a
metric, Plotly, ...). Read after the page is done (docs/benchmarks.md, "First visits of
the Werkbank, Data & kwaliteit and Werkvoorraad (h53)")."""

POLL_MS = 20
"""How often `DONE` is checked. A timer, not every animation frame: a page that is not in
front gets no frames, and the check would never run (it ran out of time so)."""

LEES = """() => {
  const t = window.__tijdlijn || {};
  const nav = performance.getEntriesByType("navigation")[0];
  const pings = performance.getEntriesByType("resource").filter(
    (r) => r.name.includes("_stcore/health") || r.name.includes("_stcore/host-config"));
  const verf = performance.getEntriesByType("paint").find(
    (p) => p.name === "first-contentful-paint");
  return {
    html: nav.responseEnd,
    scripts: nav.domContentLoadedEventEnd,
    pings: pings.length,
    ping_start: pings.length ? Math.min(...pings.map((r) => r.startTime)) : null,
    ping_eind: pings.length ? Math.max(...pings.map((r) => r.responseEnd)) : null,
    eerste_verf: verf ? verf.startTime : null,
    ...t,
  };
}"""
"""The marks of the page's visit, in ms since its navigation started."""

FASEN = (
    ("HTML", None, "html"),
    ("frontend's scripts run (cached)", "html", "scripts"),
    ("until the checks start", "scripts", "ping_start"),
    ("health + host-config checks", "ping_start", "ping_eind"),
    ("websocket opened", "ping_eind", "ws_open"),
    ("session's run: first to last message", "ws_open", "laatste_bericht"),
    ("drawing after the last message", "laatste_bericht", "klaar"),
)
"""The phases of a first visit: (name, from mark, to mark); None is the navigation's start."""


def fasen(marks: dict) -> dict[str, float] | None:
    """Seconds per phase of one visit, or None when a mark is missing."""
    uit = {}
    for naam, van, tot in FASEN:
        begin = 0.0 if van is None else marks.get(van)
        eind = marks.get(tot)
        if begin is None or eind is None:
            return None
        uit[naam] = (eind - begin) / 1000
    uit["in the page: navigation to done"] = marks["klaar"] / 1000
    uit["the benchmark's clock beyond it"] = (marks["gemeten"] - marks["klaar"]) / 1000
    return uit


HEADERS = ("phase (median of the returning first visits)", "bare app", "platform's pages")


def tabel(kaal: Sequence[dict], app: Sequence[dict]) -> list[list[str]]:
    """Rows of phase, the bare app's median and the platform's pages' median."""
    kaal_f = [f for f in map(fasen, kaal) if f]
    app_f = [f for f in map(fasen, app) if f]
    if not kaal_f or not app_f:
        return []
    namen = list(kaal_f[0])
    rijen = [
        [
            naam,
            fmt_seconds(median([f[naam] for f in kaal_f])),
            fmt_seconds(median([f[naam] for f in app_f])),
        ]
        for naam in namen
    ]
    rijen.append(
        [
            "health + host-config asked (times)",
            f"{median([m['pings'] for m in kaal]):.0f}",
            f"{median([m['pings'] for m in app]):.0f}",
        ]
    )
    return rijen
