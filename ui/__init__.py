"""Dialogs of Sozialplanung (they run Processing algorithms, never reimplement them)."""
