"""The platform's entries: what its forms write into `platform/` of the source folder.

`schrijven` checks a form's row with the ETL's own rules and appends it under the
platform's lock (`etl.platform_lock`, which the ETL also reads under) with an atomic
rename; `achtergrond` runs the one ETL after it in the background, never two at once.
Above `etl` (whose rules and reader it reuses), below the dashboard and `vaststelling`
(which write through it).
"""
