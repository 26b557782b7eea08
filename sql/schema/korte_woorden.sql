-- grain: one row per short Dutch word that may stand beside a compound part ("armoede|val")
-- Written at build time from `warehouse.woorden.korte_woorden` (wordfreq's Dutch list);
-- read by `intern.term_in_tekst`, so the SQL and `warehouse.overeenkomst` split alike.
create table intern.korte_woorden (
    woord varchar primary key
);
