"""Which part of a paragraph or block is the fact (issue 6, x-f7a): the defining sentence of a term's
paragraph, the title of a numbered step written "title: text", and a block of a program's statements that is
no command lines.  Examples are our own."""

from __future__ import annotations

from conftest import draft, facts

_TERMS = """# Containers

- **Volume**: A volume is a folder the engine keeps for a container. It outlives the container. Make one with `docker volume create`.
- **Layer**: 이미지를 이루는 읽기 전용 파일 묶음. 위에 쌓인 층이 아래 층을 가린다.
- **Tag**: Yes. Tags name one image.
"""


def test_the_first_sentence_defines_the_rest_is_context() -> None:
    notes = {n.front: n for n in draft(_TERMS).notes}
    assert notes["Volume"].back == "A volume is a folder the engine keeps for a container."
    assert notes["Volume"].context == "It outlives the container. Make one with docker volume create."
    assert notes["Layer"].back == "이미지를 이루는 읽기 전용 파일 묶음."
    assert notes["Layer"].context == "위에 쌓인 층이 아래 층을 가린다."


def test_a_first_sentence_too_short_to_define_keeps_the_paragraph_whole() -> None:
    notes = {n.front: n for n in draft(_TERMS).notes}
    assert notes["Tag"].back == "Yes. Tags name one image." and notes["Tag"].context is None


_PROCEDURE = """# Publish the site

1. Build the pages with `hugo`.
2. Check the output folder.
3. Upload it: Copy the folder to the server. It takes a minute.
4. You can also check the result in the browser at this address: https://example.org
"""


def test_a_titled_item_of_a_procedure_under_way_is_its_next_step() -> None:
    steps = [(n.line, n.kind.value, n.position, n.back, n.context) for n in draft(_PROCEDURE).notes if n.kind.value == "step"]
    assert steps[2] == (5, "step", 3, "Upload it", "Copy the folder to the server. It takes a minute.")
    # a long sentence before the colon is no title: the item stays whole
    assert steps[3][:3] == (6, "step", 4) and steps[3][3].startswith("You can also check the result")
    assert all(n.kind.value != "concept" for n in draft(_PROCEDURE).notes)


_SOURCE = """# Lambda

The handler:

```
import { S3 } from "aws-sdk";

// one client for every call
const s3 = new S3();
export const handler = async () => s3.listBuckets().promise();
```

Install the SDK:

```
npm install aws-sdk
```
"""


def test_statements_ending_in_semicolons_are_a_programs_source() -> None:
    made = draft(_SOURCE)
    assert [(n.line, n.command) for n in made.notes] == [(16, "npm install")]
    assert any(w.line == 5 and "statements ending in ';'" in w.message for w in made.warnings)


def test_shell_lines_ending_in_semicolons_are_no_statements() -> None:
    text = "# Shell\n\nSet the editor:\n\n```\nexport EDITOR=nano;\n```\n\nReload the settings:\n\n```\nsource ~/.bashrc;\n```\n"
    assert [line for line, _kind, _command, _front, _back in facts(text)] == [6, 12]


def test_one_item_over_a_block_that_reads_as_no_command_is_warned_not_a_case() -> None:
    text = "# Setup\n\n## Checks:\n\n* See which version is installed.\n  ```\n  >>> node --version\n  ```\n"
    made = draft(text)
    assert made.notes == ()
    assert [w.line for w in made.warnings] == [5]


def test_a_callout_defining_the_notes_program_is_a_concept() -> None:
    text = "---\ntitle: Tmux\n---\n\n> [!quote] Tmux is a terminal multiplexer. It lets you switch programs.\n\n> [!todo] Tmux is a thing to try later\n\n> Tmux is a great tool, says a friend.\n"
    assert facts(text) == [(5, "concept", None, "Tmux", "a terminal multiplexer")]


def test_an_item_opening_with_a_code_span_and_leading_into_a_block_describes_it() -> None:
    text = "# less\n\n- `20` 번째 줄로 이동:\n  ```shell\n  $ less +20 notes.txt\n  ```\n"
    assert facts(text) == [(5, "command", "less", "less +20 notes.txt", "20 번째 줄로 이동")]


def test_an_item_a_term_which_is_defines_it() -> None:
    text = (
        "# Storage\n\n- A volume, which is a folder the engine keeps for a container.\n"
        "- A driver which stores the data of each volume on a disk.\n"
        "- The folder, which is why it stays.\n- A stack, which is a set of services, runs on every node.\n"
    )
    assert facts(text) == [
        (3, "concept", None, "volume", "a folder the engine keeps for a container"),
        (4, "concept", None, "driver", "stores the data of each volume on a disk"),
    ]


def test_a_korean_sentence_naming_an_option_ends_the_definition_in_lower_case_too() -> None:
    # "… 값이다. docker build 에서 --target 옵션으로 …": the second sentence (another fact, an option's) opens with
    # a command's name in lower case; it is context, not part of the term's answer
    text = "# Build\n\n- **stages**: 빌드 단계를 나누는 설정 값이다. docker build 에서 --target 옵션으로 단계를 고를 수 있다.\n"
    (note,) = draft(text).notes
    assert (note.front, note.back) == ("stages", "빌드 단계를 나누는 설정 값이다.")
    assert note.context == "docker build 에서 --target 옵션으로 단계를 고를 수 있다."
    from quizzer.extract.defining import split

    assert split("목록을 보여 줘요. ls 에 -a 를 주면 숨은 파일도 나와요.") == ("목록을 보여 줘요.", "ls 에 -a 를 주면 숨은 파일도 나와요.")
    # a lower-case sentence naming no option, and a dash inside a word, leave the paragraph whole
    assert split("목록을 보여 주는 명령이다. make 로 빌드하면 된다.") == ("목록을 보여 주는 명령이다. make 로 빌드하면 된다.", None)
    assert split("목록을 보여 주는 명령이다. git-lfs 도 있다.") == ("목록을 보여 주는 명령이다. git-lfs 도 있다.", None)


def test_a_title_opening_with_an_article_names_a_remark_the_item_stays_whole() -> None:
    # "3. The catch: …" names a remark of the procedure, not a task to title the step with (x-f35en3)
    text = (
        "# Publish the site\n\n1. Build the pages with `hugo`.\n2. Check the output folder.\n"
        "3. The catch: the upload keeps old files on the server. So...\n4. Upload it: Copy the folder to the server.\n"
    )
    steps = [(n.line, n.position, n.back) for n in draft(text).notes if n.kind.value == "step"]
    assert steps[2] == (5, 3, "The catch: the upload keeps old files on the server. So...")
    assert steps[3] == (6, 4, "Upload it")
