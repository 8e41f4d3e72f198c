"""Reading and writing of the algorithms: layers in (``reading``, with the bulk path in
``arrow``), results out (``writing``), and the registry of a run's outputs (``outputs``)."""
