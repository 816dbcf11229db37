"""Chinese text: normalisation, offsets, spans, sentences, segmentation, word index, search,
suggestions, frequencies."""
