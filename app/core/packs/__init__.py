"""Packs: saved, reusable briefings (model, pure edits, proposal, refresh, storage, portable file)."""

from app.core.brief import GROUPINGS
from app.core.packs.edits import (
    add_items,
    duplicate,
    move_items,
    move_relative,
    new_pack,
    remove_items,
    replace_item,
    set_entries,
    set_excluded,
    set_key_messages,
    set_meta,
    set_note,
    set_pinned,
    set_rules,
)
from app.core.packs.operations import BuildResult, NewPack, PackExistsError
from app.core.packs.pack import PACK_SCHEMA_VERSION, Pack, PackEntry, Rules
from app.core.packs.portable import ImportedPack, PackFileError
from app.core.packs.proposal import Proposal, ProposalGroup
from app.core.packs.refresh import CATEGORIES, ItemChange, RefreshChoices, RefreshReport
from app.core.packs.snapshots import ResolvedEntry
from app.core.packs.store import HISTORY_LIMIT, PackConflictError, PackSummary, PackVersion

__all__ = [
    "CATEGORIES",
    "GROUPINGS",
    "HISTORY_LIMIT",
    "PACK_SCHEMA_VERSION",
    "BuildResult",
    "ImportedPack",
    "ItemChange",
    "NewPack",
    "Pack",
    "PackConflictError",
    "PackEntry",
    "PackExistsError",
    "PackFileError",
    "PackSummary",
    "PackVersion",
    "Proposal",
    "ProposalGroup",
    "RefreshChoices",
    "RefreshReport",
    "ResolvedEntry",
    "Rules",
    "add_items",
    "duplicate",
    "move_items",
    "move_relative",
    "new_pack",
    "remove_items",
    "replace_item",
    "set_entries",
    "set_excluded",
    "set_key_messages",
    "set_meta",
    "set_note",
    "set_pinned",
    "set_rules",
]
