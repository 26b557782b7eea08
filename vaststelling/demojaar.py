"""The present demo's closing step: vaststellen last year as a controller does.

Why here and not in `demo`: it needs the ETL and `stel_vast`, and the demo room imports
neither (docs/architecture.md); the commands pass this step to `demo.generate.write_demo`.
The warehouse it builds is a scratch file outside the demo folder, removed afterwards:
only the besluit and the vastgestelde figures stay, in the folder's `platform/`.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from demo.afsluiten import AfsluitenMislukt
from etl.load import run_etl
from report.periode import lees_periode
from vaststelling.besluit import Geweigerd, stel_vast

CONTROLLER = "controller@dordrecht.nl"


def stel_demojaar_vast(bron: Path, jaar: int) -> str:
    """Load `bron` into a scratch warehouse and vaststellen `jaar` from it; returns the
    vaststelling's folder name."""
    with tempfile.TemporaryDirectory(prefix="proeftuin-demo-") as tmp:
        warehouse = Path(tmp) / "vaststellen.duckdb"
        if not run_etl(bron, warehouse).geschreven:
            raise AfsluitenMislukt(f"de demobronmap {bron} laadt niet")
        try:
            return stel_vast(bron, warehouse, lees_periode(str(jaar)), CONTROLLER).rij["map"]
        except Geweigerd as exc:
            raise AfsluitenMislukt(str(exc)) from exc
