"""The desktop app (PySide6): windows, models, widgets, dialogs, undo commands, workers."""
