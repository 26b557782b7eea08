-- grain: one row per row of verrekening_berekend_berekend_op, or on a vastgesteld day (§10) per row as vastgesteld
-- The deficits and the geldinbreng pot of the boekjaar, paid in cents (intern.verrekening_voor).
create or replace macro verrekening_berekend_op(op_datum) as table
select * from intern.verrekening_voor([op_datum::date])
