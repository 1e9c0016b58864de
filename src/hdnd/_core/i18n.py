"""Vietnamese source strings, English from a gettext catalog.

Every user-facing string in hdnd is written in Vietnamese and marked with :func:`N_` where it
is defined. :func:`translate` renders it late, in the language the caller asks for. The
English catalog is ``hdnd/locale/en/LC_MESSAGES/hdnd.po``; it is read with Babel on first use.

```pycon
>>> translate(N_("Cấp tỉnh"), "vi")
'Cấp tỉnh'
>>> translate(N_("Cấp tỉnh"), "en")
'Province level'
>>> translate("Chuỗi chưa dịch", "en")
'Chuỗi chưa dịch'

```

A Vietnamese word with two meanings gets a context, marked with :func:`NC_` and rendered
with :func:`translate_in`: "Hướng dẫn" is a kind of document (*Guidance*) and what was done
with a petition (*Guided*).

```pycon
>>> translate_in("document kind", NC_("document kind", "Hướng dẫn"), "en")
'Guidance'
>>> translate("Hướng dẫn", "en")
'Guided'

```
"""

from __future__ import annotations

import functools
from importlib import resources
from typing import Any, Literal, get_args

__all__ = [
    "LANGUAGES",
    "NC_",
    "N_",
    "Language",
    "Msg",
    "Phrase",
    "check_language",
    "translate",
    "translate_in",
]

Language = Literal["vi", "en"]
"""The languages hdnd renders: Vietnamese (the source) and English."""

LANGUAGES: tuple[Language, ...] = get_args(Language)


class Msg(str):
    """A Vietnamese source string marked for translation: what :func:`N_` returns.

    It is an ordinary ``str`` (equal to, and hashing as, its text) that also knows how to
    render itself, so formatting translates a marked string and leaves every other string,
    such as a record's identifier or a name, exactly as it is.

    >>> N_("Cấp tỉnh").localize("en"), "Cấp tỉnh" == N_("Cấp tỉnh")
    ('Province level', True)
    """

    __slots__ = ()

    def localize(self, language: Language) -> str:
        """The string in *language*."""
        return translate(self, language)


def N_(message: str) -> Msg:  # noqa: N802 - the gettext convention for a deferred marker
    """Mark a Vietnamese source string for extraction and translation; its text is unchanged."""
    return Msg(message)


def NC_(context: str, message: str) -> Msg:  # noqa: N802 - the gettext convention (pgettext)
    """Mark *message* for translation in *context* (a short English note); its text is unchanged.

    Render it with :func:`translate_in` and the same context.
    """
    del context  # read by the extractor (scripts/l10n.py), not at run time
    return Msg(message)


def check_language(language: str) -> Language:
    """Return *language* if hdnd supports it, else raise :class:`ValueError`.

    >>> check_language("en")
    'en'
    >>> check_language("fr")
    Traceback (most recent call last):
    ...
    ValueError: unsupported language 'fr': choose one of vi, en
    """
    if language not in LANGUAGES:
        msg = f"unsupported language {language!r}: choose one of {', '.join(LANGUAGES)}"
        raise ValueError(msg)
    return language  # type: ignore[return-value,unused-ignore]


@functools.lru_cache(maxsize=4)
def _catalog(language: Language) -> dict[str, str]:
    if language == "vi":
        return {}
    from babel.messages.pofile import read_po  # noqa: PLC0415 - only needed on first use

    path = resources.files("hdnd") / "locale" / language / "LC_MESSAGES" / "hdnd.po"
    with path.open("rb") as handle:
        catalog = read_po(handle, locale=language)
    return {
        _key(message.context, str(message.id)): str(message.string)
        for message in catalog
        if message.id and message.string and not message.fuzzy
    }


def _key(context: str | None, message: str) -> str:
    # gettext's own convention: the context and the message joined by EOT.
    return message if context is None else f"{context}\x04{message}"


def translate(message: str, language: Language = "vi", /, **params: Any) -> str:
    """Render a Vietnamese source string in *language*, filling ``{name}`` placeholders.

    A string missing from the catalog falls back to Vietnamese rather than failing.

    >>> translate("Điều {n}", "vi", n=30), translate("Điều {n}", "en", n=30)
    ('Điều 30', 'Article 30')
    """
    text = _catalog(check_language(language)).get(message, message)
    return text.format(**params) if params else text


def translate_in(context: str, message: str, language: Language = "vi", /, **params: Any) -> str:
    """:func:`translate` for a message marked with :func:`NC_` in *context*.

    >>> translate_in("document kind", "Hướng dẫn", "vi")
    'Hướng dẫn'
    """
    text = _catalog(check_language(language)).get(_key(context, message), message)
    return text.format(**params) if params else text


class Phrase:
    """A marked template and its values, translated only when shown (report cells, messages).

    >>> p = Phrase(N_("Kỳ họp thứ {number}"), number=3)
    >>> p.localize("vi"), p.localize("en")
    ('Kỳ họp thứ 3', 'Session no. 3')
    """

    __slots__ = ("template", "values")

    def __init__(self, template: str, /, **values: object) -> None:
        self.template = template
        self.values = values

    def localize(self, language: Language) -> str:
        """The phrase in *language*, its values written as they are."""
        return translate(self.template, language, **{k: str(v) for k, v in self.values.items()})

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Phrase) and (self.template, self.values) == (
            other.template,
            other.values,
        )

    def __hash__(self) -> int:
        return hash((self.template, tuple(sorted(self.values.items()))))

    def __repr__(self) -> str:
        return f"Phrase({self.template!r}, {self.values!r})"
