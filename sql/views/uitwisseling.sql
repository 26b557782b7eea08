-- grain: one row in all: uitwisseling_op of the current boekjaar (hours brought for another gemeente, W9)
create or replace view uitwisseling as
select * from uitwisseling_op(null)
