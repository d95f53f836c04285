"""Fixtures for export tests: a brief spec over real library items."""

from __future__ import annotations

import pytest

from app.core.compose import BriefSpec


def pick(workspace, n: int, kinds: tuple[str, ...] = ("recommendation", "commitment", "fact")) -> list[str]:
    """n items spread over the library (every k-th), deterministic."""
    items = [i for i in workspace.library if i.kind in kinds]
    step = max(1, len(items) // n)
    return [i.id for i in items[::step][:n]]


@pytest.fixture
def spec(workspace) -> BriefSpec:
    ids = pick(workspace, 12)
    return BriefSpec.make(
        title="Side event on child trafficking",
        subtitle="Brief for the delegation",
        meeting="Conference of the Parties, Vienna",
        date="2025-10-14",
        author="Desk officer",
        audience_note="Head of delegation.",
        key_messages=("Invest in prevention.", "Hear survivors."),
        entries=tuple((item_id, "Raise this." if n == 1 else "") for n, item_id in enumerate(ids)),
    )
