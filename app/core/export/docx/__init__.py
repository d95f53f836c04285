"""The Word writer as a package: python-docx's names (pydocx.py, the one module importing it), the
styles as data, WordprocessingML fragments, the reference.docx builder and the writer itself."""
