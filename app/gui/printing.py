"""Printing the brief: the live preview's document, shown in Qt's print preview first."""

from __future__ import annotations

from PySide6.QtGui import QTextDocument
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from app.gui.i18n import ui
from app.gui.preview_pane import display_markdown


def brief_document(workspace, pack) -> QTextDocument:
    """The brief as the preview shows it (the export's own text: quotes, citations, notes)."""
    document = QTextDocument()
    document.setMarkdown(display_markdown(workspace.exports.preview_markdown(workspace.packs.spec(pack))))
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, pack.title)
    return document


def print_preview(parent: QWidget | None, workspace, pack):
    """Open the print preview of the brief (printing from there); returns the dialog."""
    document = brief_document(workspace, pack)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(pack.title)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setObjectName("printPreview")
    dialog.setWindowTitle(ui.tr("Print — {title}").format(title=pack.title))
    dialog.paintRequested.connect(document.print_)
    dialog.document = document  # kept alive with the dialog
    dialog.open()
    return dialog
