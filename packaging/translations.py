"""Update, compile and check msdesk's translations (``resources/i18n/``).

    python packaging/translations.py update    # sources -> msdesk_<lang>.ts (new strings unfinished)
    python packaging/translations.py release   # msdesk_<lang>.ts -> msdesk_<lang>.qm
    python packaging/translations.py check     # fails if a .ts or .qm is out of date or unfinished
    python packaging/translations.py merge OTHER.ts...  # take finished translations from other files

``update`` runs Qt's ``lupdate`` over every module of the package (the calls of
``translate(context, text, ...)``; see ``msdesk/core/i18n.py``), keeps the
translations already made, drops strings no longer in the code, and marks every
message whose text has ``%n`` as a plural one (the Python reader of ``lupdate``
does not). The ``.qm`` files are committed; ``check`` (run by the tests) rebuilds
them and compares.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "resources" / "i18n"
LANGUAGES = ("zh_CN", "ru")
#: Qt's language codes for the .ts header (the plural rules come from them).
TS_LANGUAGE = {"zh_CN": "zh_CN", "ru": "ru_RU"}


def tool(name: str) -> str:
    """``pyside6-<name>`` beside this Python, else on PATH."""
    here = Path(sys.executable).parent / f"pyside6-{name}"
    for candidate in (here, here.with_suffix(".exe")):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(f"pyside6-{name}")
    if not found:
        raise SystemExit(f"pyside6-{name} is missing: install PySide6 (pip install -e '.[dev]')")
    return found


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "msdesk").rglob("*.py"))


def ts_path(language: str, folder: Path = I18N) -> Path:
    return folder / f"msdesk_{language}.ts"


def qm_path(language: str, folder: Path = I18N) -> Path:
    return folder / f"msdesk_{language}.qm"


def lupdate(ts: Path) -> None:
    # lupdate's Python reader takes no message for a plural one: it would turn the plural
    # messages back into plain, unfinished ones. Their forms are kept aside and put back.
    plurals = _plural_forms(ts) if ts.exists() else {}
    subprocess.run(
        [tool("lupdate"), "-no-obsolete", "-locations", "none", "-source-language", "en",
         "-target-language", TS_LANGUAGE[ts.stem.split("_", 1)[1]], *sources(), "-ts", str(ts)],
        cwd=ROOT, check=True, capture_output=True, text=True,
    )
    mark_plurals(ts, plurals)


def _plural_forms(ts: Path) -> dict[tuple[str, str, str], tuple[list[str], bool]]:
    """(context, source, comment) -> (the plural forms, finished) of every plural message."""
    found = {}
    for context in ET.parse(ts).iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if message.get("numerus") != "yes" or translation is None:
                continue
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            forms = [f.text or "" for f in translation.iter("numerusform")]
            found[key] = (forms, translation.get("type") != "unfinished")
    return found


def mark_plurals(ts: Path, kept: dict[tuple[str, str, str], tuple[list[str], bool]] | None = None) -> None:
    """Give every ``%n`` message its plural forms (as many as the language has), with the
    forms ``kept`` from before ``lupdate`` where there are some."""
    tree = ET.parse(ts)
    count = 1 if ts.stem.endswith("zh_CN") else 3
    changed = False
    # lupdate takes a "#:" comment before a call as a note to translators; msdesk's "#:"
    # comments document attributes, not the text that follows: drop them.
    for message in tree.iter("message"):
        for note in message.findall("extracomment"):
            message.remove(note)
            changed = True
    for context in tree.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            if "%n" not in source or message.get("numerus") == "yes":
                continue
            message.set("numerus", "yes")
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation", type="unfinished")
            forms, finished = (kept or {}).get((name, source, message.findtext("comment") or ""), ([], False))
            if not forms:
                forms = [translation.text or ""] * count
            translation.text = None
            for child in list(translation):
                translation.remove(child)
            for form in forms:
                ET.SubElement(translation, "numerusform").text = form
            if finished and all(f.strip() for f in forms):
                translation.attrib.pop("type", None)
            else:
                translation.set("type", "unfinished")
            changed = True
    if changed:
        write_ts(tree, ts)


def write_ts(tree: ET.ElementTree, ts: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def unfinished(ts: Path) -> list[str]:
    """The source texts of ``ts`` with no finished translation."""
    missing = []
    for context in ET.parse(ts).iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [f.text for f in translation.iter("numerusform")] if translation is not None else []
            empty = translation is None or (not forms and not (translation.text or "").strip())
            if translation is not None and forms and not all((f or "").strip() for f in forms):
                empty = True
            if empty or (translation is not None and translation.get("type") == "unfinished"):
                missing.append(f"{name}: {message.findtext('source')}")
    return missing


def messages(ts: Path) -> set[tuple[str, str, str]]:
    found = set()
    for context in ET.parse(ts).iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found.add((name, message.findtext("source") or "", message.findtext("comment") or ""))
    return found


def check() -> list[str]:
    """What is out of date or unfinished (empty when all is well)."""
    problems = []
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        for language in LANGUAGES:
            ts = ts_path(language)
            if not ts.exists():
                problems.append(f"{ts.name} is missing: run `python packaging/translations.py update`")
                continue
            fresh = ts_path(language, folder)
            shutil.copy(ts, fresh)
            lupdate(fresh)
            added = messages(fresh) - messages(ts)
            gone = messages(ts) - messages(fresh)
            for context, source, _ in sorted(added):
                problems.append(f"{ts.name}: not yet in the file: {context}: {source!r} (run update)")
            for context, source, _ in sorted(gone):
                problems.append(f"{ts.name}: no longer in the code: {context}: {source!r} (run update)")
            for item in unfinished(ts):
                problems.append(f"{ts.name}: unfinished: {item}")
            qm = qm_path(language, folder)
            lrelease(ts, qm)
            if not qm_path(language).exists() or qm.read_bytes() != qm_path(language).read_bytes():
                problems.append(f"{qm_path(language).name} does not match {ts.name} (run release)")
    return problems


def merge(ts: Path, others: list[Path]) -> int:
    """Fill the unfinished messages of ``ts`` from the finished ones of ``others`` (same
    context, text and disambiguation; the language must match). Returns how many."""
    tree = ET.parse(ts)
    language = tree.getroot().get("language")
    finished: dict[tuple[str, str, str], ET.Element] = {}
    for other in others:
        root = ET.parse(other).getroot()
        if root.get("language") != language:
            continue
        for context in root.iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                translation = message.find("translation")
                if translation is None or translation.get("type") == "unfinished":
                    continue
                key = (name, message.findtext("source") or "", message.findtext("comment") or "")
                finished.setdefault(key, translation)
    filled = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            if key not in finished or (translation is not None and translation.get("type") != "unfinished"):
                continue
            if translation is not None:
                message.remove(translation)
            message.append(finished[key])
            filled += 1
    if filled:
        write_ts(tree, ts)
    return filled


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "check"
    I18N.mkdir(parents=True, exist_ok=True)
    if command == "update":
        for language in LANGUAGES:
            lupdate(ts_path(language))
            left = unfinished(ts_path(language))
            print(f"{ts_path(language).name}: {len(messages(ts_path(language)))} strings, {len(left)} unfinished")
        return 0
    if command == "release":
        for language in LANGUAGES:
            lrelease(ts_path(language), qm_path(language))
        return 0
    if command == "merge":
        others = [Path(p) for p in argv[1:]]
        for language in LANGUAGES:
            print(f"{ts_path(language).name}: {merge(ts_path(language), others)} filled")
        return 0
    if command == "check":
        problems = check()
        for problem in problems:
            print(problem)
        return 1 if problems else 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
