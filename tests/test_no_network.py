"""Nothing opens a network socket: the app works on a plane."""

from __future__ import annotations

import ast
import socket
from pathlib import Path

import pytest
from helpers import NetworkUsed

import planner

NETWORK_MODULES = {"socket", "urllib", "http", "ftplib", "smtplib", "requests", "httpx", "aiohttp",
                   "PySide6.QtNetwork", "PySide6.QtWebEngineCore", "ssl", "asyncio"}


def test_the_guard_catches_a_connection():
    with pytest.raises(NetworkUsed, match="^network use is forbidden in the app: socket"):
        socket.create_connection(("192.0.2.1", 80), timeout=0.1)


def test_no_module_of_the_app_imports_networking():
    root = Path(planner.__file__).parent
    offenders = []
    for path in root.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = ([a.name for a in node.names] if isinstance(node, ast.Import)
                     else [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            for name in names:
                if any(name == m or name.startswith(m + ".") for m in NETWORK_MODULES):
                    offenders.append(f"{path.relative_to(root)}: {name}")
    assert offenders == []


def test_a_whole_session_uses_no_network(sample_window, qtbot):
    """Open the sample plan, select every goal, export JSON: the audit hook fails the test on any socket."""
    for goal in sample_window.document.goals():
        sample_window.goal_list.select_goal(goal.id)
    assert sample_window.pages.currentWidget() is sample_window.detail
