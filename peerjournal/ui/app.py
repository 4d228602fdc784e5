"""The desktop app: QApplication setup and `main()`.

`main(["--vault", PATH])` opens the window on the welcome screen; with no
journal anywhere, the welcome screen offers to create one or try the demo.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from peerjournal import paths
from peerjournal.services import settings as app_settings
from peerjournal.ui import i18n

MIN_POINT_SIZE = 10.5  # readable on a laptop in a moving van


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    """The window's own options (Qt's, like -platform, pass through)."""
    parser = argparse.ArgumentParser(prog="peerjournal gui", add_help=True)
    parser.add_argument("--vault", metavar="PATH", help="the journal to open")
    # For packaging checks: open the window, let it paint, close it, exit 0.
    parser.add_argument("--smoke-test", action="store_true", help=argparse.SUPPRESS)
    args, _qt_args = parser.parse_known_args(list(argv) if argv is not None else sys.argv[1:])
    return args


def light_palette() -> QPalette:
    """Calm, warm light colours with enough contrast (WCAG AA for text)."""
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#f5f4f0",
        QPalette.ColorRole.WindowText: "#1f2328",
        QPalette.ColorRole.Base: "#ffffff",
        QPalette.ColorRole.AlternateBase: "#f0efea",
        QPalette.ColorRole.Text: "#1f2328",
        QPalette.ColorRole.Button: "#ecebe6",
        QPalette.ColorRole.ButtonText: "#1f2328",
        QPalette.ColorRole.Highlight: "#2f6f73",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.ToolTipBase: "#ffffff",
        QPalette.ColorRole.ToolTipText: "#1f2328",
        QPalette.ColorRole.PlaceholderText: "#6b7075",
        QPalette.ColorRole.Link: "#1d5f8a",
        QPalette.ColorRole.Mid: "#c9c7c0",
        QPalette.ColorRole.Midlight: "#e3e1db",
        QPalette.ColorRole.Dark: "#a19f98",
        QPalette.ColorRole.Light: "#ffffff",
    }
    for role, colour in roles.items():
        palette.setColor(role, QColor(colour))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor("#8a8d91"))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor("#8a8d91"))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText, QColor("#8a8d91"))
    return palette


def dark_palette() -> QPalette:
    """The same calm look for a dark desktop."""
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#1e2124",
        QPalette.ColorRole.WindowText: "#e6e6e3",
        QPalette.ColorRole.Base: "#16181a",
        QPalette.ColorRole.AlternateBase: "#23272a",
        QPalette.ColorRole.Text: "#e6e6e3",
        QPalette.ColorRole.Button: "#2a2e32",
        QPalette.ColorRole.ButtonText: "#e6e6e3",
        QPalette.ColorRole.Highlight: "#4f9a9e",
        QPalette.ColorRole.HighlightedText: "#0d0f10",
        QPalette.ColorRole.ToolTipBase: "#2a2e32",
        QPalette.ColorRole.ToolTipText: "#e6e6e3",
        QPalette.ColorRole.PlaceholderText: "#9a9ea3",
        QPalette.ColorRole.Link: "#7cb7e0",
        QPalette.ColorRole.Mid: "#3a3f44",
        QPalette.ColorRole.Midlight: "#33383d",
        QPalette.ColorRole.Dark: "#101214",
        QPalette.ColorRole.Light: "#44494f",
    }
    for role, colour in roles.items():
        palette.setColor(role, QColor(colour))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor("#7d8186"))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor("#7d8186"))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText, QColor("#7d8186"))
    return palette


def follow_color_scheme(app: QApplication) -> None:
    """Light or dark as the system says, now and whenever it changes."""
    scheme = app.styleHints().colorScheme()
    app.setPalette(dark_palette() if scheme == Qt.ColorScheme.Dark else light_palette())


def install_translations(app: QApplication) -> str:
    """Qt's own strings and ours in the language chosen in Settings, else the
    system's (English when we do not speak it). Returns the language code."""
    return i18n.install(app, app_settings.load().language)


def make_application(argv: Sequence[str] | None = None) -> QApplication:
    """The QApplication, set up once: high-DPI, style, palette, font, translations."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app = existing
    else:
        # Fractional scaling (125 %, 150 %) as the screen asks, without blurry rounding.
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
        app = QApplication([sys.argv[0] if sys.argv else "peerjournal", *(argv or [])])
    app.setApplicationName(paths.APP_NAME)
    app.setApplicationDisplayName(paths.APP_NAME)
    app.setDesktopFileName(paths.DESKTOP_ID)
    if "Fusion" in QStyleFactory.keys():  # noqa: SIM118 (a list, not a dict)
        app.setStyle("Fusion")  # the same calm look on every desktop
    follow_color_scheme(app)
    with contextlib.suppress(AttributeError, TypeError):
        app.styleHints().colorSchemeChanged.connect(lambda _scheme: follow_color_scheme(app))
    font = QFont(app.font())
    if font.pointSizeF() < MIN_POINT_SIZE:
        font.setPointSizeF(MIN_POINT_SIZE)
        app.setFont(font)
    install_translations(app)
    return app


SMOKE_TEST_MS = 800


def main(argv: Sequence[str] | None = None) -> int:
    """Open the window (welcome screen first) and run until it closes."""
    args = parse_args(argv)
    app = make_application([])
    from peerjournal.ui.views.main_window import MainWindow  # after the app exists

    window = MainWindow(vault_path=Path(args.vault).expanduser() if args.vault else None)
    window.show()
    if args.smoke_test:
        QTimer.singleShot(SMOKE_TEST_MS, app.quit)
    try:
        code = int(app.exec())
        if args.smoke_test:
            print(f"PeerJournal window opened: {window.windowTitle()}")
        return code
    finally:
        window.shutdown()


if __name__ == "__main__":
    raise SystemExit(main())
