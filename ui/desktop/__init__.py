"""The Qt desktop for duty officers: the custody board, timelines, search (PySide6)."""
