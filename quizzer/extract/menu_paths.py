"""Whether a text is a path through an app's menus or settings, where to click (pure).

    라인 : 시스템 설정 - 알림 - 미리보기 표시 - 항상
    cmd+q : "설정 > 일반"을 클릭 후 "종료 시 창 닫기" 체크
    keys : Preferences - Profiles - Keys - Presets

Notes about desktop apps write where a setting lives as the names of the menus and panes to open in
turn, joined by `` - `` or `` > ``.  Said after a term or a key, such a path is how to change something,
not what the term means or what the key does: a card of it would teach a place as a meaning.  Names joined
by `` - `` or `` → `` alone are as often a sequence (``Model - View - Controller``, ``컴파일 - 링크 - 패키징``):
they are a path only when a word names the settings or a menu.
"""

from __future__ import annotations

import re

from quizzer import lazyre

__all__ = ["is_menu_path"]

# one menu or pane name: one to five words, no sentence sign, no code, no shell sign
_STEP = r"[^\s\-–>›→.!?:：`$|<]+(?: [^\s\-–>›→.!?:：`$|<]+){0,4}"
# three names or more joined by " - ", " > ", " › " or " → "
_PATH = lazyre.pattern(rf"{_STEP}(?: [-–>›→] {_STEP}){{2,}}")
# two names or more joined by " > " (or "›", "→") inside quotes
_QUOTED_PATH = lazyre.pattern(rf"[\"“'「]{_STEP}(?: [>›→] {_STEP})+[\"”'」]")
_JOINT = lazyre.pattern(r" ([-–>›→]) ")
_JOINT_SIGN = lazyre.pattern("[-–>›→]")
_CLICK = lazyre.pattern(r"클릭|체크|들어가|\bclick|\btick\b|^(?:open|go to|navigate to)\b", re.IGNORECASE)
# a word naming where settings live: "Model - View - Controller", "컴파일 - 링크 - 패키징" are sequences, not menus
_SETTINGS = lazyre.pattern(r"설정|메뉴|\b(?:settings?|preferences?|menu|options)\b", re.IGNORECASE)


def is_menu_path(text: str, *, whole: bool = True) -> bool:
    """``text`` is a menu path (``whole``: nothing but one), or tells to click along one."""
    if _JOINT_SIGN.search(text) is None:
        return False  # (most texts: no sign a joint is made of, nothing to fold and search for joints)
    text = " ".join(text.split())
    joints = set(_JOINT.findall(text))
    if not joints:
        return False  # every path below is names joined by one of _JOINT's (most texts have none)
    if whole and _PATH.fullmatch(text) and len(joints) == 1 and (joints <= {">", "›"} or _SETTINGS.search(text)):
        # one kind of joint all along ("a - b > c" is no path); joined by "-" or "→" a path names where settings
        # are ("시스템 설정 - 알림 - …"): any other names so joined are a sequence (MVC, a build's stages)
        return True
    return bool(_CLICK.search(text)) and bool(_QUOTED_PATH.search(text) or _PATH.search(text))
