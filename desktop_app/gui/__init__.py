"""The PySide6 desktop GUI. Imports desktop_app.core; the core never imports this."""
