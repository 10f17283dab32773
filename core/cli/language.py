"""The global ``--lang fr|en`` option, shared by the command line and the app's launcher.

It may come before the command (``dealscope --lang fr project``) or open the app
(``dealscope --lang fr``); it is taken out of the arguments before the command word is
looked for, so the same option works on both paths.
"""

from __future__ import annotations

from collections.abc import Sequence

from core.present.i18n import LANGUAGES

OPTION = "--lang"


class LanguageError(ValueError):
    """A ``--lang`` without a value, or with a language Dealscope does not speak."""


def split_language(args: Sequence[str]) -> tuple[str | None, list[str]]:
    """The language asked for by leading ``--lang X`` / ``--lang=X`` options, and the rest.

    Only the options before the first other word are taken: a command's own ``--lang``
    after its name is left to it.

    Raises
    ------
    LanguageError
        When ``--lang`` has no value or names a language not in `LANGUAGES`.
    """
    rest = list(args)
    lang: str | None = None
    while rest and (rest[0] == OPTION or rest[0].startswith(OPTION + "=")):
        word = rest.pop(0)
        if word == OPTION:
            if not rest:
                raise LanguageError(f"{OPTION} needs a language: {' or '.join(LANGUAGES)}")
            value = rest.pop(0)
        else:
            value = word.split("=", 1)[1]
        if value not in LANGUAGES:
            raise LanguageError(
                f"{OPTION} {value!r} is not a language Dealscope speaks: "
                f"choose {' or '.join(LANGUAGES)}"
            )
        lang = value
    return lang, rest
