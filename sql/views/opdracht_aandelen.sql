-- grain: one row per opdracht × gemeente that takes a share of its hours (sums to 1)
create or replace view opdracht_aandelen as
with

aandeel as (
    select * from intern.stg_aandelen
),

final as (
    select a.opdracht_id, a.gemeente, g.naam, a.aandeel, a.bron
    from aandeel as a
    inner join intern.stg_gemeenten as g on g.code = a.gemeente
)

select * from final
order by opdracht_id, aandeel desc, gemeente
