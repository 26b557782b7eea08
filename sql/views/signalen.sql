-- grain: one row per signal: an opdracht (or a medewerker × ISO week) the MT should look at
-- Advice, never a rejection: the hours of a signal still count in every balance.
-- `gemeente` is the opdracht's aanvrager, or the medewerker's gemeente for a person signal.
create or replace view signalen as
with

alle as (
    -- the signals of the loaded data, computed once per run (intern.sig_bron)
    select * from intern.sig_bron
    union all by name
    -- hours or geldinbreng dated outside the boekjaar (issue 11, docs/sql-interface.md)
    select * from intern.sig_buiten_boekjaar
    union all by name
    -- planned beyond availability, opdrachten without planning (section 6, time)
    select * from intern.sig_planning
),

final as (
    select
        signaal,
        opdracht_id::varchar as opdracht_id,
        medewerker_id::varchar as medewerker_id,
        gemeente,
        periode_van,
        periode_tot,
        round(uren, 6) as uren,
        toelichting,
        kort,
        -- the boekjaar the signal belongs to: the year of its last date (null: undated)
        year(coalesce(periode_tot, periode_van)) as boekjaar
    from alle
)

select * from final
order by signaal, opdracht_id, medewerker_id, periode_van
