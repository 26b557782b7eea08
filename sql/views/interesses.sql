-- grain: one row per medewerker × opdracht with interesse rows: its latest row (platform/interesse.csv)
-- actief: the latest row shows interest (tonen); a later tonen after intrekken shows it again.
-- Person-level data (contract section 8): the dashboard shows it to the MT and to the employee.
create or replace view interesses as
with

laatste as (
    select *
    from main.interesse
    qualify row_number() over (
        partition by medewerker_id, opdracht_id order by tijdstip desc, bestand desc, regel desc
    ) = 1
),

final as (
    select
        l.medewerker_id,
        m.naam,
        m.gemeente,
        l.opdracht_id,
        o.titel,
        l.actie = 'tonen' as actief,
        l.motivatie,
        l.tijdstip as sinds
    from laatste as l
    inner join main.medewerkers as m on m.medewerker_id = l.medewerker_id
    inner join main.opdrachten as o on o.opdracht_id = l.opdracht_id
)

select * from final
order by opdracht_id, medewerker_id
