-- grain: one row per row of verrekening_per_gemeente_berekend_berekend_op, or on a vastgesteld day (§10) per row as vastgesteld
create or replace macro verrekening_per_gemeente_berekend_op(op_datum) as table
select * from intern.verrekening_saldi_voor([op_datum::date])
