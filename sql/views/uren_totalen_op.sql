-- grain: one row per row of uren_totalen_berekend_op, or on a vastgesteld day (§10) per row as vastgesteld
create or replace macro uren_totalen_op(op_datum) as table
select * exclude (vast_peildatum) from intern.vast_uren_totalen_op where vast_peildatum = op_datum::date
union all by name
select * from uren_totalen_berekend_op(op_datum) where not intern.is_vastgesteld(op_datum)
