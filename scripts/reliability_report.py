"""The campaign's tables: one row per part of the data-safety campaign, and one row per finding
of the issue "trust at the edges", each with what was tried and what must stay zero."""

from __future__ import annotations


def _fuzz(report: dict, kinds: tuple[str, ...]) -> tuple[int, int]:
    by_kind = report.get("fuzz", {}).get("by_kind", {})
    tried = sum(sum(by_kind.get(k, {}).values()) for k in kinds)
    failed = sum(by_kind.get(k, {}).get("unhandled", 0) + by_kind.get(k, {}).get("hang", 0) for k in kinds)
    return tried, failed


def rows(report: dict) -> list[dict]:
    """One row per finding: {finding, tried, failures, what} ("tried" is "" for a part not run)."""
    out = []

    def row(finding: str, part: str, tried, failures: int, what: str) -> None:
        ran = part in report and not report[part].get("skipped")
        why = report.get(part, {}).get("skipped", "not run")
        out.append(
            {
                "finding": finding,
                "tried": tried if ran else f"({why})",
                "failures": failures if ran else 0,
                "what": what,
            }
        )

    d, k = report.get("damage", {}), report.get("kills", {})
    row(
        "Silent repairs in the CLI",
        "damage",
        f"{d.get('damaged_files', 0)} damaged store files "
        f"({d.get('repairs_announced', 0)} repairs, all announced)",
        d.get("silent_repairs", 0) + d.get("tracebacks", 0),
        "silent repairs + tracebacks",
    )
    disks = report.get("disks", {})
    row(
        "Repair on a full or read-only disk",
        "disks",
        f"{disks.get('cases', 0)} starts on a damaged store (read-only mount, full tmpfs)",
        disks.get("failures", 0),
        "crashes, damaged file changed, copies added, not said read-only",
    )
    q = report.get("quarantine", {})
    row(
        "Quarantine name collisions",
        "quarantine",
        f"{q.get('cases', 0)} repairs of one file ({q.get('per_second', 0)} a second)",
        q.get("failures", 0),
        "set-aside copies overwritten",
    )
    row(
        "Interrupted work leaves litter",
        "kills",
        f"{k.get('kills', 0)} kills mid-save, mid-import, mid-export",
        sum(
            k.get(f, 0)
            for f in ("store_temp_files_left", "export_litter_left", "partial_export_sets", "ids_reserved")
        ),
        "temp files left, export litter, half export sets, ids reserved by a killed import",
    )
    tried, failed = _fuzz(report, ("docx",))
    row(
        "DOCX list numbering is trusted",
        "fuzz",
        f"{tried} damaged DOCX (numbering Word never writes)",
        failed,
        "unhandled errors + hangs (45 s, 3 GB)",
    )
    tried, failed = _fuzz(report, ("briefpack", "txt", "md", "pdf"))
    row(
        "Imports that explode",
        "fuzz",
        f"{tried} pack files, texts, Markdown and PDFs (the "
        "3,000,000-object pack, 0.1-4 MB adversarial texts)",
        failed,
        "unhandled errors + hangs (45 s, 3 GB)",
    )
    n = report.get("names", {})
    row(
        "Export file names",
        "names",
        f"{n.get('cases', 0)} titles exported ({n.get('refused', 0)} refused with their reason: only "
        "spaces, dots or controls, or longer than a title may be)",
        n.get("failures", 0),
        "tracebacks, names over 150 bytes, device names, trailing dots, files missing",
    )
    s = report.get("scripts", {})
    row(
        "Scripts in PDF",
        "scripts",
        f"{s.get('cases', 0)} PDFs, {s.get('characters', 0)} BMP characters",
        s.get("failures", 0),
        "characters lost from the PDF's text, unreported stand-ins",
    )
    i = report.get("injection", {})
    row(
        "Markup injection from pack files",
        "injection",
        f"{i.get('cases', 0)} hostile pack files built",
        i.get("failures", 0),
        "raw HTML in Markdown or preview, links other than http/https/mailto",
    )
    o = report.get("offline", {})
    row(
        "The test suite is not offline",
        "offline",
        f"{o.get('cases', 0)} tests under unshare -n ({o.get('skipped_tests', 0)} skipped)",
        o.get("failures", 0),
        "failed tests",
    )
    return out


def table(report: dict, issue_rows: list[dict]) -> str:
    lines = ["", "| part | tried | must be zero |", "| --- | --- | --- |"]
    if "kills" in report:
        k = report["kills"]
        lines.append(
            f"| kills | {k['kills']} kills, {k['reported_saves']} reported saves | "
            f"{k['lost_saves']} lost saves, {k['repairs_needed']} repairs needed, "
            f"{k['store_temp_files_left']} temp files left, "
            f"{k['export_litter_left']} export litter, "
            f"{k['partial_export_sets']} partial export sets, {k['ids_reserved']} ids reserved |"
        )
    if "writers" in report:
        w = report["writers"]
        lines.append(
            f"| two writers | {w['operations']} concurrent operations | {w['lost_updates']} lost "
            f"updates, {w['tracebacks']} tracebacks "
            f"({w['reported_conflicts']} conflicts reported) |"
        )
    if "damage" in report:
        d = report["damage"]
        lines.append(
            f"| store damage | {d['damaged_files']} damaged files | {d['tracebacks']} tracebacks, "
            f"{d['silent_repairs']} silent repairs ({d['repairs_announced']} announced) |"
        )
    if "fuzz" in report:
        f = report["fuzz"]
        lines.append(
            f"| reader fuzzing | {f['inputs']} inputs | {len(f['unhandled'])} unhandled errors, "
            f"{len(f['hangs'])} hangs |"
        )
    lines += ["", "| finding | tried | failures | what counts as a failure |", "| --- | --- | --- | --- |"]
    lines += [f"| {r['finding']} | {r['tried']} | {r['failures']} | {r['what']} |" for r in issue_rows]
    budget = f", budget {report['budget']:.0f} s" if report.get("budget") else ""
    lines.append(
        f"\n{report['machine']}; commit {report.get('commit', '?')}; seed {report['seed']}; "
        f"{report['seconds']} s{budget}"
    )
    return "\n".join(lines)
