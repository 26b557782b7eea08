-- grain: one row per row of urenbalans_berekend_berekend_op, or on a vastgesteld day (§10) per row as vastgesteld
-- dated from 1 January of that year up to and including peildatum
create or replace macro urenbalans_berekend_op(op_datum) as table
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
