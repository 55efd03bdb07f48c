"""Marking text for translation without importing Qt.

The domain holds user-visible words (catalog names, findings) but must not
depend on Qt.  Strings are marked with ``QT_TRANSLATE_NOOP(context, text)``:
``pyside6-lupdate`` finds them by that name, the function returns the English
text unchanged, and the UI translates it with ``QCoreApplication.translate``
under the same context.
"""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - lupdate looks for this name
    """Return *text* unchanged; the call marks it for ``pyside6-lupdate``."""
    del context
    return text
