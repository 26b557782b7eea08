"""The ETL: read the municipalities' CSV/XLSX exports, apply the contract's rules, build
the warehouse. Entry points: `etl.load.run_etl` (the engine) and
`etl.command.run_etl_command` (the CLI's `etl` command: printing and exit codes)."""
