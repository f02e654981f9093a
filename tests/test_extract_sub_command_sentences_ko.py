"""A paragraph opening with a program's sub-command in code, then the word for command and what it does
(a backquoted ``docker image prune``, then ``명령어는 쓰지 않는 이미지를 지우는 데 사용합니다.``): a command note of that sub-command, as
for a program alone (narrative._SENTENCE_KO); examples of our own."""

from __future__ import annotations

from conftest import facts as _notes

_SENTENCE = "# 정리하기\n\n`docker image prune` 명령어는 **쓰지 않는 이미지**를 지우는 데 사용합니다.\n"


def test_the_sentence_says_what_the_sub_command_does() -> None:
    assert [(n[0], n[1], n[2], n[3]) for n in _notes(_SENTENCE)] == [(3, "command", "docker image prune", "docker image prune")]
    assert "쓰지 않는 이미지를 지우는 데 사용합니다" in _notes(_SENTENCE)[0][4]


def test_a_program_alone_is_read_as_before() -> None:
    assert [n[3] for n in _notes("# 용량\n\n`du` 명령어는 디스크 사용량을 보여준다.\n")] == ["du"]


def test_words_after_a_program_the_notes_do_not_know_are_no_command() -> None:
    assert _notes("# 정리하기\n\n`frob image prune` 명령어는 쓰지 않는 이미지를 지우는 데 사용합니다.\n") == []


def test_a_line_with_a_value_is_not_read_as_a_sub_command() -> None:
    assert _notes("# 보기\n\n`kubectl get pods` 명령어는 파드 목록을 보여주는 데 사용합니다.\n") == []


_SUB_ALONE = """# 되돌리기

`revert` 명령어는 지난 커밋을 되돌리는 새 커밋을 만드는 데 사용합니다.

```sh
$ git revert HEAD
```

```sh
$ git log --oneline
$ git show HEAD
```
"""


def test_a_sub_command_alone_in_notes_about_its_program_is_the_programs() -> None:
    # (x-f31ko1) "`revert` 명령어는 …" in notes whose lines mostly run git: git's sub-command of that name
    assert [n[:4] for n in _notes(_SUB_ALONE) if n[0] == 3] == [(3, "command", "git revert", "git revert")]
    # a word that is no sub-command of the notes' program is no command of it
    assert [n for n in _notes(_SUB_ALONE.replace("`revert`", "`frobnicate`")) if n[0] == 3] == []
