-- grain: one row per boekjaar with a vastgesteld period: how far it is vastgesteld, and the
-- first open day where a correctie na vaststelling of a row dated in it is booked
-- Periods are vastgesteld in order within a year (proeftuin vaststellen refuses a gap), so
-- a year is vastgesteld from 1 January up to vast_tot. A correctie counts in the first day
-- after it; when the whole year is vastgesteld, in the next year that is still open (at
-- its first open day): every gemeente started that year at zero after the settlement.
create or replace view intern.vast_jaar as
with

jaar as (
    select jaar, max(tot) as vast_tot from intern.dim_vaststelling group by jaar
),

gesloten as (
    select jaar from jaar where vast_tot = make_date(jaar, 12, 31)
),

-- the first year from each year on that is not closed
open_jaar as (
    select
        j.jaar,
        (
            select min(k.jaar)
            from (select unnest(range(j.jaar, j.jaar + 100)) as jaar) as k
            where k.jaar not in (select jaar from gesloten)
        ) as open_jaar
    from jaar as j
),

final as (
    select
        j.jaar,
        j.vast_tot,
        coalesce(v.vast_tot + 1, make_date(o.open_jaar, 1, 1)) as eerste_open_dag
    from jaar as j
    inner join open_jaar as o on o.jaar = j.jaar
    left join jaar as v on v.jaar = o.open_jaar
)

select * from final
order by jaar
