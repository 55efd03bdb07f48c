"""The Qt binding itself: guard against a known refcount bug of PySide6 6.12.0.

With 6.12.0 every call from C++ into a Python override that returns a bool
(QWizardPage.isComplete, validatePage, filterAcceptsRow...) drops a
reference to True or False, and the interpreter aborts once one of them is
"freed".  pyproject.toml keeps 6.12 out; this test fails if a release with
the bug comes back in.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QWizard, QWizardPage


class _Page(QWizardPage):
    def isComplete(self) -> bool:  # noqa: N802
        return True


def test_bool_returning_overrides_keep_their_references(qtbot):
    wizard = QWizard()
    page = _Page()
    wizard.addPage(page)
    wizard.addPage(QWizardPage())
    qtbot.addWidget(wizard)
    wizard.show()
    before = sys.getrefcount(True)
    for _ in range(200):
        page.completeChanged.emit()
    assert sys.getrefcount(True) >= before - 5
