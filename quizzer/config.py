"""Settings from ``config.toml``: daily limits (global and per deck), the hour a
study day starts, and what to do with leeches.

The file is ``$QUIZZER_CONFIG``, else ``$QUIZZER_HOME/config.toml``, else
``config.toml`` in the platform's config folder (``~/.config/quizzer`` on
Linux); a database chosen with ``--db`` or ``$QUIZZER_DB`` does not move it.
``quizzer where`` shows which file is read.  A missing file means the defaults
(Anki's: 20 new cards and 200 reviews a day); a key quizzer does not know is
a warning naming the nearest one it does.

    rollover_hour = 4
    new_per_day = 20
    reviews_per_day = 200
    leech_lapses = 8          # lapses that make a card a leech
    leech_suspend = true      # suspend leeches (they are tagged either way)
    typed = false             # ask command, option and flag cards as typed questions
    typed_slow_seconds = 20   # a right typed answer slower than this is graded 4, not 5
    language = "ko"           # the interface: "ko" or "en" (default: the locale's)
    check = true              # new kinds of card wait for 'quizzer check' (false: import --trust always)

    [decks."docker-containers.ko"]
    new_per_day = 10
    typed = true              # this deck's command cards are typed (quizzer review --typed: all decks)
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from quizzer.days import DEFAULT_ROLLOVER_HOUR
from quizzer.errors import QuizzerError, os_reason
from quizzer.i18n import _
from quizzer.review.logic import DEFAULT_LEECH_LAPSES
from quizzer.i18n import LANGUAGES
from quizzer.paths import config_path

__all__ = ["Config", "Limits", "config_path", "load_config", "unknown_decks"]


@dataclass(frozen=True, slots=True)
class Limits:
    new_per_day: int = 20
    reviews_per_day: int = 200


@dataclass(frozen=True, slots=True)
class Config:
    rollover_hour: int = DEFAULT_ROLLOVER_HOUR
    limits: Limits = Limits()
    deck_limits: dict[str, Limits] = field(default_factory=dict)
    leech_lapses: int = DEFAULT_LEECH_LAPSES
    leech_suspend: bool = True
    language: str | None = None  # None: follow the locale
    typed: bool = False
    deck_typed: dict[str, bool] = field(default_factory=dict)
    typed_slow_seconds: int = 20
    check: bool = True  # an import's new shapes of card wait for `quizzer check` (False: as --trust)

    def limits_for(self, deck: str) -> Limits:
        return self.deck_limits.get(deck, self.limits)

    def typed_for(self, deck: str) -> bool:
        """Are this deck's command, option and flag cards asked as typed questions?"""
        return self.deck_typed.get(deck, self.typed)


def _int(table: dict[str, object], name: str, default: int, low: int, high: int, where: Path) -> int:
    value = table.get(name, default)
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise QuizzerError(_("In {where}, {name} must be a whole number from {low} to {high}, not {value!r}.").format(where=where, name=name, low=low, high=high, value=value))
    return value


def _limits(table: dict[str, object], base: Limits, where: Path) -> Limits:
    return replace(
        base,
        new_per_day=_int(table, "new_per_day", base.new_per_day, 0, 100_000, where),
        reviews_per_day=_int(table, "reviews_per_day", base.reviews_per_day, 0, 1_000_000, where),
    )


class _Read(dict[str, object]):
    """A settings table that remembers which keys the code asked for: the rest are unknown."""

    def __init__(self, data: dict[str, object]) -> None:
        super().__init__(data)
        self.asked: set[str] = set()

    def get(self, key: str, default: object = None) -> object:
        self.asked.add(key)
        return super().get(key, default)

    def __contains__(self, key: object) -> bool:
        if isinstance(key, str):
            self.asked.add(key)
        return super().__contains__(key)

    def unknown(self) -> list[tuple[str, str | None]]:
        """Keys nobody asked for, each with the nearest known key (or None)."""
        from difflib import get_close_matches

        return [
            (key, next(iter(get_close_matches(key, sorted(self.asked), n=1, cutoff=0.6)), None))
            for key in self
            if key not in self.asked
        ]


_warned: set[str] = set()


def _warn(message: str) -> None:
    """A settings problem that does not stop quizzer: one line on stderr, once a process."""
    import sys

    from quizzer.text import visible

    if message not in _warned:
        _warned.add(message)
        print(_("Warning: {message}").format(message=visible(message)), file=sys.stderr)


def _unknown_keys(table: _Read, where: Path, within: str, warn: Callable[[str], None]) -> None:
    for key, nearest in table.unknown():
        if within and nearest:
            message = _("In {path}, [{table}] '{key}' is not a setting quizzer knows; did you mean '{nearest}'?")
        elif within:
            message = _("In {path}, [{table}] '{key}' is not a setting quizzer knows; it is ignored.")
        elif nearest:
            message = _("In {path}, '{key}' is not a setting quizzer knows; did you mean '{nearest}'?")
        else:
            message = _("In {path}, '{key}' is not a setting quizzer knows; it is ignored.")
        warn(message.format(path=where, table=within, key=key, nearest=nearest))


def unknown_decks(config: Config, deck_names: Iterable[str], *, where: Path | None = None,
                  warn: Callable[[str], None] = _warn, db_option: Sequence[str] = ()) -> list[str]:
    """Warn about ``[decks."NAME"]`` tables that name no deck (with the nearest deck's name, or the
    command that lists them, on the database ``db_option`` names: :func:`quizzer.paths.db_option`)."""
    from difflib import get_close_matches

    from quizzer.to_copy import quizzer_command

    names = sorted(deck_names)
    unknown = [name for name in {**config.deck_limits, **config.deck_typed} if name not in names]
    for name in unknown:
        nearest = get_close_matches(name, names, n=1, cutoff=0.6)
        if nearest:
            message = _("In {path}, [decks.\"{name}\"] names no deck; did you mean '{nearest}'?")
        else:
            message = _("In {path}, [decks.\"{name}\"] names no deck (see {command}).")
        warn(message.format(path=where or config_path(), name=name, nearest=nearest[0] if nearest else "",
                            command=quizzer_command("decks", db_option=db_option)))
    return unknown


def load_config(path: Path | None = None, *, warn: Callable[[str], None] = _warn) -> Config:
    """The settings in ``path`` (default :func:`config_path`); an unknown key is a warning
    naming the nearest known one (``warn``), a bad value an error."""
    path = path or config_path()
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return Config()
    except OSError as error:  # in the interface's words, the path said once ('[Errno 20] Not a directory: …')
        raise QuizzerError(_("Cannot read the settings file {path}: {error}.").format(
            path=path, error=os_reason(error)), paths=(path,)) from None
    except UnicodeDecodeError as error:
        raise QuizzerError(_("Cannot read the settings file {path}: {error}.").format(
            path=path, error=_("it is not UTF-8 text (byte {start} is invalid)").format(start=error.start)),
            paths=(path,)) from None
    import tomllib  # only with a file to read: every command starts without it otherwise

    try:
        data = _Read(tomllib.loads(text))
    except tomllib.TOMLDecodeError as error:
        raise QuizzerError(_("The settings file {path} is not valid TOML: {error}.").format(path=path, error=error), paths=(path,)) from None
    limits = _limits(data, Limits(), path)
    decks = data.get("decks", {})
    if not isinstance(decks, dict):
        raise QuizzerError(_("In {path}, [decks] must be a table of deck names.").format(path=path), paths=(path,))
    deck_limits = {}
    deck_typed: dict[str, bool] = {}
    for name, raw in decks.items():
        if not isinstance(raw, dict):
            raise QuizzerError(_("In {path}, [decks.\"{name}\"] must be a table.").format(path=path, name=name), paths=(path,))
        table = _Read(raw)
        deck_limits[name] = _limits(table, limits, path)
        if "typed" in table:
            deck_typed[name] = _bool(table, "typed", False, path, f'[decks."{name}"] typed')
        _unknown_keys(table, path, f'decks."{name}"', warn)
    leech_suspend = _bool(data, "leech_suspend", True, path, "leech_suspend")
    language = data.get("language")
    if language is not None and language not in LANGUAGES:
        raise QuizzerError(_("In {path}, language must be one of {choices}, not {language!r}.").format(path=path, choices=', '.join(LANGUAGES), language=language), paths=(path,))
    config = Config(
        rollover_hour=_int(data, "rollover_hour", DEFAULT_ROLLOVER_HOUR, 0, 23, path),
        limits=limits,
        deck_limits=deck_limits,
        leech_lapses=_int(data, "leech_lapses", DEFAULT_LEECH_LAPSES, 1, 1000, path),
        leech_suspend=leech_suspend,
        language=language,
        typed=_bool(data, "typed", False, path, "typed"),
        deck_typed=deck_typed,
        typed_slow_seconds=_int(data, "typed_slow_seconds", 20, 1, 3600, path),
        check=_bool(data, "check", True, path, "check"),
    )
    _unknown_keys(data, path, "", warn)
    return config


def _bool(table: dict[str, object], name: str, default: bool, where: Path, label: str) -> bool:
    value = table.get(name, default)
    if not isinstance(value, bool):
        raise QuizzerError(_("In {where}, {label} must be true or false.").format(where=where, label=label))
    return value
