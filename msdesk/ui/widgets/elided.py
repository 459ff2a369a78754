"""A one-line label that ends in "…" when its text is wider than the room it gets.

The whole text is then in its tooltip (and still what ``full_text()`` returns),
so a long name, URL or ID never widens its pane past the window. ``text()``
is the whole text; ``shown_text()`` what fits.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFontMetricsF, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


class ElidedLabel(QLabel):
    """A plain-text QLabel that elides at its right edge, with the whole text in the tooltip."""

    def __init__(self, text: str = "", parent: QWidget | None = None, **kwargs: object) -> None:
        super().__init__(parent, **kwargs)
        self._full = ""
        self._tip = ""
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, self.sizePolicy().verticalPolicy())
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("…") * 4)
        self.setText(text)

    def text(self) -> str:
        """The whole text, as it was set (what is shown may end in "…")."""
        return self._full

    def shown_text(self) -> str:
        return super().text()

    def is_elided(self) -> bool:
        return super().text() != self._full

    def setText(self, text: str) -> None:
        self._full = text
        self._elide()

    def setToolTip(self, tip: str) -> None:
        """A tooltip of its own; while elided, the whole text is shown under it."""
        self._tip = tip
        self._elide()

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        # Rounded up: the whole-pixel advance can be a fraction short, and the text would end in "…".
        width = math.ceil(QFontMetricsF(self.font()).horizontalAdvance(self._full))
        return QSize(width + self._frame(), hint.height())

    def minimumSizeHint(self) -> QSize:
        return QSize(self.minimumWidth(), super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def changeEvent(self, event: object) -> None:
        super().changeEvent(event)  # type: ignore[arg-type]
        self._elide()

    def _frame(self) -> int:
        margins = self.contentsMargins()
        return margins.left() + margins.right() + 2 * self.margin() + 2 * max(self.indent(), 0)

    def _elide(self) -> None:
        room = self.width() - self._frame()
        shown = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, max(room, 0))
        if shown != super().text():
            super().setText(shown)
        elided = shown != self._full
        parts = [self._full] if elided else []
        if self._tip and self._tip not in parts:
            parts.append(self._tip)
        tip = "\n\n".join(parts)
        if tip != super().toolTip():
            super().setToolTip(tip)
