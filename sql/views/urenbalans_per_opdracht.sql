-- grain: one row per opdracht × gemeente with a non-zero effect (gebracht or gehaald)
create or replace view urenbalans_per_opdracht as
select * from urenbalans_per_opdracht_op((select max(datum) from intern.fct_uren_dag))
