"""Icons from resources/icons, by name, cached."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from planner.paths import resource


@cache
def icon(name: str) -> QIcon:
    """The icon ``resources/icons/<name>.svg``; an empty icon when it is missing."""
    path = resource("icons", f"{name}.svg")
    return QIcon(str(path)) if path.exists() else QIcon()


def platform_icon(platform_id: str) -> QIcon:
    return icon(f"platform-{platform_id}")

