-- grain: one row per saving × gemeente as of peildatum (null = all): file rows and merges
-- Every saving of the proeftuin, traceable: a besparingen row (bron = its file and line)
-- dated on or before peildatum, and each opdracht that merges others and has started by
-- peildatum (efficiency_op; bron = its opdrachtformulier), shared by its aandelen at the
-- gemiddeld tarief of peildatum; a merge is gerealiseerd once its opdracht is afgerond.
create or replace macro besparingen_berekend_op(peildatum) as table
with

bestand as (
    select
        soort, besparing_id as besparing, opdracht_id, titel, winstpunten, datum, status,
        onderbouwd, grondslag, omschrijving, bron, gemeente, aandeel, uren, bedrag_eur
    from intern.fct_besparing
    where peildatum is null or datum <= peildatum
),

tarief as (
    select uurtarief_eur
    from intern.stg_tarief_gemiddeld_op(coalesce(peildatum::date, current_date))
),

samenvoeging as (
    select
        'samenvoeging' as soort,
        e.opdracht_id as besparing,
        e.opdracht_id,
        e.titel,
        e.winstpunten,
        null::date as datum,
        case when e.status = 'afgerond' then 'gerealiseerd' else 'potentieel' end as status,
        true as onderbouwd,
        'begrote uren van ' || array_to_string(e.samengevoegd_uit, ', ')
            || ' min de begroting van ' || e.opdracht_id as grondslag,
        null as omschrijving,
        'opdrachtformulier ' || e.opdracht_id as bron,
        a.gemeente,
        a.aandeel,
        a.aandeel * e.bespaarde_uren as uren,
        a.aandeel * e.bespaarde_uren * t.uurtarief_eur as bedrag_eur
    from efficiency_op(peildatum) as e
    inner join opdracht_aandelen as a on a.opdracht_id = e.opdracht_id
    cross join tarief as t
),

final as (
    select * from bestand
    union all by name
    select * from samenvoeging
)

select * from final
order by soort, besparing, gemeente
