"""Reference data of the proeftuin, written once: the six gemeenten, the statuses of an
opdracht and the three winst dimensions.

Why a leaf of `warehouse`: the ETL checks files against it, the demo writes files with it,
the read model and the pages label figures with it; every room may import `warehouse`.
The SQL of the warehouse names the same codes in a few files (the `proeftuin` flag of
`stg_gemeenten`, `is_open` of `stg_opdrachten`, a check); `tests/sql/test_referentie.py`
keeps those equal to this module.
"""

from __future__ import annotations

# The six members of the proeftuin, code -> naam (a gemeenten file may add others).
GEMEENTEN = {
    "ALB": "Alblasserdam",
    "DOR": "Dordrecht",
    "HIA": "Hendrik-Ido-Ambacht",
    "PAP": "Papendrecht",
    "SLI": "Sliedrecht",
    "ZWD": "Zwijndrecht",
}
REGIO = "REGIO"  # the region as aanvrager of an opdracht

STATUSSEN = ("aangemeld", "geaccepteerd", "lopend", "afgerond", "geannuleerd")
OPEN_STATUSSEN = ("aangemeld", "geaccepteerd", "lopend")
EINDSTATUSSEN = ("afgerond", "geannuleerd")  # a status that no statuswijziging may leave

# The three winst dimensions of an opdracht, code -> how the plan names them.
WINST_LABELS = {
    "inhoudelijk": "inhoudelijk-strategisch",
    "financieel": "financieel",
    "kwaliteit": "continuïteit/kwaliteit",
}
WINST = tuple(WINST_LABELS)
