-- grain: one row per input value (scalar macro): hours as a Dutch whole number, 1.235
create or replace macro intern.nl_uren(waarde) as
    translate(format('{:,.0f}', round(waarde, 0) + 0.0), ',.', '.,')
