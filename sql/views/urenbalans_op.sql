-- grain: one row per gemeente: the hour balance of the boekjaar of peildatum, counting data
-- dated from 1 January of that year up to and including peildatum
create or replace macro urenbalans_op(op_datum) as table
select
    gemeente,
    naam,
    gebracht_uren,
    gehaald_uren,
    geldinbreng_uren,
    saldo_uren,
    geldinbreng_eur,
    saldo_eur
from intern.balans_voor([op_datum::date])
order by gemeente
