"""Definitions in running prose: ``The `X` command is …`` (issue 6, x-en), with examples of our own."""

from __future__ import annotations

from conftest import draft as _draft, facts as _facts


def test_the_command_is_a_sentence_opening_a_paragraph() -> None:
    text = (
        "# Til\n\nThe `comm` command is a small utility that compares two sorted files line by line. It\n"
        "prints three columns.\n"
    )
    assert _facts(text) == [
        (3, "command", "comm", "comm", "a small utility that compares two sorted files line by line")
    ]


def test_the_instruction_in_capitals_does_something_is_a_concept() -> None:
    text = "NOTES\n\n1) The WORKDIR instruction sets the working directory for the steps after it.\n"
    assert _facts(text) == [(3, "concept", None, "WORKDIR", "sets the working directory for the steps after it")]


def test_a_plain_word_before_command_is_not_a_name() -> None:
    text = "# Notes\n\nThe build command is slow on big projects, so we cache it.\n"
    assert _facts(text) == []


def test_no_definition_when_the_sentence_says_where_or_what_next() -> None:
    text = "# Notes\n\nThe `jq` command is what we use below to read the reply.\n"
    assert _facts(text) == []


def test_a_sentence_that_also_explains_a_flag_is_not_one_fact() -> None:
    text = "# Notes\n\nThe COPY instruction copies files into the image, keeping owners with the --chown flag.\n"
    assert _facts(text) == []


def test_the_notes_program_is_a_something_opening_a_paragraph() -> None:
    text = "# zypper\n\n### About\n\nZypper is the command-line package manager of openSUSE. It reads repositories.\n\n```\nzypper refresh\nzypper install vim\nzypper remove vim\nzypper search vim\n```\n"
    assert [(n.line, n.kind.value, n.front, n.back) for n in _draft(text).notes if n.kind.value == "concept"] == [
        (5, "concept", "Zypper", "the command-line package manager of openSUSE")
    ]


def test_another_name_is_a_something_is_not_read_so() -> None:
    text = "# zypper\n\n### About\n\nYaST is the graphical tool of openSUSE.\n"
    assert [n for n in _draft(text).notes if n.kind.value == "concept"] == []


def test_the_last_sentence_moving_to_the_next_step_says_what_the_block_does() -> None:
    # the sentence before gives the reason (or finishes the step before); "Then, …:" leads into the block
    text = (
        "# Setup\n\n"
        "The packaged version lags behind, the tool ships every week. Then, fetch the newest release:\n\n"
        "```sh\nbrew upgrade gh\n```\n"
    )
    assert [(n.front, n.back) for n in _draft(text).notes] == [("brew upgrade gh", "fetch the newest release")]


def test_a_first_sentence_that_says_what_it_does_keeps_the_paragraph() -> None:
    text = "# Setup\n\nThe `-c` option counts the calls. Here's how to run it:\n\n```sh\nstrace -c ls\n```\n"
    assert all("Here's how" not in n.back or "counts the calls" in n.back for n in _draft(text).notes)


def test_a_last_sentence_wholly_in_parentheses_is_a_remark_not_what_the_block_does() -> None:
    text = (
        "# 백업\n\n다음 명령은 `backup.tar` 파일을 `out` 디렉토리에 푼다.\n"
        "(`-C out`을 빼면 지금 경로에 풀리므로 주의.)\n\n```\ntar -xf backup.tar -C out\n```\n"
    )
    (note,) = _draft(text).notes
    assert note.back == "다음 명령은 backup.tar 파일을 out 디렉토리에 푼다."


def test_the_name_the_title_gives_is_what_the_first_sentence_defines() -> None:
    text = "---\ntitle: Pyenv!\n---\n\nPyenv! is a tool for keeping several Pythons on one machine. It has a shell command.\n"
    assert [(n.kind.value, n.front, n.back) for n in _draft(text).notes] == [
        ("concept", "Pyenv!", "a tool for keeping several Pythons on one machine")
    ]


def test_a_paragraph_that_is_one_korean_sentence_defining_the_notes_program() -> None:
    text = "---\ntitle: FFprobe 사용법\n---\n\nFFprobe는 미디어 파일의 정보를 보여 주는 도구이다\n\n## 설치\n"
    assert ("concept", "FFprobe", "미디어 파일의 정보를 보여 주는 도구") in {(n.kind.value, n.front, n.back) for n in _draft(text).notes}
    # of several sentences, the first may say only part of what it is
    longer = text.replace("도구이다\n", "도구이다. 스트림도 고를 수 있다.\n")
    assert all(n.kind.value != "concept" for n in _draft(longer).notes)


def test_sentences_of_a_run_shown_block_by_block_are_no_descriptions() -> None:
    # the same line shown again with more of what it printed: what to try next, not what it does
    for sentence in ("이때 `abc`라고 입력하고 엔터를 치면...", "다른 글자를 더 입력해도 된다."):
        text = f"# 메모\n\n{sentence}\n\n```sh\n$ rev\nabc\ncba\n```\n"
        assert _draft(text).notes == ()
        assert 3 in {w.line for w in _draft(text).warnings}


def test_sure_enough_over_a_block_is_the_story_turning_to_its_result_not_what_the_line_does() -> None:
    text = "# 설정\n\nThe key ends up in the config.\n\nSure enough:\n\n```\n$ cat ~/.toolrc\n```\n"
    assert all(back.casefold() != "sure enough" for *_, back in _facts(text))
    assert 7 in [w.line for w in _draft(text).warnings]


def test_a_noun_phrase_under_the_title_is_what_the_program_is() -> None:
    text = "# rsync\nRemote file copying tool.\n\n```\n$ rsync -a src/ dst/\n```\n"
    assert (2, "concept", None, "rsync", "Remote file copying tool") in _facts(text)


def test_an_imperative_under_the_title_is_what_running_it_does_not_what_it_is() -> None:
    # "Execute a program periodically": the head noun 'program' is what it runs, not what it is (x-f29en2)
    text = "# watch\nExecute a program periodically.\n"
    assert _facts(text) == [(2, "command", "watch", "watch", "Execute a program periodically.")]


def test_a_quote_under_a_block_defining_its_sub_command_is_that_commands_note() -> None:
    text = (
        "# Certificates\n\nMake a private key for the site:\n\n```bash\nopenssl genrsa -out site.key 2048\n```\n\n"
        "> The genrsa command mainly generates an RSA private key. It can also encrypt it.\n"
    )
    found = _facts(text)
    assert (9, "command", "openssl genrsa", "openssl genrsa", "mainly generates an RSA private key") in found
    assert (6, "command", "openssl genrsa", "openssl genrsa -out site.key 2048", "Make a private key for the site") in found


def test_a_quote_defining_another_command_is_no_definition_of_the_lines() -> None:
    text = (
        "# Certificates\n\nMake a private key for the site:\n\n```bash\nopenssl genrsa -out site.key 2048\n```\n\n"
        "> The rsa command processes RSA keys.\n"
    )
    assert all(fact[3] != "openssl rsa" for fact in _facts(text))


def test_the_lines_a_command_is_continued_on_are_none_of_them_output() -> None:
    from quizzer.extract.transcripts import printed
    from quizzer.shell import parse_invocation

    lines = [(6, "openssl genrsa \\"), (7, "  -out site.key \\"), (8, "  2048")]
    command = parse_invocation("openssl genrsa -out site.key 2048")
    assert command is not None and printed(lines, [command]) == ""
    text = (
        "# Certificates\n\nMake a private key for the site:\n\n```bash\nopenssl genrsa \\\n  -out site.key \\\n  2048\n```\n\n"
        "> The genrsa command mainly generates an RSA private key.\n"
    )
    assert (11, "command", "openssl genrsa", "openssl genrsa", "mainly generates an RSA private key") in _facts(text)
