"""Method core of Sozialplanung: numpy/pandas only, no QGIS import."""
