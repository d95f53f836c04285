"""The pack operations (`workspace.packs`): rules run through search, snapshots, files, builds."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.core.compose import BriefSpec
from app.core.errors import ValidationError
from app.core.locales import check_language
from app.core.packs import edits
from app.core.packs.pack import DEFAULT_BRANDING, DEFAULT_TEMPLATE, Pack, PackEntry, Rules
from app.core.packs.portable import ImportedPack, read_pack_file, unpack, write_pack_file
from app.core.packs.proposal import Proposal, propose
from app.core.packs.refresh import ItemChange, RefreshChoices, RefreshReport, apply_refresh, refresh_report
from app.core.packs.snapshots import (
    STATUS_LIBRARY,
    STATUS_MISSING,
    ResolvedEntry,
    changed_fields,
    rebaseline,
    resolve_entries,
    sync_snapshots,
)
from app.core.packs.store import PackConflictError, PackStore, PackSummary, PackVersion
from app.core.storage import ReadOnlyStoreError

if TYPE_CHECKING:
    from app.core.exports import Exports
    from app.core.library import Library
    from app.core.search.contract import Query, SearchResult
    from app.core.storage import Store

# How many key facts a proposal offers beyond those the rules match themselves.
KEY_FACTS_OFFERED = 6
UNTITLED = "Untitled brief"


class PackExistsError(ValidationError):
    """The pack being imported is already among the user's packs (`pack_id` names it)."""

    def __init__(self, message: str, hint: str = "", pack_id: str = "") -> None:
        super().__init__(message, hint=hint)
        self.pack_id = pack_id


# What a pack holds as its user wrote it: not its id, dates, builds or embedded copies.
_NOT_CONTENT = ("id", "created", "updated", "built", "library_fingerprint", "items", "sources")


def _content(pack: Pack) -> dict:
    record = pack.to_record()
    for name in _NOT_CONTENT:
        record.pop(name, None)
    return record


@dataclass(frozen=True, slots=True)
class NewPack:
    """A pack made from a selection (not saved yet), and where its entries came from."""

    pack: Pack
    matched: int  # entries the selection's search matched
    facts_added: int  # key facts on its themes, added beyond the matches
    left_out: int = 0  # matches past the limit
    message: str = ""  # what the search had to say (ignored tags, ...)
    proposal: Proposal | None = None

    def summary(self) -> str:
        """One sentence for the user: how many entries, and why there are more than the matches."""
        noun = "item matches" if self.matched == 1 else "items match"
        parts = [f"{self.matched} {noun} the selection"]
        if self.left_out:
            parts[0] += f" ({self.left_out} more left out by the limit)"
        if self.facts_added:
            themes = ", ".join(self.pack.rules.themes)
            parts.append(
                f"{self.facts_added} key fact(s) on its themes ({themes}) were added: the brief "
                "prints them in its key-facts box"
            )
        text = "; ".join(parts) + "."
        return f"{text} {self.message}" if self.message else text


@dataclass(frozen=True, slots=True)
class BuildResult:
    """The files a build wrote, and what the user should know about them."""

    pack: Pack
    paths: tuple[Path, ...]
    changed_since_last_build: tuple[ItemChange, ...]
    missing: tuple[str, ...]
    warnings: tuple[str, ...]
    pages: int = 0  # the PDF's page count, when it was laid out
    budget: Any = None  # the page budget measured (export.pipeline.Budget), when there is one
    left_out: tuple[str, ...] = ()  # item ids keeping to the page target left out
    fit_note: str = ""  # the warning that says so (a window words it itself)


class PackOperations:
    """Saved packs and what is done with them, over the library, search and exports it is given."""

    def __init__(
        self,
        store: Store,
        library: Callable[[], Library],
        search: Callable[[Query], SearchResult],
        exports: Exports,
        defaults: Callable[[], dict[str, str]],
        brief_language: Callable[[], str],
    ) -> None:
        self.data = store
        self.store = PackStore(store)
        self.library = library  # the library as it is now (it is rebuilt after edits)
        self.search = search
        self.exports = exports
        self.defaults = defaults  # what a new pack starts with (the preferences)
        self.brief_language = brief_language

    # -- rules -------------------------------------------------------------
    def make_rules(self, themes: Sequence[str] = (), audiences: Sequence[str] = (), **fields: Any) -> Rules:
        """Rules from user input; an unknown theme, audience or kind is an error with suggestions."""
        themes, audiences = tuple(dict.fromkeys(themes)), tuple(dict.fromkeys(audiences))
        self.library().taxonomy.check(themes, audiences, fields.get("kinds", ()))
        fields = {k: tuple(v) if isinstance(v, list | tuple) else v for k, v in fields.items()}
        return Rules(themes=themes, audiences=audiences, **fields)

    def matches(self, rules: Rules) -> tuple[list[str], list[str], str]:
        """What the rules match now: (ranked item ids, ranked key facts on their themes, message)."""
        if rules.empty:
            return [], [], ""
        taxonomy = self.library().taxonomy
        themes = tuple(t for t in rules.themes if t in taxonomy.theme_ids)
        audiences = tuple(a for a in rules.audiences if a in taxonomy.audience_ids)
        kinds = tuple(k for k in rules.kinds if k in taxonomy.kind_ids)
        ignored = [
            t
            for t in (*rules.themes, *rules.audiences, *rules.kinds)
            if t not in (*themes, *audiences, *kinds)
        ]
        query = rules.query(themes=themes, audiences=audiences, kinds=kinds)
        messages = [f"Ignored tags this library does not know: {', '.join(ignored)}."] if ignored else []
        if rules.themes and not themes and not (rules.text.strip() or audiences or kinds or rules.sources):
            return [], [], " ".join(messages)
        result = self.search(query)
        if result.message:
            messages.append(result.message)
        ranked = [hit.item_id for hit in result.hits]
        facts: list[str] = []
        # Key facts on the themes, unless the rules ask for other kinds only.
        if rules.include_facts and themes and (not kinds or "fact" in kinds):
            fact_query = rules.query(text="", themes=themes, audiences=(), kinds=("fact",))
            # Facts that also concern the rules' audiences come first; the group is capped so a
            # two-page brief stays two pages (the user adds more from the results).
            for query in (
                replace(fact_query, audiences=audiences, audiences_mode=rules.audiences_mode),
                fact_query,
            ):
                for hit in self.search(query).hits:
                    if hit.item_id not in facts and hit.item_id not in ranked:
                        facts.append(hit.item_id)
            facts = facts[:KEY_FACTS_OFFERED]
        return ranked, facts, " ".join(messages)

    def propose(self, rules: Rules) -> Proposal:
        ranked, facts, message = self.matches(rules)
        return propose(rules, ranked, facts, self.library().items, self.library().taxonomy, message)

    # -- packs --------------------------------------------------------------
    def from_selection(
        self,
        rules: Rules,
        title: str = "",
        groups: Iterable[str] | None = None,
        limit: int | None = None,
        key_messages: Sequence[str] = (),
        items: Sequence[str] | None = None,
        **meta: str,
    ) -> NewPack:
        """A new pack (not saved yet) that records `rules` and holds what they select now.

        Its entries are the rules' matches, best first (at most `limit`), grouped by theme,
        then (when the rules include facts and name themes) the key facts on those themes
        that the matches do not already hold. Refresh re-runs the same rules later. The
        result says how many entries came from where, for the user to see. `items` names the
        entries instead (in that order; each must exist), the rules still recorded."""
        ranked: list[str]
        facts: list[str] = []
        message = ""
        if items is not None:
            for item_id in items:
                self.library().item(item_id)  # an unknown id is named
            ranked = list(dict.fromkeys(items))
        else:
            ranked, facts, message = self.matches(rules)
        left_out = max(0, len(ranked) - limit) if limit is not None else 0
        if limit is not None:
            ranked = ranked[: max(0, limit)]
        proposal = propose(rules, ranked, facts, self.library().items, self.library().taxonomy, message)
        entries = proposal.entries(groups) if items is None else tuple(PackEntry(i) for i in ranked)
        taken = {e.item_id for e in entries}
        pack = edits.new_pack(title.strip() or self.default_title(rules), rules=rules, **self._meta(meta))
        pack = edits.set_key_messages(edits.set_entries(pack, entries), key_messages)
        return NewPack(
            pack,
            matched=sum(1 for i in ranked if i in taken),
            facts_added=sum(1 for i in facts if i in taken and i not in ranked),
            left_out=left_out,
            message=message,
            proposal=proposal,
        )

    def _meta(self, meta: dict[str, str]) -> dict[str, Any]:
        """What a new pack is given: the preferences' defaults, then what the caller says."""
        return {**self.defaults(), **meta}

    def default_title(self, rules: Rules) -> str:
        """A title from the rules' themes and audiences ("Children · Law enforcement ...")."""
        taxonomy = self.library().taxonomy
        words = [taxonomy.label(t) for t in (*rules.themes, *rules.audiences)]
        return " · ".join(words) or rules.text.strip() or UNTITLED

    def new(
        self,
        title: str,
        rules: Rules | None = None,
        groups: Iterable[str] | None = None,
        key_messages: Sequence[str] = (),
        proposal: Proposal | None = None,
        **meta: Any,
    ) -> Pack:
        """A new saved pack: with rules, what `from_selection` makes; without, an empty one.

        `proposal` is one the user has already seen (pack_propose), reused as it is."""
        rules = proposal.rules if proposal is not None else (rules or Rules())
        if proposal is not None:
            pack = edits.new_pack(title, rules=rules, **self._meta(meta))
            pack = edits.set_entries(pack, proposal.entries(groups))
            pack = edits.set_key_messages(pack, key_messages)
        elif rules.empty:
            pack = edits.set_key_messages(
                edits.new_pack(title, rules=rules, **self._meta(meta)), key_messages
            )
        else:
            pack = self.from_selection(rules, title, groups, key_messages=key_messages, **meta).pack
        return self.save(pack, summary="created")

    def get(self, ref: str) -> Pack:
        return self.store.get(self.store.resolve(ref))

    def summaries(self) -> list[PackSummary]:
        return self.store.summaries()

    def save(self, pack: Pack, summary: str = "", force: bool = False) -> Pack:
        """Save (snapshots taken for new entries) and keep a version in the history.

        PackConflictError when another process saved the pack since `pack` was read (unless
        `force`)."""
        return self.store.save(sync_snapshots(pack, self.library()), summary, force)

    def delete(self, ref: str) -> None:
        self.store.delete(self.store.resolve(ref))

    def duplicate(self, ref: str, title: str = "") -> Pack:
        original = self.get(ref)
        return self.store.save(edits.duplicate(original, title), summary=f"copied from {original.title!r}")

    def history(self, ref: str) -> list[PackVersion]:
        return self.store.history(self.store.resolve(ref))

    def version(self, ref: str, number: int) -> Pack:
        return self.store.version(self.store.resolve(ref), number)

    def restore(self, ref: str, number: int) -> Pack:
        return self.store.restore(self.store.resolve(ref), number)

    def resolve_entries(self, pack: Pack, include_excluded: bool = True) -> list[ResolvedEntry]:
        return resolve_entries(pack, self.library(), include_excluded)

    def library_changed(self, pack: Pack) -> bool:
        """True when the library changed since the pack was last built or refreshed."""
        return bool(pack.library_fingerprint) and pack.library_fingerprint != self.library().fingerprint

    # -- refresh --------------------------------------------------------------
    def refresh_report(self, ref: str) -> RefreshReport:
        pack = self.get(ref)
        ranked, facts, message = self.matches(pack.rules)
        return refresh_report(pack, self.library(), [*ranked, *facts], message)

    def refresh(
        self,
        ref: str,
        choices: RefreshChoices | None = None,
        dry_run: bool = False,
        categories: Iterable[str] | None = None,
        skip: Iterable[str] = (),
    ) -> tuple[RefreshReport, Pack]:
        """Report what changed for the pack; unless `dry_run`, apply the given choices, else whole
        `categories` (all by default) less `skip`. Returns (report, the pack as saved, or as it is
        on a dry run)."""
        if dry_run:
            return self.refresh_report(ref), self.get(ref)
        with self.data.writing():
            pack = self.get(ref)
            report = self.refresh_report(pack.id)
            if choices is None:
                choices = RefreshChoices.default(
                    report, categories or ("changed", "new", "removed", "unmatched"), skip
                )
            updated = apply_refresh(pack, report, choices, self.library())
            counts = [
                f"{len(choices.accept & {c.item_id for c in report.changed})} updated",
                f"{len([i for i in choices.add if i in report.new])} added",
                f"{len(choices.remove)} removed",
                f"{len(choices.keep)} kept from the pack's copy",
            ]
            return report, self.save(updated, summary="refreshed: " + ", ".join(counts))

    # -- files -----------------------------------------------------------------
    def export_file(self, ref: str, path: Path) -> Path:
        """Write a .briefpack file embedding today's version of every entry's item."""
        pack = self.get(ref)
        library = self.library()
        missing = [
            r.item_id
            for r in resolve_entries(pack, library, include_excluded=False)
            if r.status == STATUS_MISSING
        ]
        if missing:
            raise ValidationError(
                f"{len(missing)} item(s) of the pack are in neither the library nor the "
                f"pack: {', '.join(missing[:5])}.",
                hint="Remove or exclude them ('briefpack pack remove'), then export again.",
            )
        current = rebaseline(pack, library)
        current = replace(current, built=pack.built, library_fingerprint=pack.library_fingerprint)
        return write_pack_file(Path(path), current)

    def import_file(self, path: Path, copy: bool = False) -> ImportedPack:
        """Read a .briefpack file and save it as a new pack (nothing is saved if it is refused).

        A pack already among the user's with the same content is not imported again (unless
        `copy`): PackExistsError names it. A title another pack has gets " (2)", " (3)"... so
        that packs stay apart by title."""
        path = Path(path)
        data = read_pack_file(path)
        taxonomy = self.library().taxonomy
        known = set(taxonomy.theme_ids) | set(taxonomy.audience_ids)
        imported = unpack(data, self.library().items, known)
        pack = imported.pack
        existing = {s.id: s.title for s in self.store.summaries()}
        if not copy:
            content = _content(pack)
            for pack_id in existing:
                other = self.store.get(pack_id)
                if _content(other) == content:
                    raise PackExistsError(
                        f"{path.name} holds a pack you already have: “{other.title}”. Nothing was imported.",
                        hint="Open it from your packs. To keep a second copy, import it as a copy "
                        "('briefpack pack import-file --copy').",
                        pack_id=pack_id,
                    )
        titles = {t.casefold() for t in existing.values()}
        title, n = pack.title, 1
        while title.casefold() in titles:
            n += 1
            title = f"{pack.title} ({n})"
        pack = self.store.save(replace(pack, title=title), summary=f"imported from {path.name}")
        return replace(imported, pack=pack)

    # -- building -----------------------------------------------------------------
    def spec(self, pack: Pack) -> BriefSpec:
        """The pack as a BriefSpec: included entries in order, embedded copies for the rest.

        A template or branding profile this installation lacks (a pack from a
        colleague) falls back to the default; `build` says so."""
        snapshots = {}
        entries = []
        for resolved in resolve_entries(pack, self.library(), include_excluded=False):
            if resolved.status == STATUS_MISSING:
                continue
            entries.append((resolved.item_id, resolved.entry.note))
            if resolved.status != STATUS_LIBRARY and resolved.item and resolved.source:
                snapshots[resolved.item_id] = (resolved.item, resolved.source)
        template, branding, _ = self._template_and_branding(pack)
        return BriefSpec(
            pack.brief,
            key_messages=pack.key_messages,
            entries=tuple(entries),
            grouping=pack.grouping,
            themes=pack.rules.themes,
            audiences=pack.rules.audiences,
            template=template,
            branding=branding,
            language=pack.language or self.brief_language(),
            snapshots=snapshots,
        )

    def _template_and_branding(self, pack: Pack) -> tuple[str, str, list[str]]:
        warnings = []
        template, branding = pack.template, pack.branding
        if template not in {t.id for t in self.exports.templates()}:
            warnings.append(
                f"The template {template!r} is not installed here; the default ({DEFAULT_TEMPLATE}) was used."
            )
            template = DEFAULT_TEMPLATE
        if branding not in {b.id for b in self.exports.brandings()}:
            warnings.append(f"The branding profile {branding!r} is not set up here; the default was used.")
            branding = DEFAULT_BRANDING
        return template, branding, warnings

    def build(
        self,
        ref: str | Pack,
        formats: Sequence[str],
        out_dir: Path,
        progress: Callable | None = None,
        cancel: Callable | None = None,
        fit: bool = False,
        language: str = "",
    ) -> BuildResult:
        """Export the pack with its template; the pack then records this build (snapshots
        re-taken, library fingerprint noted). `ref` may be the pack as edited in a window: what
        was exported is what is recorded. `language` writes this build in another language
        than the pack's (the pack keeps its own)."""
        pack = ref if isinstance(ref, Pack) else self.get(ref)
        library = self.library()
        _, _, warnings = self._template_and_branding(pack)
        resolved = resolve_entries(pack, library, include_excluded=False)
        missing = tuple(r.item_id for r in resolved if r.status == STATUS_MISSING)
        changes = []
        for r in resolved:
            snapshot = pack.snapshot(r.item_id)
            if r.status == STATUS_LIBRARY and snapshot is not None and r.item is not None:
                fields = changed_fields(snapshot, r.item)
                if fields:
                    changes.append(ItemChange(r.item_id, fields, snapshot, r.item))
        spec = self.spec(pack)
        if language:
            spec = replace(spec, language=check_language(language))
        paths = self.exports.export_brief(
            spec, list(formats), Path(out_dir), progress=progress, cancel=cancel, fit=fit
        )
        problems = tuple(getattr(paths, "problems", ()))
        try:
            built = self.save(rebaseline(pack, library), summary=f"built {', '.join(formats)}")
        except PackConflictError:
            # Edited elsewhere while it was being built: the files are written; the newer pack is
            # kept as it is (this build is not recorded in it).
            built = self.get(pack.id)
            warnings.append(
                "The pack was changed in another window or command while it was being built; "
                "the files are written, but this build was not recorded in the pack."
            )
        except ReadOnlyStoreError:
            built = pack
            warnings.append(
                "The files are written; the data folder is read-only, so this build was not "
                "recorded in the pack."
            )
        return BuildResult(
            built,
            tuple(paths),
            tuple(changes),
            missing,
            (*warnings, *problems),
            getattr(paths, "pages", 0),
            getattr(paths, "budget", None),
            tuple(getattr(paths, "left_out", ())),
            getattr(paths, "fit_note", ""),
        )
