-- grain: one row per gemeente: the settlement per gemeente if the boekjaar closed on peildatum
create or replace macro verrekening_per_gemeente_op(op_datum) as table
select * from intern.verrekening_saldi_voor([op_datum::date])
