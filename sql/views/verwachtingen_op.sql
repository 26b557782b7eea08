-- grain: one row per row of verwachtingen_berekend_op, or on a vastgesteld day (§10) per row as vastgesteld
create or replace macro verwachtingen_op(op_datum) as table
select * exclude (vast_peildatum) from intern.vast_verwachtingen_op where vast_peildatum = op_datum::date
union all by name
select * from verwachtingen_berekend_op(op_datum) where not intern.is_vastgesteld(op_datum)
