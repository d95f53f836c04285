"""The PDF writer as a package: reportlab's names (rl.py, the one module importing it), fonts,
flowables, pages, and the writer that lays a Document out (writer.py)."""
