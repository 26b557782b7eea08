"""The columns of each kind of source file (data contract, section 2).

One declarative table per kind, so the parser and the rules read the contract from one
place: which columns exist, which are required, how each is typed and which range or
code list applies. Cross-row and cross-file rules (references, shares, the 24-hour rule)
live in `etl.rules` and `etl.shares`.
"""

from __future__ import annotations

from dataclasses import dataclass

from warehouse.referentie import GEMEENTEN, STATUSSEN, WINST

# Column types understood by `etl.parse`.
TEXT = "text"  # trimmed string, empty -> null
GEMEENTE = "gemeente"  # code or name of a known gemeente, stored as upper-case code
NUMBER = "number"  # Dutch or English decimal number
INTEGER = "integer"  # whole number
DATE = "date"
DATETIME = "datetime"  # a moment: a date with an optional time of day
BOOLEAN = "boolean"
LIST = "list"  # values separated by |
CODE = "code"  # one of `codes` (case-insensitive, stored lower-case)
CODE_LIST = "code_list"  # list whose items are all from `codes`
SHARE = "share"  # fraction 0,8 or percentage 80%
TARIEF_SCHAAL = "tarief_schaal"  # 1-18 or 'gemiddeld', stored as text

SOORTEN_OPDRACHT = ("lokaal", "meervoudig_lokaal", "regionaal", "ondersteuning", "ontwikkel")
FASEN = ("plan", "doe", "evaluatie")
WINSTPUNTEN = tuple(f"W{i}" for i in range(1, 10))
ROLLEN = ("bestuurlijk_opdrachtgever", "ambtelijk_opdrachtgever", "opdrachtnemer")
SOORTEN_LEERERVARING = ("dilemma", "vraagpunt", "conflict", "doorzettingsmacht")
ACTIES = ("aanmelden", "accepteren", "terugsturen", "annuleren", "toewijzen", "wijzigen")
# what a besparingen row records (merged opdrachten come from `samengevoegd_uit`)
SOORTEN_BESPARING = ("gebundeld_accountschap", "vermeden_inhuur")
STATUSSEN_BESPARING = ("gerealiseerd", "potentieel")
# quality and learning in words (issue 22, docs/kwalitatief.md): who answered a
# satisfaction measure, and what a portefeuillehouder's expectation is measured by
ROLLEN_MECHANISME = ("opdrachtnemer", "ambtelijk_opdrachtgever", "bestuurlijk_opdrachtgever", "mt")
MAATSTAVEN = ("afgeronde_opdrachten", "uren_gebracht", "besparing_eur", "tevredenheid")
# the steps of an opdracht's life on the platform (contract section 7, binding since 10)
STAPPEN = ("bevestigen", "starten", "verschuiven", "samenvoegen", "afronden", "herindienen")
BESLUITEN = ("vaststellen", "intrekken")  # what a vaststellingsbesluit does to its period
# the employees' side of the platform (docs/platform.md, "Nieuws, ruimte en interesse")
NIEUWS_ACTIES = ("publiceren", "intrekken")
RUIMTE_ACTIES = ("aanbieden", "intrekken")
INTERESSE_ACTIES = ("tonen", "intrekken")
# Upper bounds that make every number column finite and plausible (docs/etl.md): beyond
# them a value is a typing error, and an infinite one broke the pages' decimal rounding.
MAX_UREN_OPDRACHT = 1_000_000  # begrote uren of one opdracht (~600 fte-years)
MAX_BEDRAG_EUR = 1_000_000_000  # one amount: geldinbreng, budget
MAX_UURTARIEF_EUR = 1_000  # one hour's tarief

BUILTIN_GEMEENTEN = GEMEENTEN  # the gemeenten table before a gemeenten file adds any


@dataclass(frozen=True)
class Column:
    """One contract column.

    `low`/`high` bound numbers; `low_open`/`high_open` make a bound exclusive;
    `plausible` is the upper bound of a number the contract leaves open. `codes`
    lists the allowed values of CODE and CODE_LIST columns (compared case-insensitively,
    stored as written here).
    """

    name: str
    type: str = TEXT
    required: bool = False
    low: float | None = None
    high: float | None = None
    low_open: bool = False
    high_open: bool = False
    codes: tuple[str, ...] = ()
    plausible: float | None = None  # a sanity ceiling where the contract sets none


@dataclass(frozen=True)
class Kind:
    """A kind of source file: its table in `sql/schema` and its columns in contract order."""

    name: str
    columns: tuple[Column, ...]

    @property
    def required(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.columns if c.required)

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.columns)


# The opdrachtformulier's texts, budget and planning: an opdracht's own row and a
# resubmitted form (herindieningen) carry them alike.
_FORMULIER = (
    Column("opdrachtformulering"),
    Column("achtergrond"),
    Column("doel"),
    Column("beoogd_resultaat"),
    Column("motivatie"),
    Column("profiel_opdrachtnemer"),
    Column("lokale_gebruiken"),
    Column("budget_eur", NUMBER, low=0, plausible=MAX_BEDRAG_EUR),
    Column("startdatum", DATE),
    Column("einddatum", DATE),
)


def _kind(name: str, *columns: Column) -> Kind:
    return Kind(name, columns)


KINDS: dict[str, Kind] = {
    k.name: k
    for k in (
        _kind(
            "gemeenten",
            Column("code", required=True),
            Column("naam", required=True),
        ),
        _kind(
            "medewerkers",
            Column("medewerker_id", required=True),
            Column("gemeente", GEMEENTE, required=True),
            Column("schaal", INTEGER, required=True, low=1, high=18),
            Column("expertise", LIST),
            Column("beschikbaar_uren_per_week", NUMBER, low=0, high=168),
            Column("naam"),
            # the login's e-mail: who is who on Mijn proeftuin (docs/platform.md)
            Column("email"),
        ),
        _kind(
            "opdrachten",
            Column("opdracht_id", required=True),
            Column("titel", required=True),
            Column("soort_opdracht", CODE, required=True, codes=SOORTEN_OPDRACHT),
            Column("aanvrager", GEMEENTE, required=True),
            Column("begrote_uren", NUMBER, required=True, low=0, plausible=MAX_UREN_OPDRACHT),
            Column("status", CODE, required=True, codes=STATUSSEN),
            Column("fase", CODE, codes=FASEN),
            Column("type_werk"),
            Column("bestuurlijk_opdrachtgever"),
            Column("ambtelijk_opdrachtgever"),
            Column("opdrachtnemer"),
            *_FORMULIER,
            Column("akkoord_opdrachtgever", BOOLEAN),
            Column("winst", CODE_LIST, codes=WINST),
            Column("winstpunten", CODE_LIST, codes=WINSTPUNTEN),
            Column("samengevoegd_uit", LIST),
            # written by the platform's opdrachtformulier (contract section 7)
            Column("ingediend_door"),
            Column("ingediend_op", DATETIME),
        ),
        _kind(
            "statuswijzigingen",
            Column("opdracht_id", required=True),
            Column("tijdstip", DATETIME, required=True),
            Column("status", CODE, required=True, codes=STATUSSEN),
            Column("opdrachtnemer"),
            Column("door", required=True),
            Column("toelichting"),
            Column("actie", CODE, codes=ACTIES + STAPPEN),
            # what a step of the opdracht's life carries (etl.status, docs/platform.md)
            Column("stap"),  # the step's key: a repeated click writes it once
            Column("startdatum", DATE),
            Column("einddatum", DATE),
            Column("begrote_uren", NUMBER, low=0, plausible=MAX_UREN_OPDRACHT),
            Column("leidinggevende"),
            Column("akkoord_opdrachtgever", BOOLEAN),
            Column("akkoord_op", DATE),
            Column("samengevoegd_uit"),
        ),
        # written by `proeftuin vaststellen` (contract section 10)
        _kind(
            "vaststellingsbesluiten",
            Column("periode", required=True),
            Column("actie", CODE, required=True, codes=BESLUITEN),
            Column("tijdstip", DATETIME, required=True),
            Column("door", required=True),
            Column("map"),
            Column("grondslag"),
            Column("reden"),
        ),
        # written by the platform: the MT's news, an employee's room and interest
        _kind(
            "nieuws",
            Column("nieuws_id", required=True),
            Column("tijdstip", DATETIME, required=True),
            Column("actie", CODE, required=True, codes=NIEUWS_ACTIES),
            Column("door", required=True),
            Column("titel"),
            Column("datum", DATE),
            Column("tekst"),
            Column("opdracht_id"),
        ),
        _kind(
            "ruimte",
            Column("ruimte_id", required=True),
            Column("medewerker_id", required=True),
            Column("tijdstip", DATETIME, required=True),
            Column("actie", CODE, required=True, codes=RUIMTE_ACTIES),
            Column("door", required=True),
            Column("van", DATE),
            Column("tot", DATE),
            Column("uren_per_week", NUMBER, low=0, high=168, low_open=True),
            Column("soort_werk"),
        ),
        _kind(
            "interesse",
            Column("medewerker_id", required=True),
            Column("opdracht_id", required=True),
            Column("tijdstip", DATETIME, required=True),
            Column("actie", CODE, required=True, codes=INTERESSE_ACTIES),
            Column("door", required=True),
            Column("motivatie"),
        ),
        # written by the platform when the indiener resubmits a teruggestuurde opdracht: the
        # form's new content; its `herindienen` statuswijziging (same `stap`) makes it count
        _kind(
            "herindieningen",
            Column("opdracht_id", required=True),
            Column("tijdstip", DATETIME, required=True),
            Column("door", required=True),
            Column("stap"),
            Column("titel", required=True),
            Column("begrote_uren", NUMBER, required=True, low=0, plausible=MAX_UREN_OPDRACHT),
            Column("type_werk"),
            Column("bestuurlijk_opdrachtgever"),
            Column("ambtelijk_opdrachtgever"),
            *_FORMULIER,
            Column("winst", CODE_LIST, codes=WINST),
            Column("winstpunten", CODE_LIST, codes=WINSTPUNTEN),
        ),
        _kind(
            "deelnemers",
            Column("opdracht_id", required=True),
            Column("gemeente", GEMEENTE, required=True),
            Column("aandeel", SHARE, low=0, high=1, low_open=True),
        ),
        _kind(
            "uren",
            Column("registratie_id"),
            Column("medewerker_id", required=True),
            Column("opdracht_id", required=True),
            Column("datum", DATE, required=True),
            Column("uren", NUMBER, required=True, low=0, high=24, low_open=True),
            Column("omschrijving"),
        ),
        _kind(
            "geldinbreng",
            Column("gemeente", GEMEENTE, required=True),
            Column("datum", DATE, required=True),
            Column("bedrag_eur", NUMBER, required=True, low=0, plausible=MAX_BEDRAG_EUR),
            Column("omschrijving"),
        ),
        _kind(
            "tarieven",
            Column("schaal", TARIEF_SCHAAL, required=True),
            Column("geldig_vanaf", DATE, required=True),
            Column(
                "uurtarief_eur",
                NUMBER,
                required=True,
                low=0,
                low_open=True,
                plausible=MAX_UURTARIEF_EUR,
            ),
        ),
        _kind(
            "evaluaties",
            Column("opdracht_id", required=True),
            Column("rol", CODE, required=True, codes=ROLLEN),
            Column("score_product", INTEGER, required=True, low=1, high=10),
            Column("score_proces", INTEGER, low=1, high=10),
            Column("datum", DATE),
            Column("toelichting"),
        ),
        # the activities that save (issue 22): each with hours and/or euros and its basis
        _kind(
            "besparingen",
            Column("besparing_id", required=True),
            Column("soort", CODE, required=True, codes=SOORTEN_BESPARING),
            Column("opdracht_id", required=True),
            Column("datum", DATE, required=True),
            Column("status", CODE, required=True, codes=STATUSSEN_BESPARING),
            Column("uren", NUMBER, low=0, plausible=MAX_UREN_OPDRACHT),
            Column("bedrag_eur", NUMBER, low=0, plausible=MAX_BEDRAG_EUR),
            Column("gemeente", GEMEENTE),
            Column("grondslag"),
            Column("omschrijving"),
        ),
        # quality and learning in words (issue 22): interview outcomes of the platform's
        # sample, the yearly satisfaction per role, the MT's leerverhalen, expectations
        _kind(
            "interviews",
            Column("opdracht_id", required=True),
            Column("datum", DATE, required=True),
            Column("rol", CODE, required=True, codes=ROLLEN),
            Column("uitkomst", required=True),
            Column("oordeel", INTEGER, low=1, high=10),
        ),
        _kind(
            "tevredenheid",
            Column("jaar", INTEGER, required=True, low=2000, high=2100),
            Column("rol", CODE, required=True, codes=ROLLEN_MECHANISME),
            Column("respondenten", INTEGER, required=True, low=1, plausible=100_000),
            Column("gemiddelde", NUMBER, required=True, low=1, high=10),
            Column("toelichting"),
        ),
        _kind(
            "leerverhalen",
            Column("datum", DATE, required=True),
            Column("titel", required=True),
            Column("verhaal", required=True),
            Column("opdracht_id"),
        ),
        _kind(
            "verwachtingen",
            Column("gemeente", GEMEENTE, required=True),
            Column("datum", DATE, required=True),
            Column("verwachting", required=True),
            Column("maatstaf", CODE, codes=MAATSTAVEN),
            Column("streefwaarde", NUMBER, low=0, plausible=MAX_BEDRAG_EUR),
        ),
        _kind(
            "leerervaringen",
            Column("datum", DATE, required=True),
            Column("soort", CODE, required=True, codes=SOORTEN_LEERERVARING),
            Column("omschrijving", required=True),
            Column("opdracht_id"),
        ),
    )
}
