"""Downloads of what a page shows: the read model's export helpers (`cijfers.export`), which
the report's Excel export (`proeftuin rapport --uit ….xlsx`) shares without Streamlit."""

from cijfers.export import DATUM_EXCEL, getal_formaten, met_koppen, naar_csv, naar_xlsx

__all__ = ["DATUM_EXCEL", "getal_formaten", "met_koppen", "naar_csv", "naar_xlsx"]
