-- grain: one row per opdracht the toewijzingsvoorstel leaves unstaffed while a medewerker with
-- expertise match and free hours in its planning got nothing in the proposal (must return nothing)
-- Binding (data contract, section 6 since section 10): the proposal staffs every open
-- opdracht without opdrachtnemer that has an eligible employee. One who got nothing still
-- has all their free hours, so leaving the opdracht open cannot be for lack of capacity.
-- The kandidaten of kandidaten_voor (its computation, intern.kandidaten_uit) without the
-- prognose: that only orders them (rang, reden), which this check does not read, and binding
-- it cost more than the rest of the check.
with

open_zonder as (
    select opdracht_id from toewijzingsvoorstel where medewerker_id is null
),

bezet as (
    select medewerker_id from toewijzingsvoorstel where medewerker_id is not null
)

select k.opdracht_id, k.medewerker_id
from intern.kandidaten_uit(
    (select coalesce(list(opdracht_id), []) from open_zonder),
    intern.planning_vanaf(),
    []::struct(gemeente varchar, gemeente_naam varchar, prognose_saldo_uren double)[]
) as k
where k.expertise_match > 0 and k.heeft_vrije_uren
    and k.medewerker_id not in (select medewerker_id from bezet)
order by k.opdracht_id, k.medewerker_id
