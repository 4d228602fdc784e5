"""Record ids made by the app: short, random, non-identifying."""

from __future__ import annotations

import secrets

PREFIXES = {
    "people": "p",
    "clinicians": "c",
    "encounters": "e",
    "reflections": "r",
    "goals": "g",
    "consents": "k",
    "referrals": "f",
    "disclosures": "d",
}


def new_id(kind: str) -> str:
    """A fresh id such as "e-3f9c1a2b7d" for a list name ("encounters") or a bare prefix ("e")."""
    prefix = PREFIXES.get(kind, kind)
    return f"{prefix}-{secrets.token_hex(5)}"
