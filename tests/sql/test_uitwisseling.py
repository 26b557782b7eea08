"""Uitgewisselde uren: hours brought for another gemeente, not all hours (issue #23, W9)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.sql.helpers import medewerkers_per_gemeente, opdracht, query, registraties


@pytest.fixture(scope="module")
def bank(module_warehouse):
    """L: DOR works 40 h for ALB's lokaal opdracht (all exchanged). O: an ondersteuning
    opdracht (1/6 each) where ALB brings 60 h and PAP 60 h: each takes 20 h of the 120 h,
    so ALB and PAP each bring 40 h for the four others. E: ALB's own 50 h on its own work.
    X: 30 h by SLI in 2011, another boekjaar."""
    return module_warehouse(
        medewerkers=[
            *medewerkers_per_gemeente(),
            {"medewerker_id": "M-ALB2", "gemeente": "ALB", "schaal": 9},
        ],
        opdrachten=[
            opdracht("L", "lokaal", "ALB"),
            opdracht("O", "ondersteuning", "REGIO"),
            opdracht("E", "lokaal", "ALB"),
            opdracht("X", "lokaal", "DOR"),
        ],
        uren=registraties("L", "DOR", 40, start=date(2012, 3, 1))
        + registraties("O", "ALB", 60, start=date(2012, 4, 1))
        + registraties("O", "PAP", 60, start=date(2012, 4, 1))
        + [{"medewerker_id": "M-ALB2", "opdracht_id": "E", "datum": date(2012, 5, 1), "uren": 8.0}]
        + registraties("E", "ALB", 42, start=date(2012, 6, 1))
        + registraties("X", "SLI", 30, start=date(2011, 6, 1)),
    )


def test_only_hours_brought_for_another_gemeente_count(bank):
    [rij] = query(bank, "select * from uitwisseling")
    assert rij["boekjaar"] == 2012
    # 40 (DOR for ALB) + 40 (ALB for the others on O) + 40 (PAP) ; not E's 50, not 2011
    assert rij["uitgewisselde_uren"] == pytest.approx(120)
    # M-DOR, M-ALB and M-PAP; M-ALB2 worked only for ALB itself, M-SLI in 2011
    assert rij["medewerkers_uitgewisseld"] == 3
    [totaal] = query(bank, "select totaal_uren from data_stand")
    assert totaal["totaal_uren"] == pytest.approx(40 + 120 + 50 + 30)


def test_as_of_a_peildatum_counts_its_own_boekjaar_up_to_it(bank):
    [maart] = query(bank, "select * from uitwisseling_op(?)", [date(2012, 3, 31)])
    assert (maart["uitgewisselde_uren"], maart["medewerkers_uitgewisseld"]) == (40, 1)
    [vorig] = query(bank, "select * from uitwisseling_op(?)", [date(2011, 12, 31)])
    assert (vorig["boekjaar"], vorig["uitgewisselde_uren"]) == (2011, 30)
    assert vorig["medewerkers_uitgewisseld"] == 1
