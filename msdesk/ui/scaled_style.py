"""The widget style with its icon and check mark sizes following the text size (Settings → General).

Icons Qt sizes itself (a line edit's search icon, a combo box's items) and the
marks of check boxes and radio buttons are the style's metrics; at 200 % text
they would stay as small as at 100 %.
"""

from __future__ import annotations

from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleOption, QWidget

from msdesk.ui.theme import font_scale

_SCALED = frozenset({
    QStyle.PixelMetric.PM_SmallIconSize,
    QStyle.PixelMetric.PM_ButtonIconSize,
    QStyle.PixelMetric.PM_ListViewIconSize,
    QStyle.PixelMetric.PM_TabBarIconSize,
    QStyle.PixelMetric.PM_ToolBarIconSize,
    QStyle.PixelMetric.PM_IndicatorWidth,
    QStyle.PixelMetric.PM_IndicatorHeight,
    QStyle.PixelMetric.PM_ExclusiveIndicatorWidth,
    QStyle.PixelMetric.PM_ExclusiveIndicatorHeight,
})


class ScaledStyle(QProxyStyle):
    """The style named ``base`` (the platform's), with icons and check marks scaled like the text."""

    def __init__(self, base: str) -> None:
        super().__init__(base)
        self._name = base

    def pixelMetric(self, metric: QStyle.PixelMetric, option: QStyleOption | None = None,
                    widget: QWidget | None = None) -> int:
        value = super().pixelMetric(metric, option, widget)
        if metric in _SCALED:
            return round(value * font_scale() / 100)
        return value
