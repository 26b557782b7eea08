"""The opdrachtformulier's date fields: any planning date, and a Dutch word for one that
the field cannot take.

Why: `st.date_input` takes dates from ten years before to ten years after today unless
told otherwise, so a planning date further out could not be entered. With the range set
explicitly, a typed date outside it (01-01-1999) is still refused by the browser: the
field turns red with an English tooltip, and the form would send the field empty (or its
previous date) without a word. The script below (ours, a constant built from our own
constants: no user text reaches it) stops the form from being sent while a date field
is red, and says why in Dutch beside the field.
"""

from __future__ import annotations

import json
from datetime import date

import streamlit as st

from dashboard.stijl import SCRIPT
from dutch.format import datum

EERSTE, LAATSTE = date(2000, 1, 1), date(2100, 12, 31)
MELDING = (
    f"Deze datum kan niet: kies een datum van {datum(EERSTE)} tot en met {datum(LAATSTE)}, "
    "of maak het veld leeg. Het formulier is niet verzonden."
)
KLASSE = "proeftuin-datumfout"

_BEWAKER = (
    (
        f'<script class="{SCRIPT}">'
        + """
if (!window.proeftuinDatumgrens) {
  window.proeftuinDatumgrens = true;
  const MELDING = __MELDING__;
  const fout = (veld) => veld.querySelector('[role="group"][data-invalid="true"]');
  const toon = (formulier) => {
    let rood = 0;
    for (const veld of formulier.querySelectorAll('[data-testid="stDateInput"]')) {
      let melding = veld.querySelector(".__KLASSE__");
      if (fout(veld)) {
        rood += 1;
        if (!melding) {
          melding = document.createElement("div");
          melding.className = "__KLASSE__";
          melding.setAttribute("role", "alert");
          melding.style.color = "rgb(163, 0, 0)";
          melding.style.marginTop = "0.25rem";
          melding.style.fontSize = "0.875rem";
          melding.textContent = MELDING;
          veld.appendChild(melding);
        }
      } else if (melding) {
        melding.remove();
      }
    }
    return rood;
  };
  const verzenden = (event) => {
    const formulier = event.target.closest && event.target.closest('[data-testid="stForm"]');
    if (!formulier) {
      return;
    }
    const knop = event.type === "click"
      ? event.target.closest('button[kind$="FormSubmit"]')
      : event.key === "Enter";
    if (knop && toon(formulier) > 0) {
      event.preventDefault();
      event.stopImmediatePropagation();
    }
  };
  document.addEventListener("click", verzenden, true);
  document.addEventListener("keydown", verzenden, true);
  document.addEventListener("focusout", (event) => {
    const formulier = event.target.closest && event.target.closest('[data-testid="stForm"]');
    if (formulier) {
      setTimeout(() => toon(formulier), 0);
    }
  }, true);
}
</script>
"""
    )
    .replace("__MELDING__", json.dumps(MELDING))
    .replace("__KLASSE__", KLASSE)
)


def bewaken() -> None:
    """Add the guard to the page (once per run, before or after the form)."""
    st.html(_BEWAKER, unsafe_allow_javascript=True)


def datumveld(label: str, key: str, hulp: str, waarde: date | None = None) -> None:
    """A date field that takes every date from `EERSTE` to `LAATSTE`, written dd-mm-jjjj."""
    st.date_input(
        label,
        key=key,
        help=f"{hulp} Een datum van {datum(EERSTE)} tot en met {datum(LAATSTE)}.",
        value=waarde,
        min_value=EERSTE,
        max_value=LAATSTE,
        format="DD-MM-YYYY",
    )
