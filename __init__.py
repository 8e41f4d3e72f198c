"""Sozialplanung: strategic social planning for QGIS."""


def classFactory(iface):  # noqa: N802 - QGIS entry point
    """Create the plugin (iface is None in qgis_process)."""
    from .plugin import SozialplanungPlugin

    return SozialplanungPlugin(iface)
