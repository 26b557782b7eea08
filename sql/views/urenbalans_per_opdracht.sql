-- grain: one row per opdracht × gemeente with a non-zero effect in the current boekjaar
create or replace view urenbalans_per_opdracht as
select * from urenbalans_per_opdracht_op(intern.boekjaar_tot(null))
