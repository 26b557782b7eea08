"""The read model: every read of the warehouse the dashboard and the report share, the
figure specs (columns, Dutch headers, rounding) and the plotly charts. No Streamlit."""
