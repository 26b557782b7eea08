-- grain: one row per pair of open opdrachten (a < b) whose texts are similar enough to combine
-- Filled at build time by `warehouse.overeenkomst` (text similarity is clearer in Python);
-- the view `combinatiekansen` adds titles and hours.
create table combinatie_paren (
    opdracht_a varchar not null,
    opdracht_b varchar not null,
    overeenkomst double not null,
    gedeelde_termen varchar[] not null
);
