"""Data out and in: xlsx, csv (later REFI-QDA and merge)."""
