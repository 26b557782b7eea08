-- grain: one row per input value (scalar macro): a date as Dutch users write it, 31-12-2012
create or replace macro intern.nl_datum(d) as strftime(d, '%d-%m-%Y')
