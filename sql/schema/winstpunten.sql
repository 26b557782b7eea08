-- grain: one row per winstpunt of the plan (reference data, W1–W9)
-- dimensions: I = inhoudelijk-strategisch, F = financieel, K = continuïteit/kwaliteit
create table winstpunten (
    winstpunt varchar primary key,
    omschrijving varchar not null,
    inhoudelijk boolean not null,
    financieel boolean not null,
    kwaliteit boolean not null
);
insert into winstpunten values
    ('W1', 'Beter inhoudelijk programmeren', true, true, true),
    ('W2', 'Versterking alliantiemanagement', true, true, false),
    ('W3', 'Sturing op verbonden partijen', true, true, true),
    ('W4', 'Combineren van activiteiten', false, true, false),
    ('W5', 'De juiste medewerker op de juiste plek', true, true, true),
    ('W6', 'Verzakelijking OGON', false, true, true),
    ('W7', 'Gemeenschappelijk investeren', true, true, false),
    ('W8', 'Boeien en binden van medewerkers', false, false, true),
    ('W9', 'Groei van medewerkers', false, false, true);
