"""The app's licence and the third-party notices: present, complete, and shipped with the app."""

from __future__ import annotations

import re
import tomllib
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LICENSES = ROOT / "resources" / "licenses"
NOTICES = (LICENSES / "THIRD-PARTY-NOTICES.md").read_text(encoding="utf-8")


def runtime_distributions() -> set[str]:
    """The installed distributions the app needs at run time: its requirements, and theirs, without extras."""
    found: set[str] = set()

    def walk(name: str) -> None:
        key = re.sub(r"[-_.]+", "-", name).lower()
        if key in found:
            return
        found.add(key)
        try:
            requires = metadata.distribution(name).requires or []
        except metadata.PackageNotFoundError:  # e.g. colorama, which click needs on Windows only
            return
        for requirement in requires:
            if "extra ==" not in requirement:
                walk(re.split(r"[ ;<>=!~\[(]", requirement, maxsplit=1)[0])

    walk("social-goal-planner")
    return found - {"social-goal-planner"}


def test_the_licence_is_the_gpl_version_3_and_the_package_says_so():
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert "GNU GENERAL PUBLIC LICENSE" in text and "Version 3, 29 June 2007" in text
    assert "END OF TERMS AND CONDITIONS" in text  # the whole text, not a summary
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert project["project"]["license"] == "GPL-3.0-or-later"


def test_every_runtime_dependency_is_named_in_the_notices():
    names = {re.sub(r"[-_.]+", "-", n).lower() for n in re.findall(r"^\| ([\w .-]+?)(?: \(|\s\|)", NOTICES, re.M)}
    missing = sorted(d for d in runtime_distributions() if d not in names and d.replace("-essentials", "") not in names)
    assert not missing, f"add to resources/licenses/THIRD-PARTY-NOTICES.md: {missing}"


def test_every_licence_text_the_notices_name_is_shipped():
    named = set(re.findall(r"`([\w./-]+\.(?:txt|md))`", NOTICES))
    assert named
    for name in named:
        assert (LICENSES / name).is_file() or (ROOT / "resources" / name).is_file(), name
    for text in LICENSES.glob("*.txt"):
        assert f"`{text.name}`" in NOTICES, f"{text.name} is shipped but no component names it"


def test_every_bundled_font_and_icon_is_covered():
    for font in (ROOT / "resources" / "fonts").glob("*.ttf"):
        assert f"fonts/{font.name}" in NOTICES, font.name
    brand_notes = (ROOT / "resources" / "icons" / "LICENSES.md").read_text(encoding="utf-8")
    for icon in (ROOT / "resources" / "icons").glob("platform-*.svg"):
        if icon.name != "platform-website.svg":
            assert f"| {icon.name} |" in brand_notes, f"{icon.name}: its source is not in icons/LICENSES.md"
    assert "every other file in `icons/`" in NOTICES


def test_the_builds_ship_the_licence_beside_the_notices():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    include = project["tool"]["hatch"]["build"]["targets"]["wheel"]["force-include"]
    assert include["resources"] == "planner/resources"
    assert include["LICENSE"] == "planner/resources/licenses/LICENSE"
    spec = (ROOT / "packaging" / "planner.spec").read_text(encoding="utf-8")
    assert 'datas += [(str(ROOT / "LICENSE"), "planner/resources/licenses")]' in spec
