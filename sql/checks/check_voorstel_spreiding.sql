-- grain: one row when the toewijzingsvoorstel widens the prognose's spread (must return nothing)
-- Spread = sum of squares of the gemeenten's year-end prognose saldi.
select
    sum(prognose_saldo_uren ^ 2) as spreiding,
    sum(prognose_saldo_uren_met ^ 2) as spreiding_met
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
having sum(prognose_saldo_uren_met ^ 2) > sum(prognose_saldo_uren ^ 2) + 1e-3
