"""Shared fixtures: every test runs offscreen, away from the user's settings and data, without network."""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

import pytest  # noqa: E402
from helpers import TODAY, network_guard  # noqa: E402
from hypothesis import HealthCheck, settings  # noqa: E402

# The same examples on every machine and no per-example deadline: a busy two-core CI must neither
# flake on timing nor find by luck what a quiet run misses.  HYPOTHESIS_PROFILE=explore searches afresh.
settings.register_profile("ci", derandomize=True, deadline=None, print_blob=True,
                          suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("explore", deadline=None, max_examples=1000)
# mutation testing runs the suite once per mutant: a few examples each (tests scale theirs by the profile's)
settings.register_profile("mutation", parent=settings.get_profile("ci"), max_examples=10)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Every property test keeps the profile's determinism and its missing deadline: a test's own
    ``@settings(...)`` may ask for more examples, never for a random seed or a time limit."""
    profile = settings.default
    for item in items:
        test = getattr(item, "obj", None)
        if not getattr(test, "is_hypothesis_test", False):
            continue
        own = getattr(test, "_hypothesis_internal_use_settings", None)
        if own is None:
            raise pytest.UsageError("Hypothesis no longer says a test's settings: update tests/conftest.py")
        if own.derandomize != profile.derandomize or own.deadline != profile.deadline:
            raise pytest.UsageError(f"{item.nodeid}: its @settings override the profile's derandomize="
                                    f"{profile.derandomize} or deadline={profile.deadline}; drop them")


sys.addaudithook(network_guard)


@pytest.fixture(autouse=True)
def isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Settings and data folders of a throwaway user, so tests never touch the real ones."""
    home = tmp_path_factory.mktemp("home")
    for var, sub in (("HOME", ""), ("XDG_CONFIG_HOME", ".config"), ("XDG_DATA_HOME", ".local/share"),
                     ("XDG_CACHE_HOME", ".cache")):
        monkeypatch.setenv(var, str(home / sub))
    return home


@pytest.fixture(scope="session")
def sample_plan_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from planner.exchange.sample_plan import write_sample_plan

    return write_sample_plan(tmp_path_factory.mktemp("sample") / "sample.sgplan", today=TODAY)


@pytest.fixture
def sample_plan(sample_plan_master: Path, tmp_path: Path) -> Path:
    """A fresh copy of the sample plan (a bakery, six goals) for one test."""
    import shutil

    target = tmp_path / "bakery.sgplan"
    shutil.copy(sample_plan_master, target)
    return target


@pytest.fixture
def qt_settings(qapp, tmp_path: Path):
    from PySide6.QtCore import QSettings, QStandardPaths

    from planner.app import configure_application

    from planner.ui import preferences

    configure_application(qapp)
    QStandardPaths.setTestModeEnabled(True)
    preferences.apply(qapp, preferences.Preferences(language="en"))
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot, qt_settings, monkeypatch: pytest.MonkeyPatch):
    """The main window with no plan, modal dialogs replaced by recorders."""
    from planner.ui.dialogs import ask
    from planner.ui.main_window import MainWindow

    errors: list[tuple[str, str]] = []
    monkeypatch.setattr(ask, "error", lambda parent, title, text, details="": errors.append((title, text + details)))
    monkeypatch.setattr(ask, "info", lambda parent, title, text: errors.append((title, text)))
    w = MainWindow(qt_settings)
    w.errors = errors
    qtbot.addWidget(w)
    w.show()
    yield w
    if w.document is not None:
        w.set_document(None)


@pytest.fixture
def sample_window(window, sample_plan: Path):
    assert window.open_path(sample_plan)
    window.document.set_today(TODAY)
    return window
