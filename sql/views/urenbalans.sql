-- grain: one row per gemeente (all, also when zero): the hour balance over all data
-- Taken on the settlement date (31-12 of the boekjaar, after the last datum, so all data
-- counts): saldo_eur is then at the tarief verrekening pays, to the cent.
create or replace view urenbalans as
select * from urenbalans_op((select verrekendatum from intern.dim_boekjaar))
