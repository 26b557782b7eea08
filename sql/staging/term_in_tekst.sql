-- grain: one row per value (scalar macro): does expertise term `term` occur in `tekst` as a word
-- or as a part of a compound word? (both lowercase)
-- A part counts when what sits before it is empty, at least 4 letters ("jeugd|zorg") or a
-- short word ("weg|beheer"), and what follows is empty, a short word ("armoede|val") or,
-- after a linking "en", "e" or "s", at least 4 letters or a short word
-- ("zorg|s|verzekeraar"). The short words are the 3-letter Dutch words of
-- intern.korte_woorden (written at build time by warehouse.woorden, which says how they
-- are chosen: common words, no endings such as "den", "ers", "end", no prefixes such as
-- "ver", "ont"). So "zorgen", "zorgt", "zorgden" and "verzorgd" are not the expertise "zorg",
-- while "jeugdzorg" and "zorgverzekeraar" are. The plain `contains` first keeps it cheap:
-- only a text that holds the letters at all is split into words.
create or replace macro intern.term_in_tekst(term, tekst) as
len(term) > 0 and contains(tekst, term) and (
    select len(
        list_filter(
            regexp_split_to_array(tekst, '[^a-z0-9à-ÿ]+'),
            lambda w: contains(w, term) and len(
                list_filter(
                    range(0, len(w) - len(term) + 1),
                    lambda i: substr(w, i + 1, len(term)) = term
                        and (i = 0 or i >= 4 or list_contains(kort.woorden, substr(w, 1, i)))
                        and (
                            i + len(term) = len(w)
                            or list_contains(kort.woorden, substr(w, i + len(term) + 1))
                            or len(regexp_replace(substr(w, i + len(term) + 1), '^(en|e|s)', ''))
                                >= 4
                            or list_contains(
                                kort.woorden,
                                regexp_replace(substr(w, i + len(term) + 1), '^(en|e|s)', '')
                            )
                        )
                )
            ) > 0
        )
    ) > 0
    from (select list(woord) as woorden from intern.korte_woorden) as kort
)
