-- grain: one row per opdracht the toewijzingsvoorstel leaves unstaffed while a medewerker with
-- expertise match and free hours in its planning got nothing in the proposal (must return nothing)
-- Binding (data contract, section 6 since section 10): the proposal staffs every open
-- opdracht without opdrachtnemer that has an eligible employee. One who got nothing still
-- has all their free hours, so leaving the opdracht open cannot be for lack of capacity.
with

open_zonder as (
    select opdracht_id from toewijzingsvoorstel where medewerker_id is null
),

bezet as (
    select medewerker_id from toewijzingsvoorstel where medewerker_id is not null
)

select k.opdracht_id, k.medewerker_id
from kandidaten_voor((select coalesce(list(opdracht_id), []) from open_zonder)) as k
where k.expertise_match > 0 and k.heeft_vrije_uren
    and k.medewerker_id not in (select medewerker_id from bezet)
