"""The ETL: read the municipalities' CSV/XLSX exports, apply the contract's rules, build
the warehouse. Entry points: `etl.load.run_etl` and `etl.load.run_etl_command`."""
