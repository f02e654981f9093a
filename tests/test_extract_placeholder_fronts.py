"""A command line whose placeholders stand between the words it types keeps them on its front.

Dropping ``<컨테이너>`` from ``docker exec -it <컨테이너> bash`` glues its neighbours into another command line
(``docker exec -it bash``); the front is the line as written, and the line without its placeholders is no
accepted answer.  Placeholders at the end, or before flags only, still leave the short front (the command and
its options).  The note's key is what it was, so a card learnt under the old front keeps its history.
"""

from __future__ import annotations

import pytest

from conftest import draft
from quizzer.shell import concrete, glues, hides_korean_words, written


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


KOREAN_VALUES = """# 리눅스 명령어

## 압축과 전송

- `tar -czf 백업.tar.gz 문서/`: 문서 폴더를 gzip으로 압축해 백업 파일을 만든다
- `scp 파일.txt 사용자@서버:/tmp/`: 파일을 원격 서버의 /tmp로 복사한다
- `du -sh 문서/`: 폴더의 전체 크기를 사람이 읽기 쉽게 보여준다
- `ssh -p 2222 사용자@서버`: 2222번 포트로 서버에 접속한다
- `vi 파일명`: 파일을 연다
- `docker rmi <이미지>`: 이미지를 지운다
"""


def test_a_value_written_in_korean_stays_on_the_front_as_written() -> None:
    """``백업.tar.gz``, ``문서/``, ``사용자@서버``: a word in Korean where a file or a host goes may be a value or a
    placeholder, and no bracket says which (``backup.tar.gz`` and ``user@server`` stay on an English line's front);
    the learner sees the line the notes taught, each argument as written.  It still stands for any value in a typed
    answer, and the note's key is the line without it (a card learnt under the short front keeps its history)."""
    notes = draft(KOREAN_VALUES).notes
    assert [n.front for n in notes] == [
        "tar -czf 백업.tar.gz 문서/",
        "scp 파일.txt 사용자@서버:/tmp/",
        "du -sh 문서/",
        "ssh -p 2222 사용자@서버",
        "vi 파일명",
        "docker rmi",  # a placeholder a bracket marks: the short front, as before
    ]
    assert [n.key.rsplit("|", 1)[1] for n in notes] == ["tar -czf", "scp", "du -sh", "ssh -p 2222", "vi", "docker rmi"]
    assert all(n.key.rsplit("|", 1)[1] in n.answers for n in notes)
    assert [n.context for n in notes[:5]] == [None] * 5  # the front is the line: not shown twice


def test_korean_words_ending_a_sentence_after_the_line_are_no_arguments() -> None:
    assert not hides_korean_words("journalctl 이란?")
    assert not hides_korean_words("git log --oneline --graph 명령으로 볼 수 있다.")
    assert hides_korean_words("mkdir -p 경로1/경로2/경로3...")
    assert not hides_korean_words("docker rmi <이미지> 옵션")  # bracketed, or a marker of options
    assert not hides_korean_words("tar -czf backup.tar.gz docs/")


def test_three_korean_words_in_a_row_are_a_gloss_not_arguments() -> None:
    assert not hides_korean_words("ls -la 숨김 파일까지 보기")
    assert hides_korean_words("copy 원본_파일 복사될_파일")
    assert hides_korean_words("say -v Yuna '노래방 기계처럼 말하는 단어가 강조된다' --interactive")  # one word, quoted


def test_a_type_of_key_in_capitals_is_part_of_the_line() -> None:
    """'ssh-keygen -t RSA -b 4096' and '-t DSA -b 1024' had one key ('ssh-keygen -t -b …' less the type, read as a
    placeholder) and were joined into one note; each is its own line, its type of key in its key and front."""
    notes = draft("# 키\n\n- `ssh-keygen -t RSA -b 4096`: RSA 키 쌍\n- `ssh-keygen -t DSA -b 1024`: DSA 키 쌍\n").notes
    assert [(n.key.rsplit("|", 1)[1], n.front) for n in notes] == [
        ("ssh-keygen -t RSA -b 4096", "ssh-keygen -t RSA -b 4096"),
        ("ssh-keygen -t DSA -b 1024", "ssh-keygen -t DSA -b 1024"),
    ]
