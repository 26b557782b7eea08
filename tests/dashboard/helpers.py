"""Helpers for reading what an AppTest shows, and the same figures straight from DuckDB."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import pandas as pd
import polars as pl
from streamlit.testing.v1 import AppTest

from dashboard import groepstaven, staven
from dashboard.stijl import LICHT
from dashboard.tegels import KLASSE as TEGELS
from dashboard.ui import GRAFIEK_CIJFERS
from warehouse.connect import connect_readonly


def direct(warehouse: Path, sql: str, *params: object) -> pl.DataFrame:
    """The figure as an analyst would read it: a read-only query beside the dashboard."""
    con = connect_readonly(warehouse)
    try:
        return con.sql(sql, params=list(params) or None).pl()
    finally:
        con.close()


def widget(elementen, label: str):
    """The widget with this label (e.g. `widget(at.multiselect, "Status")`)."""
    gevonden = [e for e in elementen if e.label == label]
    assert gevonden, f"geen widget {label!r}; wel: {[e.label for e in elementen]}"
    return gevonden[0]


def grafiek_tabellen(at: AppTest) -> list:
    """The tables under the charts ("Cijfers bij deze grafiek", see dashboard.ui.plotly)."""
    return [df for e in at.expander if e.label == GRAFIEK_CIJFERS for df in e.dataframe]


class _Tabellen(HTMLParser):
    """The static tables of `dashboard.tabel_licht` in an HTML text, as lists of rows."""

    def __init__(self) -> None:
        super().__init__()
        self.tabellen: list[list[list[str]]] = []
        self.cel: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag == "table" and ("class", LICHT) in attrs:
            self.tabellen.append([])
        elif self.tabellen and tag == "tr":
            self.tabellen[-1].append([])
        elif self.tabellen and tag in ("td", "th"):
            self.cel = []

    def handle_endtag(self, tag: str) -> None:
        if self.cel is not None and tag in ("td", "th"):
            self.tabellen[-1][-1].append("".join(self.cel))
            self.cel = None

    def handle_data(self, data: str) -> None:
        if self.cel is not None:
            self.cel.append(data)


class _Tekst(HTMLParser):
    """The visible text of an HTML text (not its CSS or scripts)."""

    def __init__(self) -> None:
        super().__init__()
        self.delen: list[str] = []
        self.verborgen = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        self.verborgen += tag in ("style", "script")

    def handle_endtag(self, tag: str) -> None:
        self.verborgen -= tag in ("style", "script")

    def handle_data(self, data: str) -> None:
        if not self.verborgen and data.strip():
            self.delen.append(data.strip())


def html_tekst(at: AppTest) -> str:
    """The text the page's `st.html` elements show (Start's tiles, bars and fixed text)."""
    return "\n".join(d for element in at.get("html") for d in html_delen(element.proto.body))


def html_delen(html: str) -> list[str]:
    """The visible texts of an HTML text, one per text node, stripped, in order."""
    lezer = _Tekst()
    lezer.feed(html)
    return lezer.delen


class _Tegels(HTMLParser):
    """The tiles of `dashboard.tegels` in an HTML text: label -> value."""

    def __init__(self) -> None:
        super().__init__()
        self.tegels: dict[str, str] = {}
        self.in_tegels = False
        self.veld: str | None = None
        self.label = ""

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag == "dl" and ("class", TEGELS) in attrs:
            self.in_tegels = True
        elif self.in_tegels and tag == "dt":
            self.veld, self.label = "dt", ""
        elif self.in_tegels and tag == "dd" and ("class", "waarde") in attrs:
            self.veld, self.tegels[self.label] = "dd", ""

    def handle_endtag(self, tag: str) -> None:
        if tag in ("dt", "dd"):
            self.veld = None
        elif tag == "dl":
            self.in_tegels = False

    def handle_data(self, data: str) -> None:
        if self.veld == "dt":
            self.label += data
        elif self.veld == "dd":
            self.tegels[self.label] += data


def tegels(at: AppTest) -> dict[str, str]:
    """The page's tiles (`dashboard.tegels`): label -> value as shown."""
    lezer = _Tegels()
    for element in at.get("html"):
        lezer.feed(element.proto.body)
    return lezer.tegels


def lichte_tabellen(at: AppTest) -> list[pd.DataFrame]:
    """The page's static tables (`dashboard.tabel_licht`) as pandas frames of the shown
    texts, in page order."""
    tabellen = []
    for element in at.get("html"):
        lezer = _Tabellen()
        lezer.feed(element.proto.body)
        for kop, *rijen in lezer.tabellen:
            tabellen.append(pd.DataFrame(rijen, columns=kop, dtype=object))
    return tabellen


class _Staven(HTMLParser):
    """The rows of a table of `klasse` (`dashboard.staven` or `dashboard.groepstaven`): per
    row its cell texts (headers included) and the styles of its bars."""

    def __init__(self, klasse: str) -> None:
        super().__init__()
        self.klasse = klasse
        self.rijen: list[tuple[list[str], list[str]]] = []
        self.binnen = False
        self.cel: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list) -> None:
        attributen = dict(attrs)
        if tag == "table" and attributen.get("class") == self.klasse:
            self.binnen = True
        elif self.binnen and tag == "tr":
            self.rijen.append(([], []))
        elif self.binnen and tag in ("td", "th"):
            self.cel = []
        elif self.binnen and tag == "span" and "style" in attributen:
            self.rijen[-1][1].append(attributen["style"])

    def handle_endtag(self, tag: str) -> None:
        if tag in ("td", "th") and self.cel is not None:
            self.rijen[-1][0].append("".join(self.cel))
            self.cel = None
        elif tag == "table":
            self.binnen = False

    def handle_data(self, data: str) -> None:
        if self.cel is not None:
            self.cel.append(data)


def staaf_rijen(html: str, klasse: str = staven.KLASSE) -> list[tuple[list[str], list[str]]]:
    """The rows of the bar tables of `klasse` in `html`: (cell texts, bar styles)."""
    lezer = _Staven(klasse)
    lezer.feed(html)
    return lezer.rijen


def staven_op(at: AppTest, klasse: str = staven.KLASSE) -> list[list[list[str]]]:
    """Every bar table of `klasse` the page shows, as rows of cell texts (header row first)."""
    return [
        [cellen for cellen, _ in staaf_rijen(e.proto.body, klasse)]
        for e in at.get("html")
        if f'class="{klasse}"' in e.proto.body
    ]


def groepstaven_op(at: AppTest) -> list[list[list[str]]]:
    """Every grouped bar table (`dashboard.groepstaven`) the page shows, as rows of cell
    texts (the legend row first)."""
    return staven_op(at, groepstaven.KLASSE)


def tabel_met(at: AppTest, kolom: str):
    """The first displayed table (pandas) that has a column `kolom`, not counting the
    tables under the charts: a data grid's, else a static table's."""
    onder_grafiek = {id(df) for df in grafiek_tabellen(at)}
    for df in at.dataframe:
        if id(df) not in onder_grafiek and kolom in df.value.columns:
            return df.value
    for tabel in lichte_tabellen(at):
        if kolom in tabel.columns:
            return tabel
    raise AssertionError(f"geen tabel met kolom {kolom!r}")


def tekst(at: AppTest) -> str:
    """All markdown, plain text, captions, titles, alerts, table cells and the visible text
    of `st.html` elements of the page."""
    delen = [
        e.value
        for soort in (
            at.markdown,
            at.text,
            at.caption,
            at.title,
            at.header,
            at.subheader,
            at.warning,
            at.info,
            at.success,
            at.error,
        )
        for e in soort
    ]
    delen += [m.label + " " + str(m.value) for m in at.metric]
    delen += [df.value.to_string() for df in at.dataframe]
    delen += [tabel.to_string() for tabel in lichte_tabellen(at)]
    delen.append(html_tekst(at))
    return "\n".join(str(d) for d in delen)


def zonder_fouten(at: AppTest) -> AppTest:
    assert not at.exception, [e.value for e in at.exception]
    assert not at.error, [e.value for e in at.error]
    return at


def personen(warehouse: Path) -> set[str]:
    """Every personnel number, name and e-mail address in the warehouse: what only the MT
    may read next to hours (the privacy tests look for each of them)."""
    rijen = direct(
        warehouse,
        """
        select medewerker_id as p from medewerkers
        union select naam from medewerkers where naam is not null
        union select ingediend_door from opdrachten where ingediend_door is not null
        union select door from statuswijzigingen
        """,
    )
    return set(rijen.get_column("p").to_list())
