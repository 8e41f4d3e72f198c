"""Reference 2SFCA / E2SFCA values from PySAL ``access`` (run in the separate .venv/access).

Reads JSON from stdin: ``demand`` [[id, need]], ``supply`` [[id, capacity]],
``cost`` [[demand id, supply id, distance]], ``radius``, ``decay`` (none |
linear | gaussian, the weights of core/offergap.py). Writes JSON {demand id:
accessibility}, demand points without any offer in reach are 0.
"""

import json
import math
import sys

import pandas as pd
from access import Access


def weight_fn(decay, radius):
    """The decay of core/offergap.py as a PySAL weight function (None for 2SFCA)."""
    edge = math.exp(-0.5)
    if decay == "linear":
        return lambda d: 1.0 - d / radius
    if decay == "gaussian":
        return lambda d: (math.exp(-0.5 * (d / radius) ** 2) - edge) / (1.0 - edge)
    return None


def main():
    data = json.load(sys.stdin)
    demand = pd.DataFrame(data["demand"], columns=["id", "need"]).set_index("id")
    supply = pd.DataFrame(data["supply"], columns=["id", "kap"]).set_index("id")
    cost = pd.DataFrame(data["cost"], columns=["origin", "dest", "cost"])
    model = Access(
        demand_df=demand,
        demand_index=True,
        demand_value="need",
        supply_df=supply,
        supply_index=True,
        supply_value="kap",
        cost_df=cost,
        cost_origin="origin",
        cost_dest="dest",
        cost_name="cost",
    )
    radius, decay = data["radius"], data["decay"]
    if decay == "none":
        out = model.two_stage_fca(name="fca", max_cost=radius)
    else:
        out = model.enhanced_two_stage_fca(name="fca", max_cost=radius, weight_fn=weight_fn(decay, radius))
    values = out["fca_kap"].reindex(demand.index).fillna(0.0)
    json.dump({str(k): float(v) for k, v in values.items()}, sys.stdout)


if __name__ == "__main__":
    main()
