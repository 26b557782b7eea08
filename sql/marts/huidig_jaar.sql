-- grain: one row per value (scalar macro): the current boekjaar, null when no year has data
-- The year of today's date, or the latest year with data when that is earlier (the
-- earliest when all data lie ahead of today): intern.dim_boekjaar's is_huidig and "now"
-- of intern.boekjaar_tot. One small subquery over intern.fct_jaar: "now" is asked many
-- times per werkbank query (every planning_vanaf() a macro passes on is expanded where it
-- is used), and reading it through the dim_boekjaar view made planning those queries cost
-- more than running them.
create or replace macro intern.huidig_jaar() as
(
    select coalesce(max(jaar) filter (where jaar <= year(current_date)), min(jaar))
    from intern.fct_jaar
)
