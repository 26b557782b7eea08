"""The platform's pages, defined once: `dashboard/app.py` builds the navigation from this
list and the tests visit every page in it.

A new page: add its file to `dashboard/pages/` and one `Pagina` here; it is for the MT only
until `dashboard.auth.PAGINA_ROL` says which roles may open it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

MAP = Path(__file__).resolve().parent / "pages"


@dataclass(frozen=True)
class Pagina:
    """One page: its file in `dashboard/pages/`, its title in the menu, its icon."""

    bestand: str
    titel: str
    icoon: str

    @property
    def pad(self) -> str:
        """The path relative to the app, as `AppTest.switch_page` wants it."""
        return f"pages/{self.bestand}"

    @property
    def naam(self) -> str:
        """The file name without .py: the key of `dashboard.auth.PAGINA_ROL`."""
        return Path(self.bestand).stem

    @property
    def url(self) -> str:
        """The URL path Streamlit gives the page ('' for the first, the default page)."""
        return "" if self is PAGINAS[0] else self.naam


PAGINAS: tuple[Pagina, ...] = (
    Pagina("start.py", "Start", ":material/home:"),
    Pagina("proeftuin_uitgelegd.py", "De proeftuin uitgelegd", ":material/info:"),
    Pagina("werkvoorraad.py", "Werkvoorraad", ":material/list:"),
    # one employee's own work, room and interest (dashboard/ik.py: who is who)
    Pagina("mijn_proeftuin.py", "Mijn proeftuin", ":material/person:"),
    # writes to the source folder (`--source`); roles medewerker, college and mt
    Pagina("opdracht_aanmelden.py", "Opdracht aanmelden", ":material/edit_note:"),
    Pagina("urenbalans.py", "Urenbalans", ":material/balance:"),
    Pagina("tussenstand.py", "Tussenstand", ":material/event:"),
    Pagina("winstpunten.py", "Winstpunten", ":material/star:"),
    Pagina("kwaliteit_leren.py", "Kwaliteit en leren", ":material/forum:"),
    Pagina("verrekening.py", "Verrekening", ":material/euro:"),
    Pagina("data_kwaliteit.py", "Data & kwaliteit", ":material/fact_check:"),
    # proeftuin-MT only (kandidaten and person signals): dashboard.auth gives it role `mt`
    Pagina("werkbank.py", "Werkbank", ":material/handyman:"),
)
"""In menu order; the first is the start page."""
