"""A command line whose placeholders stand between the words it types keeps them on its front.

Dropping ``<컨테이너>`` from ``docker exec -it <컨테이너> bash`` glues its neighbours into another command line
(``docker exec -it bash``); the front is the line as written, and the line without its placeholders is no
accepted answer.  Placeholders at the end, or before flags only, still leave the short front (the command and
its options).  The note's key is what it was, so a card learnt under the old front keeps its history.
"""

from __future__ import annotations

import pytest

from conftest import draft
from quizzer.shell import concrete, glues, written


@pytest.mark.parametrize(
    ("line", "glued"),
    [
        ("podman exec -it <pod> sh", True),
        ("podman exec -it {name} sh", True),
        ("kubectl exec -it [POD] -- ls /", True),
        ("tar -czf ARCHIVE folder/", True),
        ("tool compose -f <file> up", True),  # "-f up": the flag would take the next word
        ("cat <파일> | wc -l", True),  # "cat | wc -l" reads no file
        ("git add <file>", False),  # at the end: "git add"
        ("kubectl logs <pod> -f", False),  # before a flag only: "kubectl logs -f"
        ("docker image save 옵션 파일명 이미지명", False),
        ("docker stats webserver1", False),  # no placeholder at all
    ],
)
def test_a_placeholder_between_typed_words_glues_them(line: str, glued: bool) -> None:
    assert glues(line) is glued


def test_written_keeps_the_placeholders_and_ends_where_the_command_ends() -> None:
    assert written("podman exec -it <pod> sh") == "podman exec -it <pod> sh"
    assert written("$ podman exec -it <pod> sh > out.txt") == "podman exec -it <pod> sh"
    assert written("jq '.a' <file> => 1") == "jq '.a' <file>"
    assert concrete("podman exec -it <pod> sh") == "podman exec -it sh"  # what the key is made of, unchanged


def test_written_ends_at_an_or_before_another_spelling_of_the_line() -> None:
    assert written("helm ls 또는 $ helm list <name>") == "helm ls"
    assert written("helm get <name> 혹은 helm status <name>") == "helm get <name>"
    assert written("tool cp <a> 또는 복사") == "tool cp <a> 또는 복사"  # no other spelling after it: words of the line


SHELL_IN = """# 컨테이너 메모

## 파드 안에서 셸 열기

```
kubectl exec -it <파드> -- sh
```

## 로그 보기

```
kubectl logs <파드> -f
```
"""


def test_a_fenced_line_under_its_heading_keeps_its_placeholder_on_the_front() -> None:
    notes = draft(SHELL_IN).notes
    assert [(n.line, n.front, n.back) for n in notes] == [
        (6, "kubectl exec -it <파드> -- sh", "파드 안에서 셸 열기"),
        (12, "kubectl logs -f", "로그 보기"),  # nothing glued: the short front stays
    ]
    shell = notes[0]
    assert shell.key.endswith("|kubectl exec|kubectl exec -it -- sh")  # the key of before: history stays
    assert "kubectl exec -it -- sh" not in shell.answers  # another command line, never a right answer
    assert shell.front in shell.answers and "kubectl exec -it" in shell.answers


ITEMS = """# Podman

- `podman exec -it {name} bash` - opens a shell in the container
- `podman run --name <name> alpine` - starts alpine under a name
- `podman rm <name>` - removes a container
"""


def test_items_in_other_placeholder_spellings_keep_them_too() -> None:
    fronts = [(n.line, n.front) for n in draft(ITEMS).notes]
    assert fronts == [
        (3, "podman exec -it {name} bash"),
        (4, "podman run --name <name> alpine"),  # "--name alpine" would name the container alpine
        (5, "podman rm"),
    ]
