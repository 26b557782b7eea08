-- grain: one row per value (scalar macro): an hour figure as the interface shows it, 6 decimals
-- Hours are summed exactly inside the warehouse; only the interface rounds, so a zero
-- effect is 0 (not 1e-14) while sums stay exact to 1e-6. Adding 0.0 turns -0.0 into 0.
create or replace macro intern.afgerond_uren(uren) as round(uren, 6) + 0.0
