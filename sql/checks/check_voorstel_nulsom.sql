-- grain: one row when prognose_met(toewijzingsvoorstel) does not sum to zero (must return nothing)
-- Tolerance 1e-5: each gemeente's verschil_uren is rounded to 6 decimals at the interface.
select sum(verschil_uren) as som_verschil_uren
from prognose_met(
    (
        select coalesce(
            list({'opdracht_id': opdracht_id, 'medewerker_id': medewerker_id}),
            []::struct(opdracht_id varchar, medewerker_id varchar)[]
        )
        from toewijzingsvoorstel
        where medewerker_id is not null
    )
)
having abs(sum(verschil_uren)) > 1e-5
