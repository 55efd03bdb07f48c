"""Constants and small helpers the tests share (importable as ``helpers``)."""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

#: The sample plan and the UI tests are pinned to this day, so statuses do not follow the calendar.
TODAY = date(2026, 11, 22)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


_NETWORK_EVENTS = {"socket.connect", "socket.bind", "socket.getaddrinfo", "socket.gethostbyname",
                   "urllib.Request", "http.client.connect"}


class NetworkUsed(AssertionError):
    pass


def network_guard(event: str, args: tuple) -> None:
    """Refuse any network use from Python code: the app must work on a plane."""
    if event not in _NETWORK_EVENTS:
        return
    if event.startswith("socket.") and args:
        sock = args[0]
        family = getattr(sock, "family", None)
        if family is not None and int(family) == 1:  # AF_UNIX: local, not network
            return
    raise NetworkUsed(f"network use is forbidden in the app: {event} {args!r:.200}")


def type_keys(qtbot, widget, text: str) -> None:
    """Type *text* into *widget* as key presses and releases, like ``qtbot.keyClicks``, also for
    characters QTest cannot name (Persian and Arabic-Indic digits): those arrive as a key event
    carrying the character, as a Persian or Arabic keyboard layout sends them."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(widget, ch)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, ord(ch), Qt.KeyboardModifier.NoModifier, ch))


def run_cli(capsys, *argv) -> tuple[int, str, str]:
    """``planner ARGV`` in this process: exit code, stdout, stderr (never a traceback)."""
    from planner import cli

    code = cli.main([str(a) for a in argv])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err
