"""The English catalog is complete, current and consistent with the source strings."""

from __future__ import annotations

import importlib
import importlib.util
import pkgutil
import string
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from babel.messages.catalog import Catalog, Message
from babel.messages.extract import extract_python
from babel.messages.pofile import read_po

import hdnd
from hdnd._core.i18n import translate, translate_in
from hdnd._core.labels import LabelledEnum, label_context
from hdnd.law import Decision, InstrumentKind
from hdnd.law.levels import Level, UnitKind

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "src" / "hdnd"
CATALOG_PATH = PACKAGE / "locale" / "en" / "LC_MESSAGES" / "hdnd.po"


def _catalog() -> Catalog:
    with CATALOG_PATH.open("rb") as handle:
        return read_po(handle, locale="en")


def _messages() -> list[Message]:
    return [message for message in _catalog() if message.id]


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("hdnd_l10n_script", ROOT / "scripts" / "l10n.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def test_catalog_is_the_english_one() -> None:
    assert str(_catalog().locale) == "en"


def test_every_message_is_translated() -> None:
    untranslated = [str(m.id) for m in _messages() if not m.string]
    assert untranslated == []


def test_no_message_is_fuzzy() -> None:
    assert [str(m.id) for m in _messages() if m.fuzzy] == []


def _name(message: Message) -> str:
    # how the script names a message: its context and id joined by EOT, as gettext does
    return str(message.id) if message.context is None else f"{message.context}\x04{message.id}"


def test_messages_are_plain_strings() -> None:
    # hdnd uses no plural forms; a few messages have a context (NC_).
    assert all(isinstance(m.id, str) and isinstance(m.string, str) for m in _messages())
    contexts = {m.context for m in _messages()}
    assert None in contexts
    assert contexts <= {None, "document kind"}


def test_a_word_with_two_meanings_has_two_translations() -> None:
    assert translate("Hướng dẫn", "en") == "Guided"
    assert translate_in("document kind", "Hướng dẫn", "en") == "Guidance"
    assert translate_in("document kind", "Chưa có", "en") == "Chưa có"


@pytest.mark.parametrize("message", _messages(), ids=lambda m: str(m.id)[:40])
def test_translation_keeps_the_placeholders(message: Message) -> None:
    assert _placeholders(str(message.string)) == _placeholders(str(message.id))


def test_catalog_matches_the_extracted_source_strings() -> None:
    found: dict[str, list[str]] = _script().extract()
    catalog = {_name(m) for m in _messages()}
    assert sorted(set(found) - catalog) == [], "new strings: run `make l10n` and translate"
    assert sorted(catalog - set(found)) == [], "obsolete entries: run `make l10n`"


def _marked_in_source() -> dict[str, list[str]]:
    """Every N_("...") call in every module, found without the script's directory walk."""
    found: dict[str, list[str]] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        with path.open("rb") as handle:
            keywords = {"N_": None, "NC_": ((1, "c"), 2)}
            for lineno, funcname, message, _ in extract_python(handle, keywords, [], {}):
                place = f"{path.relative_to(ROOT)}:{lineno}"
                if funcname == "NC_":
                    context, text = message
                    found.setdefault(f"{context}\x04{text}", []).append(place)
                else:
                    found.setdefault(str(message), []).append(place)
    return found


def test_extraction_covers_every_module() -> None:
    assert set(_script().extract()) == set(_marked_in_source())


def test_every_marked_string_outside_core_is_in_the_catalog() -> None:
    catalog = {_name(m) for m in _messages()}
    marked = {
        message
        for message, places in _marked_in_source().items()
        if any("/_core/" not in place for place in places)
    }
    assert sorted(marked - catalog) == []


# --- enum labels ---------------------------------------------------------------------------


def _import_package() -> None:
    for info in pkgutil.walk_packages(hdnd.__path__, "hdnd."):
        if info.name != "hdnd.__main__":
            importlib.import_module(info.name)


def _subclasses(cls: type[LabelledEnum]) -> Iterator[type[LabelledEnum]]:
    for sub in cls.__subclasses__():
        yield sub
        yield from _subclasses(sub)


def _package_enums() -> list[type[LabelledEnum]]:
    _import_package()
    enums = [e for e in _subclasses(LabelledEnum) if e.__module__.startswith("hdnd.")]
    return sorted(enums, key=lambda e: (e.__module__, e.__qualname__))


_MEMBERS = [member for enum in _package_enums() for member in enum]


def test_the_package_has_labelled_enums() -> None:
    names = {e.__name__ for e in _package_enums()}
    assert {"Level", "UnitKind", "Confidence", "InstrumentKind", "Decision", "Base"} <= names
    assert len(_MEMBERS) >= 60


@pytest.mark.parametrize("member", _MEMBERS, ids=lambda m: f"{type(m).__name__}.{m.name}")
def test_every_member_has_a_vietnamese_and_an_english_label(member: LabelledEnum) -> None:
    vi, en = member.label("vi"), member.label("en")
    assert vi != member.value, "no Vietnamese label registered"
    assert vi == vi.strip()
    assert en != vi, "no English translation"
    context = label_context(type(member))
    if context is None:
        assert translate(vi, "en") == en
    else:
        assert translate_in(context, vi, "en") == en


@pytest.mark.parametrize(
    ("member", "vi", "en"),
    [
        (Level.PROVINCE, "Cấp tỉnh", "Province level"),
        (Level.COMMUNE, "Cấp xã", "Commune level"),
        (Level.DISTRICT, "Cấp huyện", "District level"),
        (UnitKind.PROVINCE, "Tỉnh", "Province"),
        (UnitKind.COMMUNE, "Xã", "Commune"),
        (InstrumentKind.RESOLUTION, "Nghị quyết", "Resolution"),
        (Decision.RESOLUTION, "Thông qua nghị quyết", "Adoption of a resolution"),
    ],
)
def test_members_sharing_a_value_keep_their_own_labels(
    member: LabelledEnum, vi: str, en: str
) -> None:
    assert member.label("vi") == vi
    assert member.label("en") == en


# Enums that name the same things from another angle: an office's post (hdnd.councils.offices.Post)
# is also a post of the law (CouncilPost) or a post rated in confidence votes (RatedPost);
# a mandate and an office both end with the term or on death; the chair who receives citizens
# (ReceiverRole) holds the chair's post; a petition's outcome is the handling step that gave it.
_SAME_CONCEPTS = {
    frozenset({"ReceiverRole", "RatedPost"}),
    frozenset({"ReceiverRole", "Post"}),
    frozenset({"ReceiverRole", "CouncilPost"}),
    frozenset({"StepKind", "PetitionOutcome"}),
    frozenset({"Post", "CouncilPost"}),
    frozenset({"Post", "RatedPost"}),
    frozenset({"MandateEndReason", "OfficeEndReason"}),
}


def test_no_two_members_of_different_enums_share_a_label() -> None:
    seen: dict[str, LabelledEnum] = {}
    shared = []
    for member in _MEMBERS:
        if label_context(type(member)) is not None:
            continue  # translated in its own context (NC_), apart from the same words elsewhere
        label = member.label("vi")
        other = seen.get(label)
        pair = frozenset({type(member).__name__, type(other).__name__})
        if other is not None and pair not in _SAME_CONCEPTS:
            shared.append((f"{type(other).__name__}.{other.name}", member.name, label))
        seen[label] = member
    assert shared == []


def test_translator_notes_reach_the_catalog() -> None:
    notes = {str(m.id): list(m.auto_comments) for m in _messages() if m.auto_comments}
    assert any("guided" in note for note in notes.get("Hướng dẫn", []))
    assert set(notes) == set(_script().translator_comments()), "run `make l10n`"


def test_the_check_lists_what_is_untranslated() -> None:
    script = _script()
    assert script.untranslated() == []
    assert script.check() == 0
