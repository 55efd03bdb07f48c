"""The Arabic and Persian translations are complete, current and compiled; English has its plural forms."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "translations"
LANGUAGES = ("ar", "fa")
TOOLS = Path(sys.executable).parent


def messages(language: str):
    tree = ET.parse(FOLDER / f"planner_{language}.ts")
    for context in tree.getroot().iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name"), message


def numerus_forms(message) -> list[str]:
    return [form.text or "" for form in message.find("translation").iter("numerusform")]


def _markers(text: str) -> tuple[list[str], list[str], int]:
    single_amp = len(re.findall(r"(?<!&)&(?!&)", text))
    return sorted(set(re.findall(r"%\d", text))), sorted(re.findall(r"\{[a-z_]+\}", text)), single_amp


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_translated_with_its_placeholders(language):
    problems = []
    count = 0
    for context, message in messages(language):
        count += 1
        source = message.findtext("source")
        translation = message.find("translation")
        where = f"{context}: {source[:50]!r}"
        if translation.get("type") in ("unfinished", "vanished", "obsolete"):
            problems.append(f"{where} is {translation.get('type')}")
        elif message.get("numerus") == "yes":
            if not all(f.strip() for f in numerus_forms(message)):
                problems.append(f"{where} lacks a plural form")
        elif not (translation.text or "").strip():
            problems.append(f"{where} has no translation")
        elif _markers(source) != _markers(translation.text):
            problems.append(f"{where}: placeholders or & differ: {_markers(source)} vs {_markers(translation.text)}")
    assert count > 500
    assert problems == [], "\n".join(problems[:30])


def test_the_translation_files_hold_every_string_of_the_code(tmp_path):
    sources = sorted(str(p) for p in (ROOT / "src" / "planner").rglob("*.py"))
    copies = []
    for language in LANGUAGES:
        copy = tmp_path / f"planner_{language}.ts"
        shutil.copy(FOLDER / copy.name, copy)
        copies.append(str(copy))
    out = subprocess.run([str(TOOLS / "pyside6-lupdate"), "-no-obsolete", *sources, "-ts", *copies],
                         capture_output=True, text=True, timeout=120, check=True)
    new = [int(n) for n in re.findall(r"\((\d+) new and", out.stdout)]
    assert new == [0, 0], f"strings not yet in the .ts files (run make i18n and translate them):\n{out.stdout}"
    english = tmp_path / "planner_en.ts"
    shutil.copy(FOLDER / english.name, english)
    subprocess.run([str(TOOLS / "pyside6-lupdate"), "-no-obsolete", "-pluralonly", *sources, "-ts", str(english)],
                   capture_output=True, text=True, timeout=120, check=True)
    unfinished = [m.findtext("source") for c in ET.parse(english).getroot().iter("context") for m in c.iter("message")
                  if m.find("translation").get("type") == "unfinished"]
    assert unfinished == [], "plural forms missing from planner_en.ts (run make i18n and write them)"


def test_english_has_both_plural_forms_of_every_counted_word():
    plural = [(context, message) for context, message in messages("en") if message.get("numerus") == "yes"]
    assert len(plural) >= 8 and all(context == "Plurals" for context, _ in plural)
    for _, message in plural:
        one, many = numerus_forms(message)
        assert one.startswith("%Ln ") and many.startswith("%Ln ") and one != many, message.findtext("source")


def test_every_counted_word_of_the_domain_has_its_plural_forms_in_the_window():
    from planner.domain.units import ENGLISH_PLURALS
    from planner.ui.plurals import Plurals

    for key in ENGLISH_PLURALS:
        assert callable(getattr(Plurals, key)), key


@pytest.mark.parametrize("language", (*LANGUAGES, "en"))
def test_the_compiled_translations_are_current(tmp_path, language):
    ts = tmp_path / f"planner_{language}.ts"
    shutil.copy(FOLDER / ts.name, ts)
    subprocess.run([str(TOOLS / "pyside6-lrelease"), str(ts)], capture_output=True, timeout=60, check=True)
    assert (tmp_path / f"planner_{language}.qm").read_bytes() == (FOLDER / f"planner_{language}.qm").read_bytes()
