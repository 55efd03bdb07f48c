"""Where the app's shipped resources are: icons, fonts, translations, sample files.

The same code runs from a source checkout (resources/ at the top of the
repository), from an installed wheel (planner/resources, copied in by the
build) and from a PyInstaller bundle (the same folder inside the bundle).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path


@cache
def resource_dir() -> Path:
    here = Path(__file__).resolve().parent
    for candidate in (here / "resources", here.parent.parent / "resources"):
        if (candidate / "icons").is_dir():
            return candidate
    raise FileNotFoundError(f"the app's resources folder is missing (looked beside {here})")


def resource(*parts: str) -> Path:
    return resource_dir().joinpath(*parts)


def licence_file() -> Path:
    """The app's licence (GPL-3.0): copied into licenses/ by the builds, at the top of a source checkout."""
    shipped = resource("licenses", "LICENSE")
    return shipped if shipped.is_file() else resource_dir().parent / "LICENSE"
