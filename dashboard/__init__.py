"""The virtual platform: a read-only Streamlit dashboard on the warehouse."""
