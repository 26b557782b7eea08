-- grain: one row per row of verrekening_per_gemeente_berekend_op, or on a vastgesteld day (§10) per row as vastgesteld
create or replace macro verrekening_per_gemeente_op(op_datum) as table
select * exclude (vast_peildatum) from intern.vast_verrekening_per_gemeente_op where vast_peildatum = op_datum::date
union all by name
select * from verrekening_per_gemeente_berekend_op(op_datum) where not intern.is_vastgesteld(op_datum)
