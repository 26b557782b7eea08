-- grain: scalar macro: hours as a Dutch whole number for texts (1234.5 -> '1.235', halves up)
create or replace macro nl_uren(waarde) as
    translate(format('{:,.0f}', round(waarde, 0) + 0.0), ',.', '.,')
