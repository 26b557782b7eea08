"""Report periods of the contract (§9): `2012`, `2012-H1`, `2012-K3`, each with its last day.

The plan reports per quarter to the proeftuin-MT, after half a year to the colleges and
at year end for the settlement; every figure of a report counts as of the period's last
day (the peildatum of the warehouse's `*_op` macros).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from dutch.format import halfjaar_label, kwartaal_label

_VORM = re.compile(r"(?P<jaar>\d{4})(?:-(?P<soort>[HhKk])(?P<nummer>\d))?")
_MAANDEN = {"K": 3, "H": 6}  # months per quarter, per half year


class OngeldigePeriode(ValueError):
    """The text is not a period the report knows; the message is Dutch."""


@dataclass(frozen=True)
class Periode:
    """One reporting period: its code (`2012-H1`), first and last day, and Dutch names."""

    code: str
    begin: date
    einde: date
    naam: str  # "eerste halfjaar 2012", "tweede kwartaal 2012", "2012"
    kort: str  # "1e halfjaar 2012", "K2 2012", "2012"

    @property
    def peildatum(self) -> date:
        return self.einde


def _einde_maand(jaar: int, maand: int) -> date:
    return date(jaar + maand // 12, maand % 12 + 1, 1) - timedelta(days=1)


_RANG = ("eerste", "tweede", "derde", "vierde")


def lees_periode(tekst: str) -> Periode:
    """`2012` → the year, `2012-H1`/`H2` → a half year, `2012-K1`…`K4` → a quarter."""
    gevonden = _VORM.fullmatch(tekst.strip())
    if gevonden is None:
        raise OngeldigePeriode(
            f"'{tekst}' is geen periode; gebruik een jaar (2012), een halfjaar (2012-H1, "
            "2012-H2) of een kwartaal (2012-K1 tot en met 2012-K4)"
        )
    jaar = int(gevonden["jaar"])
    if jaar < 1900:
        raise OngeldigePeriode(f"'{tekst}': het jaar {jaar} ligt vóór elke mogelijke registratie")
    if gevonden["soort"] is None:
        return Periode(str(jaar), date(jaar, 1, 1), date(jaar, 12, 31), str(jaar), str(jaar))
    soort, nummer = gevonden["soort"].upper(), int(gevonden["nummer"])
    aantal = 12 // _MAANDEN[soort]
    if not 1 <= nummer <= aantal:
        raise OngeldigePeriode(
            f"'{tekst}' bestaat niet: een jaar heeft "
            + ("twee halfjaren (H1, H2)" if soort == "H" else "vier kwartalen (K1 tot en met K4)")
        )
    maanden = _MAANDEN[soort]
    begin = date(jaar, maanden * (nummer - 1) + 1, 1)
    einde = _einde_maand(jaar, maanden * nummer)
    if soort == "H":
        naam, kort = f"{_RANG[nummer - 1]} halfjaar {jaar}", halfjaar_label(jaar, nummer)
    else:
        naam, kort = f"{_RANG[nummer - 1]} kwartaal {jaar}", kwartaal_label(jaar, nummer)
    return Periode(f"{jaar}-{soort}{nummer}", begin, einde, naam, kort)


def periode_tot(soort: str, einde: date) -> Periode:
    """The period of `soort` ('jaar', 'halfjaar', 'kwartaal') that ends on `einde`: the
    dashboard's period choices (see `dashboard.perioden`) as a report period."""
    code = {
        "jaar": f"{einde.year}",
        "halfjaar": f"{einde.year}-H{(einde.month + 5) // 6}",
        "kwartaal": f"{einde.year}-K{(einde.month + 2) // 3}",
    }[soort]
    return lees_periode(code)
