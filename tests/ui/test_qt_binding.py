"""The Qt binding itself: guard against a known refcount bug of PySide6 6.12.0.

With 6.12.0 every call from C++ into a Python override that returns a bool
(QWizardPage.isComplete, validatePage, filterAcceptsRow...) drops a
reference to True or False, and on Python 3.11 the interpreter aborts once
one of them is "freed" ("bool_dealloc: deallocating True or False").  From
Python 3.12 True and False are immortal: the lost references change nothing
and cannot be seen, so there the release is recognised by its version.
pyproject.toml keeps 6.12 out; these tests fail if a release with the bug
comes back in.  (Checked against 6.12.0 in a scratch environment: 200 calls
of isComplete took True from 390 references to 190, and the interpreter
aborted at exit.)
"""

from __future__ import annotations

import sys

import PySide6
import pytest
from PySide6.QtWidgets import QWizard, QWizardPage

#: Releases that drop a reference to the bool a Python override returns.
DROPS_BOOL_REFERENCES = {"6.12.0"}


class _Page(QWizardPage):
    def isComplete(self) -> bool:  # noqa: N802
        return True


def test_the_binding_is_not_a_release_that_drops_references():
    assert PySide6.__version__ not in DROPS_BOOL_REFERENCES


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="True is immortal from Python 3.12: its reference count "
                                                         "neither changes nor shows the bug (see the version test)")
def test_bool_returning_overrides_keep_their_references(qtbot):
    wizard = QWizard()
    page = _Page()
    wizard.addPage(page)
    wizard.addPage(QWizardPage())
    qtbot.addWidget(wizard)
    wizard.show()
    before = sys.getrefcount(True)
    assert before < 2**30, "True looks immortal here: this count would show nothing"
    for _ in range(200):
        page.completeChanged.emit()  # the wizard asks the page's isComplete() each time
    assert sys.getrefcount(True) >= before - 5  # 6.12.0: before - 200
