"""Who the logged-in employee is, for Mijn proeftuin.

Why the `email` column of the medewerkers export: the gemeente's own HR export already
knows who is who, the login gives an e-mail (OpenID Connect), and the mapping then lives in
the source folder like every other fact, checked and loaded by the ETL. A login whose
e-mail is in no medewerkers row sees their submissions (by e-mail) but no hours or offers.
In the local demo there is no login: the page offers a chooser of the demo's employees.
"""

from __future__ import annotations

from dataclasses import dataclass

import streamlit as st

from dashboard import auth, queries, schrijven

KEUZE = "_mijn_demo_medewerker"


@dataclass(frozen=True)
class Ik:
    """The employee of this session: their medewerker_id (None: not known) and e-mail."""

    medewerker_id: str | None
    email: str
    naam: str | None = None


def wie() -> Ik:
    """The employee behind this session; in the demo, the one chosen on the page."""
    email = schrijven.gebruiker()
    alle = queries.medewerkers()
    namen = dict(zip(alle["medewerker_id"], alle["naam"], strict=True))
    if auth.instellingen() is None:
        if not alle.height:
            return Ik(None, email)
        keuze = st.selectbox(
            "Demo-medewerker (lokale demo: kies wie u bent)",
            alle["medewerker_id"].to_list(),
            format_func=lambda m: f"{namen.get(m) or m} ({m})",
            key=KEUZE,
            placeholder="Maak een keuze",
        )
        return Ik(keuze, email, namen.get(keuze))
    medewerker_id = queries.medewerker_bij_email(email)
    return Ik(medewerker_id, email, namen.get(medewerker_id) if medewerker_id else None)
