"""Draw the standard reports' charts into the chart cache after a load, in the background.

Why: the first report of a new warehouse build starts Chromium to draw its charts, and that
start (two to three seconds) is most of the report's time; a report whose charts are all in
the cache (`report.grafieken`) starts no browser. So after `proeftuin etl` (and `proeftuin
demo`) has swapped the new warehouse in, a child process of its own, at the lowest
priority, reads the reports a controller or college asks for first and has Chromium draw
their charts: the regional tussenstand of the latest quarter, half year and year with data
(the Tussenstand page's default choices, and `proeftuin rapport --periode <jaar>`). The
ETL does not wait for it and its time is not the ETL's; a report asked for while it still
runs simply draws for itself. The charts are the report's own figures, keyed by content,
so a chart drawn ahead is exactly the chart the report would draw.

`PROEFTUIN_VOORTEKENEN=0` switches it off (the test suite does: its many loads would each
start a browser).
"""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path

AAN_ENV = "PROEFTUIN_VOORTEKENEN"
"""'0' = draw nothing ahead after a load."""


def standaard_perioden(laatste: date) -> list[str]:
    """The periods of the reports drawn ahead: the quarter, half year and year of the latest
    data (what the Tussenstand page offers first, and the year report)."""
    j, m = laatste.year, laatste.month
    return [f"{j}-K{(m + 2) // 3}", f"{j}-H{(m + 5) // 6}", f"{j}"]


def voorteken(warehouse: Path) -> list[str]:
    """Draw the charts of the standard reports of `warehouse` into the cache, in one
    browser, and mark those reports as drawn; returns the periods drawn."""
    from cijfers import queries
    from report.grafieken import Tekenaar, markeer, welk_rapport
    from report.maak import maak_document
    from report.periode import lees_periode
    from warehouse.connect import connect_readonly

    namen = []
    grafieken = []
    with connect_readonly(warehouse) as con:
        laatste = queries.data_stand(con)["laatste_datum"]
        if laatste is None:
            return []
        for code in standaard_perioden(laatste):
            document = maak_document(con, lees_periode(code))
            grafieken += [replace(g, naam=f"{code}/{g.naam}") for g in document.grafieken]
            namen.append(code)
    welke = [welk_rapport(warehouse, code, None) for code in namen]
    with Tekenaar() as tekenaar:
        tekenaar.teken(grafieken)
    markeer([w for w in welke if w is not None])
    return namen


def start_op_achtergrond(warehouse: Path) -> None:
    """Start `voorteken(warehouse)` in a detached child process, unless switched off. Only
    the start is paid here (no plotly import): the command that loaded ends as before."""
    if os.environ.get(AAN_ENV, "1") == "0":
        return
    subprocess.Popen(
        [sys.executable, "-m", "report.voorteken", str(warehouse)],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )


def main() -> None:
    """The child process: lowest priority, silent. Without Chromium, or on any failure,
    nothing is drawn ahead: the report draws for itself (or says what to install)."""
    os.nice(19)
    try:
        voorteken(Path(sys.argv[1]))
    except Exception:  # nobody reads this process's output
        sys.exit(1)


if __name__ == "__main__":
    main()
