"""The opdrachtformulier's widgets: one per field, the rule it broke right below it.

Why a module: the form is filled twice, once to submit a new opdracht and again when
the MT sent it back and the indiener corrects it (the same fields, filled with what was
submitted, the MT's reason above them). Both draw the fields here.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

import streamlit as st

from dashboard import datumveld, formulier

Keuzes = Mapping[str, tuple[list[str], Callable[[str], str]]]


def veld(
    v: formulier.Veld,
    sleutel: str,
    fouten: Mapping[str, str],
    keuzes: Keuzes,
    waarde: object = None,
) -> None:
    """One widget, its label marked when required, and the rule it broke right below it.
    `waarde`: what it holds at first (a resubmission shows what was submitted)."""
    label = f"{v.label} *" if v.verplicht else v.label
    if v.soort == formulier.TEKST:
        st.text_input(label, value=waarde or "", key=sleutel, help=v.hulp, max_chars=200)
    elif v.soort == formulier.LANG:
        st.text_area(label, value=waarde or "", key=sleutel, help=v.hulp, height=90, max_chars=4000)
    elif v.soort == formulier.KEUZE:
        opties, tekst = keuzes[v.naam]
        st.selectbox(
            label,
            opties,
            key=sleutel,
            help=v.hulp,
            format_func=tekst,
            index=opties.index(waarde) if waarde in opties else None,
            placeholder="Kies…",
        )
    elif v.soort == formulier.MEER:
        opties, tekst = keuzes[v.naam]
        st.multiselect(
            label,
            opties,
            default=[w for w in (waarde or []) if w in opties],  # type: ignore[attr-defined]
            key=sleutel,
            help=v.hulp,
            format_func=tekst,
            placeholder="Kies…",
        )
    elif v.soort == formulier.GETAL:
        st.number_input(
            label,
            key=sleutel,
            help=v.hulp,
            value=None if waarde is None else float(waarde),  # type: ignore[arg-type]
            step=1.0,
            format="%g",
        )
    else:
        datumveld.datumveld(label, sleutel, v.hulp, waarde)  # type: ignore[arg-type]
    fout(v.naam, fouten)


def fout(naam: str, fouten: Mapping[str, str]) -> None:
    """The rule field `naam` broke, right below it."""
    if naam in fouten:
        st.error(fouten[naam], icon=":material/error:")
