"""The main window and the actions it owns."""
