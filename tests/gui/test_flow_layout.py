"""Rows of buttons wrap instead of squeezing their words; the group after a
stretch stays together at the right end of its line."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QPushButton, QVBoxLayout, QWidget

from peerjournal.ui.widgets.flow_layout import FlowLayout


def build(width: int) -> tuple[QWidget, list[QPushButton]]:
    page = QWidget()
    flow = FlowLayout(spacing=6)
    buttons = [QPushButton(text, page) for text in (
        "Nuevo encuentro", "Nueva reflexión", "Nueva meta", "Nueva derivación…")]
    for button in buttons:
        flow.addWidget(button)
    flow.add_stretch()
    right = [QPushButton(text, page) for text in ("Consentimientos…", "Divulgaciones…",
                                                  "Editar los datos")]
    for button in right:
        flow.addWidget(button)
    outer = QVBoxLayout(page)
    outer.addLayout(flow)
    outer.addStretch(1)
    page.resize(width, 200)
    page.show()
    QApplication.processEvents()
    return page, buttons + right


def test_buttons_wrap_whole_and_never_overlap(qtbot):
    for width in (320, 700, 1400):
        page, buttons = build(width)
        qtbot.addWidget(page)
        for button in buttons:
            assert button.width() >= button.sizeHint().width()  # never squeezed
            assert button.geometry().right() <= page.width()
        for first in buttons:
            for second in buttons:
                if first is not second:
                    assert not first.geometry().intersects(second.geometry())
        right = buttons[4:]
        if width >= 700:
            # The right-hand group is on one line, at the right end.
            assert len({b.y() for b in right}) == 1
            assert abs(right[-1].geometry().right() - (page.width() - 1)) <= 12
