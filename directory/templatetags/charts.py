"""Horizontal bar charts drawn on the server as SVG: no charting script, readable without JavaScript.

Geometry is computed here so the template stays declarative. In a right-to-left language the chart is mirrored:
labels on the right, bars growing leftwards from them, values after the bar's end.
"""

from django import template
from django.utils.translation import get_language_bidi

register = template.Library()

WIDTH = 720
LABEL_WIDTH = 280
VALUE_WIDTH = 110
ROW_HEIGHT = 26
BAR_HEIGHT = 16
GAP = 6
LABEL_CHARACTERS = 40


def _shorten(text):
    text = str(text)
    return text if len(text) <= LABEL_CHARACTERS else f"{text[: LABEL_CHARACTERS - 1]}…"


def _mirror(x, width, rtl):
    """The left edge of a span [x, x + width] drawn in the reading direction."""
    return WIDTH - x - width if rtl else x


@register.inclusion_tag("includes/bar_chart.html")
def bar_chart(table, column, title, label_column=None):
    """A bar per row of ``table``, its length the number in cell ``column``.

    ``label_column`` adds that cell's text to the row label (the kind of support next to the sector, say).
    A cell with no number (an unknown figure) gets no bar, and says so.
    """
    rtl = get_language_bidi()
    plot = WIDTH - LABEL_WIDTH - VALUE_WIDTH
    numbers = [row.cells[column].number for row in table.rows]
    largest = max((n for n in numbers if n is not None), default=0) or 1
    bars = []
    for index, row in enumerate(table.rows):
        cell = row.cells[column]
        label = row.label if label_column is None else f"{row.label} – {row.cells[label_column].display}"
        length = 0 if cell.number is None else round(float(cell.number) / float(largest) * plot, 1)
        # Positions in reading order (start = left in LTR), then mirrored for RTL.
        bars.append(
            {
                "label": _shorten(label),
                "full_label": label,
                "value": cell.display,
                "known": cell.number is not None,
                "y": index * ROW_HEIGHT,
                "bar_y": index * ROW_HEIGHT + (ROW_HEIGHT - BAR_HEIGHT) / 2,
                "text_y": index * ROW_HEIGHT + ROW_HEIGHT / 2,
                "label_x": _mirror(LABEL_WIDTH - GAP, 0, rtl),
                "bar_x": _mirror(LABEL_WIDTH, length, rtl),
                "bar_width": length,
                "value_x": _mirror(LABEL_WIDTH + length + GAP, 0, rtl),
            }
        )
    return {
        "id": f"chart-{table.name}-{column}",
        "title": title,
        "bars": bars,
        "width": WIDTH,
        "height": max(len(bars), 1) * ROW_HEIGHT,
        "bar_height": BAR_HEIGHT,
        "rtl": rtl,
    }
