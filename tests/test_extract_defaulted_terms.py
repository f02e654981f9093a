"""An item naming a setting with its default in parentheses, the first item nested under it saying what it is
(quizzer.extract.defaulted_terms; x-f32ko1, examples are our own)."""

from __future__ import annotations

from conftest import draft, facts

_SETTINGS = (
    "## 설정\n\n"
    "- 자주 바꾸는 설정\n"
    "  - autoReload (기본값: false)\n"
    "    - 바뀐 파일을 다시 읽어 들이는 기능\n"
    "    - 켜 두면 편하다.\n"
    "\n"
    "  - `maxTabs` (default: 8)\n"
    "    - 한 창에 열 수 있는 탭의 수\n"
)


def test_each_setting_is_a_concept_its_first_nested_item_the_meaning() -> None:
    assert facts(_SETTINGS) == [
        (5, "concept", None, "autoReload", "바뀐 파일을 다시 읽어 들이는 기능"),
        (9, "concept", None, "maxTabs", "한 창에 열 수 있는 탭의 수"),
    ]


def test_the_default_is_the_cards_context() -> None:
    assert {n.front: n.context for n in draft(_SETTINGS).notes} == {
        "autoReload": "기본값: false", "maxTabs": "default: 8",
    }


def test_an_item_with_no_default_is_not_read_so() -> None:
    text = "- 자주 바꾸는 설정\n  - autoReload\n    - 바뀐 파일을 다시 읽어 들이는 기능\n    - 켜 두면 편하다.\n"
    assert all(n.context is None for n in draft(text).notes)
    assert not any(n[3] == "autoReload" for n in facts(text))


def test_a_first_nested_item_that_does_not_say_what_it_is_is_not_read_so() -> None:
    # a command line first, not what the setting is
    text = "- autoReload (기본값: false)\n  - `app --reload`\n  - 켜 두면 편하다.\n"
    assert not any(n[3] == "autoReload" for n in facts(text))
