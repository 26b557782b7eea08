-- grain: one row per row of tussenstand_uren_tegoed_berekend_op, or on a vastgesteld day (§10) per row as vastgesteld
create or replace macro tussenstand_uren_tegoed_op(op_datum) as table
select * exclude (vast_peildatum) from intern.vast_tussenstand_uren_tegoed_op where vast_peildatum = op_datum::date
union all by name
select * from tussenstand_uren_tegoed_berekend_op(op_datum) where not intern.is_vastgesteld(op_datum)
