"""Parts of the Sozialindex assistant (ui/sozialindex_assistant.py wires them).

- ``fields``: layer choice, id/population/exclusion fields, presets
- ``indicators``: the indicator table
- ``method``: method options (from the algorithms' parameters)
- ``dynamik``: the Dynamik step's year and field pairs
- ``parameters``: the algorithms' parameters and the run's steps
- ``preview``: the live preview through the algorithms, ``preview_layer`` its map layer
- ``runner``: the runs in background tasks and loading the styled result
"""
