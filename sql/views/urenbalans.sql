-- grain: one row per gemeente (all, also when zero): the hour balance of the current boekjaar
-- Taken on its settlement date (31-12 of the current boekjaar, data contract section 10), so
-- all of that year's data counts and saldo_eur is at the tarief verrekening pays.
create or replace view urenbalans as
select * from urenbalans_op(intern.boekjaar_tot(null))
