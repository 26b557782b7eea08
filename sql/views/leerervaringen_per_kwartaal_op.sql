-- grain: one row per row of leerervaringen_per_kwartaal_berekend_op, or on a vastgesteld day (§10) per row as vastgesteld
create or replace macro leerervaringen_per_kwartaal_op(op_datum) as table
select * exclude (vast_peildatum) from intern.vast_leerervaringen_per_kwartaal_op where vast_peildatum = op_datum::date
union all by name
select * from leerervaringen_per_kwartaal_berekend_op(op_datum) where not intern.is_vastgesteld(op_datum)
