-- grain: one row per row of evaluatie_teksten_berekend_op, or on a vastgesteld day (§10) per row as vastgesteld
create or replace macro evaluatie_teksten_op(op_datum) as table
select * exclude (vast_peildatum) from intern.vast_evaluatie_teksten_op where vast_peildatum = op_datum::date
union all by name
select * from evaluatie_teksten_berekend_op(op_datum) where not intern.is_vastgesteld(op_datum)
