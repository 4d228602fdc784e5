"""docs/spec/ is a copy of the external contracts (../shared/spec/), kept in the repository
so that code and docs can point inside it; when ../shared is beside the checkout, the copy
must be the same, byte for byte. What PeerJournal adds lives in docs/spec/extensions.md."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
VENDORED = ROOT / "docs" / "spec"
SHARED = ROOT.parent / "shared" / "spec"
CONTRACTS = ("cli.md", "interchange-v1.md", "report.md")


@pytest.mark.parametrize("name", CONTRACTS)
def test_the_vendored_contract_is_there(name: str) -> None:
    assert (VENDORED / name).read_text("utf-8").startswith("# ")


@pytest.mark.parametrize("name", CONTRACTS)
def test_the_vendored_contract_is_the_shared_one(name: str) -> None:
    if not (SHARED / name).is_file():
        pytest.skip("../shared/spec is not beside this checkout")
    assert (VENDORED / name).read_bytes() == (SHARED / name).read_bytes(), (
        f"docs/spec/{name} differs from ../shared/spec/{name}: copy it again"
    )
