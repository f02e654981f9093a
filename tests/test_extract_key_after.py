"""What a shortcut does first and its keys last, a key's heading over its meaning, and sentences that
say to press a key (quizzer/extract/key_after.py, heading_keys.read_meaning, key_sentences.py), in
examples of our own (x-keys4)."""

from __future__ import annotations

from conftest import draft as _draft


def _notes(text: str) -> list[tuple[int, str, str | None, str, str, tuple[str, ...]]]:
    return [(n.line, n.kind.value, n.command, n.front, n.back, n.answers) for n in _draft(text).notes]


def test_the_action_then_its_keys_is_a_note_of_the_keys() -> None:
    text = (
        "# Reader app\n\n"
        "- Add a bookmark: `Ctrl+D`\n"
        "- 목차 열기 — <kbd>Ctrl</kbd>+<kbd>Shift</kbd>+<kbd>O</kbd>\n"
        "- Next chapter (`Alt+→`)\n"
        "- Zoom: `Ctrl++` / `Ctrl+-`\n"
    )
    assert _notes(text) == [
        (3, "command", None, "Ctrl+D", "Add a bookmark", ("Ctrl+D",)),
        (4, "command", None, "Ctrl+Shift+O", "목차 열기", ("Ctrl+Shift+O",)),
        (5, "command", None, "Alt+→", "Next chapter", ("Alt+→",)),
        (6, "command", None, "Ctrl++ / Ctrl+-", "Zoom", ("Ctrl++", "Ctrl+-")),
    ]


def test_a_bare_letter_or_a_value_after_the_words_is_not_a_key_outside_a_keys_section() -> None:
    text = "# Notes\n\n- Default port: `8080`\n- Reload: `r`\n- Example: `Ctrl+R`\n"
    assert not [n for n in _draft(text).notes if n.reason == "what it does, then the keys that do it"]
    keys = "## Shortcuts\n\n- Reload: `r`\n"
    assert _notes(keys) == [(3, "command", None, "r", "Reload", ("r",))]


def test_a_heading_that_is_a_key_and_the_paragraph_under_it() -> None:
    text = "# Terminal\n\n## Ctrl + L\n\n화면을 지운다.\n\n## Esc\n\n- 입력 취소\n"
    assert _notes(text) == [
        (5, "command", None, "Ctrl + L", "화면을 지운다.", ("Ctrl + L",)),
        (9, "command", None, "Esc", "입력 취소", ("Esc",)),
    ]


def test_a_sentence_that_says_to_press_a_key() -> None:
    text = (
        "# Viewer\n\n## Keyboard\n\n"
        "Press `Ctrl+F` to search the page. It is case-insensitive.\n\n"
        "<kbd>Shift</kbd>+<kbd>Space</kbd>를 누르면 한 화면 위로 간다.\n\n"
        "## 단축키\n\n"
        "q를 누르면 창이 닫힌다. 그 밖의 키는 아래에 있다.\n\n"
        "Press `Ctrl+C` to copy, then `Ctrl+V` to paste.\n"  # two keys: not one fact
    )
    assert _notes(text) == [
        (5, "command", None, "Ctrl+F", "search the page", ("Ctrl+F",)),
        (7, "command", None, "Shift+Space", "한 화면 위로 간다", ("Shift+Space",)),
        (11, "command", None, "q", "창이 닫힌다", ("q",)),
    ]


def test_a_key_to_press_among_other_notes_is_a_step_not_a_key_to_learn() -> None:
    text = "# Installer\n\nPress `Enter` to accept the default path.\n"
    assert not [n for n in _draft(text).notes if n.reason == "sentence: press the key, and what it does"]


def test_a_word_that_says_whose_keys_is_a_warning_not_a_meaning() -> None:
    text = "# Notes\n\n- Windows: `Ctrl+P`\n- Default: `F5`\n- 단축키: `F2`\n"
    assert _notes(text) == []
    assert [w.line for w in _draft(text).warnings] == [3, 4, 5]


def test_a_heading_that_names_a_topic_is_not_a_key() -> None:
    text = "# Browser\n\n## Tab\n\n탭은 열린 페이지 하나다.\n\n## F5\n\n새로 고침.\n"
    assert [(n.front, n.back) for n in _draft(text).notes if n.kind.value == "command"] == [("F5", "새로 고침.")]


def test_type_or_use_with_a_word_is_not_a_key() -> None:
    text = "# vim\n\n## Help\n\nType `help` to see the manual.\n\nType `:q` to quit.\n"
    assert [(n.front, n.back) for n in _draft(text).notes if n.reason == "sentence: press the key, and what it does"] == [
        (":q", "quit"),
    ]


def test_a_sentence_that_says_to_type_a_command_and_what_happens() -> None:
    text = (
        "# 모니터링\n\n"
        "터미널에서 `htop`이라고 치면 프로세스 목록이 색깔별로 뜬다. 종료는 q.\n\n"
        "`tmux ls`를 입력하면 세션 목록이 나온다.\n\n"
        "`frobnicate`라고 치면 아무 일도 없다.\n"  # no program the notes know: not this reading
    )
    typed = "sentence: type the command, and what happens"
    assert [(n.line, n.command, n.front, n.back) for n in _draft(text).notes if n.reason == typed] == [
        (3, "htop", "htop", "프로세스 목록이 색깔별로 뜬다"),
        (5, "tmux ls", "tmux ls", "세션 목록이 나온다"),
    ]


def test_a_bullet_that_says_to_type_a_command_and_what_happens() -> None:
    # a bullet of tips, the same sentence; a numbered item is a step of a procedure, not read so
    text = (
        "## 팁\n\n"
        "- `pwd`를 입력하면 지금 있는 디렉토리의 경로가 나온다. 심볼릭 링크는 그대로 보인다.\n"
        "- 터미널에서 `df -h`라고 치면 디스크별 남은 용량을 볼 수 있다.\n\n"
        "## 설치\n\n"
        "1. `brew doctor`를 입력하면 경고가 뜬다.\n"
    )
    typed = "sentence: type the command, and what happens"
    assert [(n.line, n.command, n.front, n.back) for n in _draft(text).notes if n.reason == typed] == [
        (3, "pwd", "pwd", "지금 있는 디렉토리의 경로가 나온다"),
        (4, "df", "df -h", "디스크별 남은 용량을 볼 수 있다"),
    ]


def test_a_caret_beside_a_macs_sign_is_control() -> None:
    from quizzer.extract.knowledge import is_key_chord

    assert is_key_chord("^ + ⌥ + U") and is_key_chord("^+⌥+◀︎")
    assert not is_key_chord("^C") and not is_key_chord("^[0-9]") and not is_key_chord("^ + U")


def test_plain_words_then_keys_in_notes_about_programs_not_said_whose_are_warned() -> None:
    # "왼쪽 절반 : ^ + ⌥ + H" under the lines that install an app: some app's keys, the notes do not say which
    text = (
        "# 창 정리 앱\n\n```\nbrew update\nbrew install --cask rectangle\nbrew list\nbrew upgrade\n```\n\n"
        "- 창 배치\n   - 왼쪽 절반 : ^ + ⌥ + H\n   - 전체 화면 : ^ + ⌥ + F\n"
    )
    draft = _draft(text)
    assert all(n.reason != "what it does, then the keys that do it" for n in draft.notes)
    assert [w.line for w in draft.warnings if w.line >= 11] == [11, 12]


def test_plain_words_then_keys_in_notes_that_run_no_program_are_keys_of_no_program() -> None:
    # "왼쪽 절반 : ^ + ⌥ + H" in notes of everyday keys: the keys are the subject, the words the answer
    text = "# 창 정리\n\n- 창 배치\n   - 왼쪽 절반 : ^ + ⌥ + H\n   - Whole screen : Ctrl + Alt + F\n"
    assert _notes(text) == [
        (4, "command", None, "^ + ⌥ + H", "왼쪽 절반", ("^ + ⌥ + H",)),
        (5, "command", None, "Ctrl + Alt + F", "Whole screen", ("Ctrl + Alt + F",)),
    ]


def test_plain_words_then_keys_of_the_notes_editor_are_its_keys() -> None:
    text = "# Vim\n\n- 창 나누기 : Ctrl + W\n"
    assert _notes(text) == [(3, "command", "vim", "Ctrl + W", "창 나누기", ("Ctrl + W",))]


def test_keys_written_after_the_prefix_in_angle_brackets_are_the_multiplexers_keys() -> None:
    # (x-f34ko2) "<prefix> + d" is how many tmux notes write the prefix, then a key: a chord of tmux, not keys typed
    # as text after a label (as "<C-n>" in vim notes)
    text = "# tmux 메모\n\n## 세션\n\n- 세션 분리 : `<prefix> + d`\n- Rename the session: `<Prefix>-$`\n- 창 목록 : `<prefix> + 창 번호`\n"
    assert _notes(text) == [
        (5, "command", "tmux", "<prefix> + d", "세션 분리", ("<prefix> + d",)),
        (6, "command", "tmux", "<Prefix>-$", "Rename the session", ("<Prefix>-$",)),
        (7, "command", "tmux", "<prefix> + 창 번호", "창 목록", ("<prefix> + 창 번호",)),
    ]


def test_a_remark_after_the_keys_and_a_comma_is_their_context() -> None:
    # (x-f34ko2) "Zoom: `keys`, press again to undo": the remark is said of the keys, the words before are their meaning;
    # one Hangul syllable ("창") is a word
    text = (
        "# screen 메모\n\n## 창\n\n"
        "- 창 : `<prefix> + w`, 목록에서 고른다\n"
        "- Full screen: `C-a F`, press again to leave.\n"
        "- Copy: `C-a [`, then paste with ctrl+]\n"  # keys in the remark: no context of one key
    )
    notes = {n.line: n for n in _draft(text).notes}
    assert (notes[5].front, notes[5].back, notes[5].context) == ("<prefix> + w", "창", "목록에서 고른다")
    assert (notes[6].front, notes[6].back, notes[6].context) == ("C-a F", "Full screen", "press again to leave")
    assert 7 not in notes or notes[7].reason != "what it does, then the keys that do it"


def test_several_keys_written_after_one_modifier_make_no_card() -> None:
    # (x-f19en) "Editor : ctrl + z,y": ctrl+z and ctrl+y do different things; the name before them says neither
    text = "- Editor : ctrl + z,y\n- Mail app : cmd + n,r,f\n- Terminal : ctrl + shift + t\n- Close the tab : cmd + w\n"
    notes = _notes(text)
    assert [(n[0], n[3], n[4]) for n in notes] == [(3, "ctrl + shift + t", "Terminal"), (4, "cmd + w", "Close the tab")]
    assert {1, 2} <= {w.line for w in _draft(text).warnings}


def test_a_list_of_two_letter_keys_among_chords_is_no_definition() -> None:
    # (x-f19en) "mail : gi, gc" among lines of chords lists the site's keys; no word in it says what "mail" is
    text = "- cmd + shift + n -> new window\n- ctrl + tab\n- mail : gi, gc\n- cmd + l\n"
    assert [(n[0], n[3]) for n in _notes(text)] == [(1, "cmd + shift + n")]
    assert 3 in [w.line for w in _draft(text).warnings]


def test_codes_of_two_letters_in_a_glossary_stay_its_definitions() -> None:
    text = "# Team glossary\n\n- Supported languages: en, ko, ja\n- Release channels: stable, beta\n- Regions: kr, jp, us\n"
    assert [(n[0], n[4]) for n in _notes(text)] == [(3, "en, ko, ja"), (4, "stable, beta"), (5, "kr, jp, us")]


def test_a_sentence_broken_by_a_block_leaves_the_next_one_to_be_read() -> None:
    # "치환하려면" / the block / "을 입력합니다. `&`를 누르면 …": the first sentence ends the one above the block
    text = "# vim\n\n## 치환\n\n치환하려면\n\n```\n:s/a/b/\n```\n\n을 입력합니다. `&`를 누르면 같은 치환을 되풀이합니다.\n"
    assert [(n.front, n.back) for n in _draft(text).notes if n.reason == "sentence: press the key, and what it does"] == [
        ("&", "같은 치환을 되풀이합니다"),
    ]
    # a first sentence of its own before the key is not passed over
    text = "# vim\n\n## 치환\n\n치환을 되풀이합니다. `&`를 누르면 같은 치환을 되풀이합니다.\n"
    assert not [n for n in _draft(text).notes if n.reason == "sentence: press the key, and what it does"]


def test_plain_keys_pressed_in_turn_after_what_they_do_are_the_editors_keys() -> None:
    # "- 전체 선택: gg shift+v+g" in notes about vim: the keys, one after the other, are the subject; never a concept
    # whose answer is keys
    text = "# Vim\n\n- 문서 전체 복사: gg shift+v+g y\n- 아래 창으로: ctrl+w j\n"
    assert [(n[0], n[2], n[3], n[4]) for n in _notes(text)] == [
        (3, "vim", "gg shift+v+g y", "문서 전체 복사"), (4, "vim", "ctrl+w j", "아래 창으로"),
    ]


def test_plain_keys_with_no_chord_or_two_things_named_are_not_read_in_turn() -> None:
    # "h j k l" lists keys that each do their own part; "되돌리기/다시 하기: u ctrl+r" names two things for two keys;
    # outside notes about an editor nothing says whose keys they are
    text = "# Vim\n\n- 이동: h j k l\n- 되돌리기/다시 하기: u ctrl+r\n"
    assert all(n[4] not in ("이동", "되돌리기/다시 하기") for n in _notes(text))
    assert all(n[3] not in ("h j k l", "u ctrl+r") for n in _notes(text))
    assert [n[3] for n in _notes("# 메모\n\n- 전체 선택: gg shift+v+g\n")] != ["gg shift+v+g"]
    # words among the keys ("then"), a key ending a sentence ("k."): a sentence, not keys pressed in turn
    assert [n[3] for n in _notes("# Vim\n\n- 창 닫기: ctrl+w then q.\n")] == ["창 닫기"]


def test_a_chord_written_plainly_then_pressing_it_and_what_happens() -> None:
    # "- 습관적으로 ctrl+s 누르면 …": an adverb at most before the chord; what happens up to the clause's end, the rest
    # (another key to press then) its context
    text = "# Vim\n\n- 실수로 ctrl+z 누르면 창이 사라짐.. 그럴 땐 fg\n\nAlt+F4를 누르면 창이 닫힌다.\n"
    notes = {n.line: n for n in _draft(text).notes}
    assert (notes[3].command, notes[3].front, notes[3].back, notes[3].context) == ("vim", "ctrl+z", "창이 사라짐", "그럴 땐 fg")
    assert (notes[5].front, notes[5].back) == ("Alt+F4", "창이 닫힌다")


def test_a_word_or_a_step_pressing_a_key_is_no_chord_to_learn() -> None:
    # "엔터 누르면", "아무 키나 누르면": no chord; "1. ctrl+s 누르면 저장됨" is a step of a procedure; a place before the
    # chord ("터미널에서") is where, not how, and not read so
    for text in ("- 엔터 누르면 다음 줄로\n", "- 아무 키나 누르면 닫힘\n", "1. ctrl+s 누르면 저장됨\n2. 닫는다\n",
                 "- 터미널에서 ctrl+c 누르면 멈춤\n"):
        assert all(n.reason != "sentence: press the key, and what it does" for n in _draft(f"# Vim\n\n{text}").notes), text
