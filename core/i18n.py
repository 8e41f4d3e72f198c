"""Translation marker for core messages (no Qt import; pylupdate5 reads it)."""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - Qt's name
    """Return ``text`` unchanged; pylupdate5 extracts it into the context."""
    return text
