-- grain: scalar macro: a date as Dutch users write it (2012-12-31 -> '31-12-2012')
create or replace macro nl_datum(d) as strftime(d, '%d-%m-%Y')
