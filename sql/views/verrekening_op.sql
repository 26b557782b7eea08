-- grain: one row per payer × receiving gemeente if the boekjaar of peildatum closed on that day
-- The deficits and the geldinbreng pot of the boekjaar, paid in cents (intern.verrekening_voor).
create or replace macro verrekening_op(op_datum) as table
select * from intern.verrekening_voor([op_datum::date])
