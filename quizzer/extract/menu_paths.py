"""Whether a text is a path through an app's menus or settings, where to click (pure).

    라인 : 시스템 설정 - 알림 - 미리보기 표시 - 항상
    cmd+q : "설정 > 일반"을 클릭 후 "종료 시 창 닫기" 체크
    keys : Preferences - Profiles - Keys - Presets

Notes about desktop apps write where a setting lives as the names of the menus and panes to open in
turn, joined by `` - `` or `` > ``.  Said after a term or a key, such a path is how to change something,
not what the term means or what the key does: a card of it would teach a place as a meaning.
"""

from __future__ import annotations

import re

__all__ = ["is_menu_path"]

# one menu or pane name: one to five words, no sentence sign, no code, no shell sign
_STEP = r"[^\s\-–>›→.!?:：`$|<]+(?: [^\s\-–>›→.!?:：`$|<]+){0,4}"
# three names or more joined by " - ", " > ", " › " or " → "
_PATH = re.compile(rf"{_STEP}(?: [-–>›→] {_STEP}){{2,}}")
# two names or more joined by " > " (or "›", "→") inside quotes
_QUOTED_PATH = re.compile(rf"[\"“'「]{_STEP}(?: [>›→] {_STEP})+[\"”'」]")
_JOINT = re.compile(r" ([-–>›→]) ")
_CLICK = re.compile(r"클릭|체크|\bclick|\btick\b", re.IGNORECASE)


def is_menu_path(text: str, *, whole: bool = True) -> bool:
    """``text`` is a menu path (``whole``: nothing but one), or tells to click along one."""
    text = " ".join(text.split())
    if whole and _PATH.fullmatch(text) and len(set(_JOINT.findall(text))) == 1:
        return True  # (one kind of joint all along: "a - b > c" is no path)
    return bool(_CLICK.search(text)) and bool(_QUOTED_PATH.search(text) or _PATH.search(text))
