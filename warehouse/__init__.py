"""The DuckDB warehouse: built from scratch by each ETL run, read by the dashboard."""
