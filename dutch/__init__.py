"""Dutch text for people: numbers, dates and period labels (see `dutch.format`)."""
