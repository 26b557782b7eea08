-- grain: one row per open opdracht without opdrachtnemer: the proposed medewerker (or none)
-- Filled at build time by `warehouse.voorstel` (a search over assignments, clearer in
-- Python than in SQL); the view `toewijzingsvoorstel` adds the gemeente and the reason.
create table voorstel_toewijzing (
    opdracht_id varchar not null,
    medewerker_id varchar,
    kandidaat_rang integer,
    kandidaat_reden varchar,
    reden varchar not null
);
