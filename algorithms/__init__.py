"""Processing algorithms and provider of Sozialplanung."""
