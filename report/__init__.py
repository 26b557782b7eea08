"""The college report: the tussenstand and the gemeente statement as an A4 PDF (Typst)."""
