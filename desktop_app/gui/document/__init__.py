"""A document pane: text view, highlights, margin, word selection."""
