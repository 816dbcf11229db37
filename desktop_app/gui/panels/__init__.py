"""Docked panels: documents, codebook, segments, search, suggestions, word frequencies."""
