"""Translations: every user-visible string goes through ``translate`` and is translated.

The checks a translator or a developer trips over first: a string shown
without ``translate``, a call ``lupdate`` cannot read, a ``.ts`` out of date or
unfinished, a ``.qm`` not rebuilt, a translation that lost a placeholder.
"""

from __future__ import annotations

import ast
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from msdesk.core import i18n
from msdesk.core.i18n import join_names, translate

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "msdesk"
sys.path.insert(0, str(ROOT / "packaging"))
import translations as tool  # noqa: E402 (packaging/translations.py)

# Qt setters and constructors whose string argument a person reads.
_SHOWN = {
    "setText", "setToolTip", "setPlaceholderText", "setWindowTitle", "setStatusTip", "setWhatsThis",
    "setAccessibleName", "setAccessibleDescription", "setTitle", "addAction", "addTab", "setTabText",
    "addItem", "setLabelText", "setInformativeText", "setDetailedText", "setHeaderLabels",
    "QLabel", "ElidedLabel", "QPushButton", "QCheckBox", "QRadioButton", "QAction", "QGroupBox", "QToolButton",
    "set_status", "show_message", "showMessage", "critical", "warning", "information", "question",
}

_LOGGERS = {"log", "logger", "_log", "_logger", "LOG", "logging", "warnings"}


def _modules() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def _context(path: Path) -> str:
    return ".".join(path.relative_to(PACKAGE).with_suffix("").parts)


def _calls(path: Path) -> list[ast.Call]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [
        node for node in ast.walk(tree)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "translate"
    ]


def _words(node: ast.AST) -> bool:
    """A literal (or f-string) with letters in it: text a person would read."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        text = node.value
    elif isinstance(node, ast.JoinedStr):
        text = "".join(v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str))
    else:
        return False
    return bool(re.search(r"[A-Za-z]{2,}.*\s|\b[A-Z][a-z]+\b", text))


def test_every_translate_call_has_literal_text_the_module_context_and_a_plain_count() -> None:
    wrong = []
    for path in _modules():
        if path.name == "i18n.py" and path.parent.name == "core":
            continue
        for call in _calls(path):
            where = f"{path.relative_to(ROOT)}:{call.lineno}"
            args = call.args
            if len(args) < 2 or not all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in args[:2]):
                wrong.append(f"{where}: context and text must be string literals")
                continue
            if args[0].value != _context(path):
                wrong.append(f"{where}: context {args[0].value!r} should be {_context(path)!r}")
            if len(args) >= 3 and not (isinstance(args[2], ast.Constant) and isinstance(args[2].value, (str, type(None)))):
                wrong.append(f"{where}: the disambiguation must be a literal")
            if len(args) >= 4 and not isinstance(args[3], ast.Name):
                wrong.append(f"{where}: the count must be a plain name (lupdate skips expressions)")
            if len(args) >= 4 and "%n" not in args[1].value:
                wrong.append(f"{where}: a counted text needs %n")
            if call.keywords:
                wrong.append(f"{where}: pass arguments by position (lupdate reads no keywords)")
    assert not wrong, "\n".join(wrong)


def test_no_literal_text_is_shown_without_translate() -> None:
    """A string literal handed straight to a Qt text setter is a string nobody can translate."""
    found = []
    for path in _modules():
        if "ui" not in path.relative_to(PACKAGE).parts[:1]:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            if name not in _SHOWN:
                continue
            owner = node.func.value if isinstance(node.func, ast.Attribute) else None
            if isinstance(owner, ast.Name) and owner.id in _LOGGERS:
                continue
            for arg in node.args:
                if _words(arg):
                    found.append(f"{path.relative_to(ROOT)}:{node.lineno}: {ast.unparse(arg)[:70]}")
    assert not found, "shown without translate:\n" + "\n".join(found)


def test_the_translation_files_hold_every_string_and_are_finished_and_compiled() -> None:
    problems = tool.check()
    assert not problems, "\n".join(problems[:60]) + (f"\n… {len(problems) - 60} more" if len(problems) > 60 else "")


def test_every_string_in_the_code_is_in_each_translation_file() -> None:
    """Catches what ``lupdate`` silently skips (a call it cannot parse)."""
    in_code = {
        (call.args[0].value, call.args[1].value)
        for path in _modules() if not (path.name == "i18n.py" and path.parent.name == "core")
        for call in _calls(path)
        if len(call.args) >= 2 and all(isinstance(a, ast.Constant) for a in call.args[:2])
    }
    in_code |= {("core.i18n", ", "), ("core.i18n", "{names} and %n more"), ("core.i18n", "{names} and {last}")}
    for language in tool.LANGUAGES:
        in_file = {(c, s) for c, s, _ in tool.messages(tool.ts_path(language))}
        missing = sorted(in_code - in_file)
        assert not missing, f"{language}: lupdate did not pick up:\n" + "\n".join(map(str, missing[:40]))


def _placeholders(text: str) -> tuple[list[str], bool]:
    return sorted(re.findall(r"\{(\w*)\}", text)), "%n" in text


@pytest.mark.parametrize("language", tool.LANGUAGES)
def test_translations_keep_the_placeholders_of_their_source(language: str) -> None:
    wrong = []
    for context in ET.parse(tool.ts_path(language)).iter("context"):
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None:
                continue
            forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
            names, counted = _placeholders(source)
            for form in forms:
                if not form:
                    continue
                got, has_n = _placeholders(form)
                if got != names or (counted and not has_n and language != "zh_CN"):
                    wrong.append(f"{context.findtext('name')}: {source!r} -> {form!r}")
    assert not wrong, "\n".join(wrong[:40])


def test_english_plurals_and_lists_read_naturally() -> None:
    i18n.install(None)
    assert translate("tests", "%n token(s)", "", 1) == "1 token"
    assert translate("tests", "%n token(s)", "", 2) == "2 tokens"
    assert translate("tests", "%n match(es)", "", 0) == "0 matches"
    assert join_names(["a"]) == "a"
    assert join_names(["a", "b"]) == "a and b"
    assert join_names(["a", "b", "c"]) == "a, b and c"
    assert join_names(["a", "b", "c", "d", "e"]) == "a, b, c and 2 more"


@pytest.mark.parametrize(
    ("name", "expected"),
    [("zh_CN.UTF-8", "zh_CN"), ("zh-Hans-CN", "zh_CN"), ("zh_TW", None), ("ru_RU.UTF-8", "ru"),
     ("en_GB", "en"), ("de_DE", None), ("C", None), ("", None)],
)
def test_system_locale_names_map_to_a_shipped_language(name: str, expected: str | None) -> None:
    from msdesk.translations import match_language

    assert match_language(name) == expected


def test_the_first_set_locale_variable_decides(monkeypatch: pytest.MonkeyPatch) -> None:
    from msdesk.translations import system_language

    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("LANG", "ru_RU.UTF-8")
    assert system_language() == "ru"
    monkeypatch.setenv("LC_ALL", "de_DE.UTF-8")
    assert system_language() == "en"
    monkeypatch.setenv("LANGUAGE", "fr:zh_CN")
    assert system_language() == "zh_CN"
