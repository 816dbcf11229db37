"""Documents in: decoding, one reader per format, clean-up, import."""
