"""The app a heading over a table of shortcut keys names (pure).

Notes of desktop shortcuts often give each app a heading of its own and a table of its keys under it::

    phpStorm
    ---
    | 키 | 기능 |
    |---|---|
    | shift + F6 | 이름 변경 |

The keys are that app's: a card says ``phpStorm`` as the program, as it would say ``vim`` for keys under
``## vim``.  A heading names an app when it is one word written as a name is (``phpStorm``, ``iTerm2``,
``chrome``, ``메모앱``), not a platform (``macOS``: the system's own keys) and not a word for a group of keys
(``일반``, ``General``, ``Navigation``, ``편집``): those keys name no program, as before.  A capitalised
ordinary word (``Editing``, ``Tabs``) is not told from a name (``Finder``) by its spelling, so it names none;
nor does a plural in lower case (``tips``, ``buffers``): a group of keys, not an app.
"""

from __future__ import annotations

import re

from quizzer import lazyre
from quizzer.extract.knowledge import KEY_PLATFORMS, names_pattern
from quizzer.extract.walk import Walk
from quizzer.text import clean

__all__ = ["app"]

# words that title a group of keys rather than an app, casefolded
_GROUPS = frozenset(
    """일반 기본 공통 전체 기타 시스템 편집 탐색 이동 선택 검색 창 탭 화면 커서 단축키 키 텍스트 파일 보기 찾기 실행
    general common basic basics global misc miscellaneous other others navigation editing edit selection select
    search find tabs tab windows window panes pane view cursor text shortcuts shortcut keys key system files file
    movement moving motion motions scrolling scroll mouse clipboard history bookmarks debug debugging terminal
    browser editor tips tricks usage advanced essentials reference more extras bonus commands cheatsheet
    buffers registers marks macros folds folding splits sessions layouts""".split()
)
_PLATFORM = lazyre.pattern(names_pattern(KEY_PLATFORMS), re.IGNORECASE)
_CAMEL = lazyre.pattern(r"[a-z][A-Z]|[A-Z]{2}[a-z]")  # phpStorm, iTerm, VSCode
_LOWER = lazyre.pattern(r"[a-z][a-z0-9.+-]{1,19}")  # chrome, chrom, notepad++
_DIGITS = lazyre.pattern(r"(?=.*[A-Za-z])(?=.*\d)[A-Za-z][A-Za-z0-9.+-]{1,19}")  # iTerm2, office365
_KOREAN_APP = lazyre.pattern(r"[\uac00-\ud7a3A-Za-z]{1,12}(?:앱|어플|어플리케이션)")  # 메모앱, 카톡앱


def _names_app(heading: str) -> bool:
    word = clean(heading.replace("`", "")).strip("*_ ")
    if not word or " " in word or word.casefold() in _GROUPS or _PLATFORM.fullmatch(word):
        return False
    if word.endswith(("ing", "ion", "ment")):
        return False  # "editing", "selection", "movement": what the keys do, not whose
    if word.islower() and word.endswith("s") and not word.endswith("ss"):
        return False  # "tips", "buffers", "panes": a plural names a group of keys, not an app
    return bool(
        _CAMEL.search(word) and re.fullmatch(r"[A-Za-z][A-Za-z0-9.+-]*", word)
        or _LOWER.fullmatch(word) or _DIGITS.fullmatch(word) or _KOREAN_APP.fullmatch(word)
    )


def app(walk: Walk) -> str | None:
    """The app whose keys a table here lists: the nearest heading, when it names one; else None."""
    for section in reversed(walk.sections):
        if section.text:
            word = clean(section.text.replace("`", "")).strip("*_ ")
            return word if _names_app(section.text) else None
    return None
