-- grain: one row per value (scalar macro): the last day an as-of figure counts (null = now)
-- A peildatum counts up to and including itself; "now" (null) is 31 December of the current
-- boekjaar, so data dated later in the current year counts, later years' data does not.
create or replace macro intern.boekjaar_tot(peildatum) as
coalesce(
    peildatum::date,
    make_date(intern.huidig_jaar(), 12, 31),
    make_date(year(current_date), 12, 31)
)
