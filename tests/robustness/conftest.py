"""Options for the robustness tests: ``--soak N`` (or SGP_SOAK=N) runs N kills / N monkey actions."""

from __future__ import annotations

import os

import pytest


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--soak", type=int, default=None, metavar="N",
                     help="robustness soak: N process kills in the crash tests and N random UI actions in the "
                          "monkey test (default: CI-sized; also SGP_SOAK=N)")


@pytest.fixture(scope="session")
def soak(request: pytest.FixtureRequest) -> int | None:
    """N from --soak or SGP_SOAK, or None in the default (CI) mode."""
    value = request.config.getoption("--soak")
    if value is None and os.environ.get("SGP_SOAK"):
        value = int(os.environ["SGP_SOAK"])
    return value
