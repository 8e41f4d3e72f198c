"""Berlin's official MSS 2021 results reproduced from the raw shares (../shared, when present)."""

from __future__ import annotations

import sys

import pytest
from helpers import ROOT

sys.path.insert(0, str(ROOT / "scripts"))
import validate_berlin  # noqa: E402


@pytest.mark.skipif(not validate_berlin.DEFAULT_DIR.exists(), reason="../shared/reference not present")
def test_official_status_and_dynamik_reproduced():
    result = validate_berlin.validate()
    assert result.official_rated == 536
    assert result.rated == 536
    assert result.status_equal == 536
    assert result.dynamik_equal == 536
    assert result.max_status_diff <= 0.01
    assert result.max_dynamik_diff <= 0.01
