"""Fixtures the window's tests share."""

from __future__ import annotations

import pytest

from planner.ui import preferences
from planner.ui.preferences import Preferences


@pytest.fixture
def language(qapp, qt_settings):
    """Switch the application's language for one test (``language("fa", calendar=...)``), back to English
    afterwards."""
    def use(code: str, **kw) -> str:
        return preferences.apply(qapp, Preferences(language=code, **kw))

    yield use
    preferences.apply(qapp, Preferences(language="en"))
