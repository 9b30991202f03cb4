"""Extract every translatable string from ui/desktop into the catalogues, then compile them (`make translations`).

The code is the source of truth for what must be translated: `pyside6-lupdate` reads the
`tr()`, `QCoreApplication.translate()` and `QT_TRANSLATE_NOOP()` calls of each module and
merges them into that module's catalogue, keeping every translation already written and
adding new strings as unfinished (a test fails until they are translated). Strings that no
longer occur in the code are dropped. English is the source language: its catalogue holds
only the plural forms (`%n`), everything else shows the source text as written.
"""
from __future__ import annotations

import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

from ui.desktop.i18n import LANGUAGES, TRANSLATIONS

TOOLS = Path(sys.executable).parent
LUPDATE = TOOLS / "pyside6-lupdate"
LRELEASE = TOOLS / "pyside6-lrelease"
DESKTOP = Path(__file__).parent
SOURCE_LANGUAGE = "en"

# Which catalogue holds the strings of which module. A module with translatable strings
# must be listed here (tests/ui/test_i18n.py fails otherwise).
CATALOGUES: dict[str, tuple[str, ...]] = {
    "accounts": ("account_dialogs", "admin", "first_run", "idle_lock", "login", "session_menu"),
    "desktop": ("about", "app", "board", "clock_chips", "facility_dialog", "first_steps", "main_window", "search",
                "time_axis", "timeline_view", "background", "saving", "tables", "texts", "witness"),
    "forms": ("correction", "event_form", "fields", "group_action", "intake", "mass_intake"),
    "oversight": ("alerts", "held_list", "reports", "whereabouts"),
    "complaints": ("complaints", "confidential_flags"),
    "guide": ("user_guide",),
}


def catalogue_sources(name: str, directory: Path = DESKTOP) -> list[Path]:
    """The modules of one catalogue that exist in this checkout."""
    return [path for module in CATALOGUES[name] if (path := directory / f"{module}.py").is_file()]


def unlisted_modules(directory: Path = DESKTOP) -> list[Path]:
    """The ui/desktop modules that belong to no catalogue."""
    listed = {module for modules in CATALOGUES.values() for module in modules}
    return [path for path in sorted(directory.glob("*.py")) if path.stem not in listed]


def lupdate(sources: list[Path], ts: Path, lang: str) -> None:
    """Merge the strings of `sources` into `ts`, keeping its translations and dropping vanished strings."""
    command = [str(LUPDATE), "-silent", "-locations", "none", "-no-obsolete", "-source-language", SOURCE_LANGUAGE,
               "-target-language", lang]
    if lang == SOURCE_LANGUAGE:
        command.append("-pluralonly")
    subprocess.run([*command, *map(str, sources), "-ts", str(ts)], check=True, capture_output=True)


def update_catalogues(directory: Path = TRANSLATIONS, sources: Path = DESKTOP) -> list[Path]:
    """Bring every catalogue in `directory` up to date with the code in `sources`."""
    written = []
    for name in CATALOGUES:
        for lang in LANGUAGES:
            ts = directory / f"{name}_{lang}.ts"
            lupdate(catalogue_sources(name, sources), ts, lang)
            written.append(ts)
    return written


def message_keys(ts: Path) -> set[tuple[str, str, str]]:
    """(context, source, disambiguation) of every message in a catalogue."""
    keys = set()
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            keys.add((context.findtext("name"), message.findtext("source"), message.findtext("comment") or ""))
    return keys


def compile_catalogue(ts: Path, qm: Path) -> None:
    subprocess.run([str(LRELEASE), "-silent", str(ts), "-qm", str(qm)], check=True)


def stale_catalogues(directory: Path = TRANSLATIONS) -> list[Path]:
    """The .ts files whose committed .qm is missing or differs from a fresh compilation."""
    stale = []
    with tempfile.TemporaryDirectory() as scratch:
        for ts in sorted(directory.glob("*.ts")):
            fresh = Path(scratch) / ts.with_suffix(".qm").name
            compile_catalogue(ts, fresh)
            qm = ts.with_suffix(".qm")
            if not qm.is_file() or qm.read_bytes() != fresh.read_bytes():
                stale.append(ts)
    return stale


def main(argv: list[str] | None = None) -> int:
    """`--check`: only say whether a compiled catalogue is stale (exit 1), writing nothing."""
    if "--check" in (sys.argv[1:] if argv is None else argv):
        stale = stale_catalogues()
        for ts in stale:
            print(f"{ts.name}: its .qm is not a compilation of it; run make translations", file=sys.stderr)
        return 1 if stale else 0
    unlisted = [path.stem for path in unlisted_modules() if has_strings(path)]
    if unlisted:
        print(f"add these modules to CATALOGUES in {Path(__file__).name}: {', '.join(unlisted)}", file=sys.stderr)
        return 1
    update_catalogues()
    catalogues = sorted(TRANSLATIONS.glob("*.ts"))
    for ts in catalogues:
        compile_catalogue(ts, ts.with_suffix(".qm"))
    print(f"updated and compiled {len(catalogues)} catalogues in {TRANSLATIONS}")
    return 0


def has_strings(module: Path) -> bool:
    with tempfile.TemporaryDirectory() as scratch:
        ts = Path(scratch) / "probe_ru.ts"
        lupdate([module], ts, "ru")
        return bool(message_keys(ts))


if __name__ == "__main__":
    sys.exit(main())
