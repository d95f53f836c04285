"""The selected item in full: quote, lead-in, section, citation, editable tags and note, and its source."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6 import QtCore
from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.core.library import Library
from app.core.models import ORIGIN_USER, Item
from app.gui import theme
from app.gui.i18n import ui
from app.gui.results_model import citation_text

if TYPE_CHECKING:
    from app.gui.ui_state import UiState

SPLIT_KEY = "splitters/detail"
CHIP_STYLE = """
QToolButton[chip="true"] { border: 1px solid palette(mid); border-radius: 9px; padding: 1px 8px; }
QToolButton[chip="true"]:checked { background: palette(highlight); color: palette(highlighted-text);
                                   border-color: palette(highlight); }
"""


def _section_label(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


class _ItemSplitter(QSplitter):
    """The item view's split of quote and source, reporting its width as it changes.

    Made with the item view: a resize handler on the pane itself would run while the window is
    first laid out, and an event handler in Python makes PySide6 set up QEvent's type (179
    values) that start-up otherwise does without."""

    width_changed = Signal(int)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.width_changed.emit(self.width())


class DetailPane(QWidget):
    """Shows one item; tag and note edits leave as signals (the window makes them undoable)."""

    tags_edited = Signal(str, tuple, tuple)  # item id, themes, audiences
    note_edited = Signal(str, str)  # item id, note
    revert_requested = Signal(str)
    add_to_pack_requested = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._library: Library | None = None
        self._item: Item | None = None
        self._sizes_set = False  # the first show splits the width 55:45 unless a saved layout did
        self._splitter_state = None  # a saved layout, until the item view is built
        self.built = False
        self.speller_source = None  # gives the window's spell checker, for the item note
        self.setAccessibleName(ui.tr("Item details"))
        self.empty = QLabel(ui.tr("Select an item to see it in full, with its source."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setEnabled(False)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(self.empty)

    # -- building --------------------------------------------------------
    def ensure_built(self) -> None:
        """Build the item view (quote, tags, note, source text) on first use: until an item is
        selected the pane shows only its placeholder, so start-up does not pay for it."""
        if self.built:
            return
        self.built = True
        self._build()
        self._connect_signals()
        self._place_in_tab_order()
        if self._library is not None:
            self._set_terms(self._library)
        if self._splitter_state is not None:
            self._sizes_set = self.splitter.restoreState(self._splitter_state)
        self._fit_splitter(self.width())

    def _place_in_tab_order(self) -> None:
        """The item view's widgets follow the pane in the tab order, as if built with it."""
        window = self.window()
        tab = Qt.FocusPolicy.TabFocus
        previous = self.previousInFocusChain()
        while previous is not window and not previous.focusPolicy() & tab:
            previous = previous.previousInFocusChain()
        parts = []
        widget = window.nextInFocusChain()
        while widget is not window:
            if widget.focusPolicy() & tab and self.splitter.isAncestorOf(widget):
                parts.append(widget)
            widget = widget.nextInFocusChain()
        if previous is window:
            return
        for widget in parts:
            QWidget.setTabOrder(previous, widget)
            previous = widget

    def _build(self) -> None:
        # the item view's own widgets load with it (the first selection), not with the window
        from PySide6.QtWidgets import QPlainTextEdit

        from app.gui.flow_layout import FlowLayout
        from app.gui.source_view import SourceView
        from app.gui.spelling import check_spelling
        from app.gui.tag_editor import TagChips

        self.heading = QLabel()
        self.heading.setObjectName("detailHeading")
        self.heading.setWordWrap(True)
        self.heading.setAccessibleName(ui.tr("Item heading"))
        self.review_label = QLabel(
            ui.tr("The source text changed since you edited this item; check its tags.")
        )
        self.review_label.setWordWrap(True)
        self.review_label.setStyleSheet("color: palette(bright-text);")
        self.lead_in = QLabel()
        self.lead_in.setWordWrap(True)
        self.lead_in.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.lead_in.setAccessibleName(ui.tr("Lead-in"))
        self.quote = QLabel()
        self.quote.setWordWrap(True)
        self.quote.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.quote.setAccessibleName(ui.tr("Quote"))
        self.quote.setTextFormat(Qt.TextFormat.PlainText)
        font = self.quote.font()
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.quote.setFont(font)
        self.section = QLabel()
        self.section.setWordWrap(True)
        self.section.setAccessibleName(ui.tr("Section"))
        self.section.setTextFormat(Qt.TextFormat.PlainText)
        self.citation = QLabel()
        self.citation.setWordWrap(True)
        self.citation.setTextFormat(Qt.TextFormat.PlainText)
        self.citation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.citation.setAccessibleName(ui.tr("Citation"))
        self.copy_citation_button = QToolButton()
        self.copy_citation_button.setText(ui.tr("Citation"))
        theme.set_icon(self.copy_citation_button, "copy")
        self.copy_citation_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.copy_citation_button.setToolTip(ui.tr("Copy the citation to the clipboard"))
        self.copy_citation_button.setAccessibleName(ui.tr("Copy citation"))
        self.copy_quote_button = QToolButton()
        self.copy_quote_button.setText(ui.tr("Quote"))
        self.copy_quote_button.setToolTip(ui.tr("Copy the quote with its citation to the clipboard"))
        theme.set_icon(self.copy_quote_button, "copy")
        self.copy_quote_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.copy_quote_button.setAccessibleName(ui.tr("Copy quote with citation"))
        self.add_button = QPushButton(ui.tr("Add to pack"))
        theme.set_icon(self.add_button, "add")
        self.add_button.setAccessibleName(ui.tr("Add this item to the pack"))

        self.themes = TagChips(ui.tr("Theme"))
        self.audiences = TagChips(ui.tr("Audience"))
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(ui.tr("Your note on this item (saved when you leave the field)"))
        self.note.setAccessibleName(ui.tr("Item note"))
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(70)
        speller = self.speller_source() if self.speller_source is not None else None
        self.note_spelling = check_spelling(self.note, speller)
        self.revert_button = QPushButton(ui.tr("Revert"))
        self.revert_button.setToolTip(ui.tr("Drop your edits: back to the item's original tags and note"))
        self.revert_button.setAccessibleName(ui.tr("Revert the item to its original tags and note"))
        self.origin_label = QLabel()
        self.origin_label.setWordWrap(True)

        # the buttons wrap like words when the pane is narrow (French and Spanish run longer)
        citation_row = QWidget()
        buttons = FlowLayout(citation_row, spacing=6)
        for button in (self.copy_citation_button, self.copy_quote_button, self.add_button):
            buttons.addWidget(button)

        info = QWidget()
        info.setStyleSheet(CHIP_STYLE)
        column = QVBoxLayout(info)
        column.addWidget(self.heading)
        column.addWidget(self.review_label)
        column.addWidget(self.lead_in)
        column.addWidget(self.quote)
        column.addWidget(self.section)
        column.addWidget(self.citation)
        column.addWidget(citation_row)
        column.addWidget(_hline())
        column.addWidget(_section_label(ui.tr("Themes")))
        column.addWidget(self.themes)
        column.addWidget(_section_label(ui.tr("Audiences")))
        column.addWidget(self.audiences)
        column.addWidget(_section_label(ui.tr("Note")))
        column.addWidget(self.note)
        bottom = QHBoxLayout()
        bottom.addWidget(self.origin_label, 1)
        bottom.addWidget(self.revert_button)
        column.addLayout(bottom)
        column.addStretch(1)
        self.info_scroll = QScrollArea()
        self.info_scroll.setWidgetResizable(True)
        self.info_scroll.setWidget(info)
        self.info_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.info_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        info.setMinimumWidth(150)
        self.info_scroll.setAccessibleName(ui.tr("Item"))

        self.source_title = QLabel()
        self.source_title.setWordWrap(True)
        self.source_view = SourceView()
        source_box = QWidget()
        source_column = QVBoxLayout(source_box)
        source_column.setContentsMargins(0, 0, 0, 0)
        source_column.addWidget(self.source_title)
        source_column.addWidget(self.source_view, 1)

        self.splitter = _ItemSplitter(Qt.Orientation.Horizontal)
        self.splitter.width_changed.connect(self._fit_splitter)
        self.splitter.setObjectName("detailSplitter")
        self.splitter.addWidget(self.info_scroll)
        self.splitter.addWidget(source_box)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setVisible(False)
        self._layout.addWidget(self.splitter, 1)
        QWidget.setTabOrder(self.copy_citation_button, self.copy_quote_button)
        QWidget.setTabOrder(self.copy_quote_button, self.add_button)

    def _connect_signals(self) -> None:
        self.copy_citation_button.clicked.connect(self.copy_citation)
        self.copy_quote_button.clicked.connect(self.copy_quote)
        self.add_button.clicked.connect(self._on_add)
        self.themes.toggled_tags.connect(self._on_tags)
        self.audiences.toggled_tags.connect(self._on_tags)
        self.revert_button.clicked.connect(self._on_revert)
        self.note.installEventFilter(self)

    # -- content -----------------------------------------------------------
    def set_library(self, library: Library) -> None:
        first = self._library is None
        self._library = library
        if first and self.built:
            self._set_terms(library)

    def _set_terms(self, library: Library) -> None:
        self.themes.set_terms(library.taxonomy.themes)
        self.audiences.set_terms(library.taxonomy.audiences)

    @property
    def item_id(self) -> str | None:
        return self._item.id if self._item else None

    def show_item(self, library: Library | None, item_id: str | None) -> None:
        """Show an item (None clears the pane). Calling it again refreshes the shown item."""
        if library is not None:
            self.set_library(library)
        item = self._library.items.get(item_id) if (self._library and item_id) else None
        if self._item is not None and (item is None or item.id != self._item.id):
            self._commit_note()
        self._item = item
        if item is not None:
            self.ensure_built()
        self.empty.setVisible(item is None)
        if not self.built:
            return
        self.splitter.setVisible(item is not None)
        if item is None or self._library is None:
            return
        source = self._library.source_of(item)
        kind = self._library.taxonomy.label(item.kind)
        where = f" · {item.locator}" if item.locator else ""
        self.heading.setText(f"<b>{_esc(kind)}</b>{_esc(where)} · {_esc(source.short_title or source.title)}")
        self.review_label.setVisible(item.needs_review)
        self.lead_in.setText(f"<i>{_esc(item.lead_in)}</i>")
        self.lead_in.setVisible(bool(item.lead_in))
        self.quote.setText(f"“{item.text}”")
        self.section.setText(ui.tr("Section: {section}").format(section=item.section) if item.section else "")
        self.section.setVisible(bool(item.section))
        self.citation.setText(citation_text(source, item))
        self.themes.set_selected(item.themes)
        self.audiences.set_selected(item.audiences)
        if not self.note.document().isModified():  # what the user is typing stays until committed
            self.note.setPlainText(item.note)
            self.note.document().setModified(False)
        if item.origin == ORIGIN_USER:
            self.origin_label.setText(ui.tr("Your own item: edit or delete it freely."))
        elif item.overridden:
            self.origin_label.setText(ui.tr("Bundled item with your edits (the original is kept)."))
        else:
            self.origin_label.setText(ui.tr("Bundled item: your tag and note edits are kept as overrides."))
        self.revert_button.setVisible(item.overridden)
        self.source_title.setText(
            ui.tr("<b>In the source:</b> {title}").format(title=_esc(source.short_title or source.title))
        )
        self.source_title.setToolTip(source.title)
        self.source_view.show_span(source.id, source.text, item.span)

    # -- actions -----------------------------------------------------------
    def quote_with_citation(self) -> str:
        if self._item is None or self._library is None:
            return ""
        item = self._item
        return f"“{item.text}”\n{citation_text(self._library.source_of(item), item)}"

    @Slot()
    def copy_citation(self) -> None:
        if self._item is not None:
            QGuiApplication.clipboard().setText(self.citation.text())

    @Slot()
    def copy_quote(self) -> None:
        if self._item is not None:
            QGuiApplication.clipboard().setText(self.quote_with_citation())

    @Slot()
    def _on_add(self) -> None:
        if self._item is not None:
            self.add_to_pack_requested.emit([self._item.id])

    @Slot(tuple)
    def _on_tags(self, _selection: tuple) -> None:
        if self._item is not None:
            self.tags_edited.emit(self._item.id, self.themes.selected(), self.audiences.selected())

    @Slot()
    def _on_revert(self) -> None:
        if self._item is not None:
            self.revert_requested.emit(self._item.id)

    def commit_pending(self) -> None:
        """Commit a note being typed (before undo, save or close)."""
        if self.built:
            self._commit_note()

    def _commit_note(self) -> None:
        if not self.note.document().isModified():
            return
        self.note.document().setModified(False)
        if self._item is not None and self.note.toPlainText() != self._item.note:
            self.note_edited.emit(self._item.id, self.note.toPlainText())

    def eventFilter(self, watched: QObject, event: QtCore.QEvent) -> bool:
        # QtCore.QEvent, looked up here: its Python type (179 event types) is set up with the
        # first event filtered, not at start-up.
        if watched is self.note and event.type() == QtCore.QEvent.Type.FocusOut:
            self._commit_note()
        return super().eventFilter(watched, event)

    def refresh_colors(self) -> None:
        """After an appearance change: widgets with a style sheet keep the palette they were
        polished with until the sheet is set again."""
        if self.built:
            info = self.info_scroll.widget()
            info.setStyleSheet("")
            info.setStyleSheet(CHIP_STYLE)
            self.source_view.refresh_colors()

    # -- the pane's layout between runs ----------------------------------------
    def restore_state(self, ui_state: UiState) -> None:
        """Take the saved split of quote and source; kept until the item view is built."""
        state = ui_state.blob(SPLIT_KEY)
        if state is None:
            return
        if self.built:
            self._sizes_set = self.splitter.restoreState(state)
        else:
            self._splitter_state = state

    def save_state(self, ui_state: UiState) -> None:
        """The split to keep: the restored one while the item view is not built yet."""
        state = self.splitter.saveState() if self.built else self._splitter_state
        if state is not None:
            ui_state.set_blob(SPLIT_KEY, state)

    def _fit_splitter(self, width: int) -> None:
        if not self._sizes_set and width >= 300:
            self._sizes_set = True
            self.splitter.setSizes([width * 55 // 100, width * 45 // 100])


def _hline() -> QWidget:
    line = QFrame()
    line.setFrameShape(QFrame.Shape.HLine)
    line.setFrameShadow(QFrame.Shadow.Sunken)
    return line


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
