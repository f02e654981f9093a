"""Program knowledge (quizzer/extract/knowledge.py): one test per entry, through what extraction does with it."""

from __future__ import annotations

import re

import pytest

from quizzer.extract import Kind, extract
from quizzer.text import has_hangul
from conftest import draft, warned
from quizzer.extract.knowledge import (
    AS_ROOT,
    NAMING_NOTHING,
    EVALUATORS,
    MODULE_RUNNERS,
    ROOT_SWITCHES,
    WRAPPERS,
    bunches_keys,
    BACKSLASH_COMMANDS,
    BACKSLASH_FAMILIES,
    CAUTION_WORDS_KO,
    DOING_NOUNS_KO,
    REMARK_STARTS,
    REQUIREMENT_ENDS,
    RIGHTS,
    SHELLS,
    GROUPS,
    INSTALLERS,
    INTERACTIVE_COMMANDS,
    DOTTED_FAMILIES,
    MENU_PROGRAMS,
    MESSAGE_LEVELS,
    ERROR_WORDS,
    PROGRAM_WIDE_OPTIONS,
    EDITORS,
    KEY_NAMES,
    KEY_PROGRAMS,
    LABEL_ADJECTIVES,
    LABEL_QUALIFIERS,
    LABEL_FOLLOWERS,
    LABEL_HEADS,
    LABELS,
    MARKER_WORDS,
    PREMISE_STARTS,
    LEAD_IN_STARTS,
    PRODUCT_PROGRAMS,
    PROGRAMS,
    SHELL_PROGRAMS,
    SHORT_FORMS,
    SUBCOMMANDS,
    TOPIC_WORDS,
    VERB_PROGRAMS,
    WINDOWS_HELP_PROGRAMS,
    dominant_program,
    is_key_chord,
    is_key_or_chord,
    is_label,
    is_label_phrase,
    is_list_title,
    names_topic,
    TOPIC_OPENERS,
    names_kind_of_line,
    FILE_KINDS,
    names_file_kind,
    REMARK_BOX_KINDS,
    is_explaining_heading,
    says_own_task,
    PRONOUNS,
    NOT_DOING_EN,
    names_task,
    is_remark,
    says_where_it_works,
    is_marker,
    is_numbered_label,
    names_system,
    without_system,
    KEY_PLATFORMS,
    SYSTEM_WORDS,
    SYSTEMS,
    names_pattern,
    NUMBERED_LABELS,
    is_premise,
    program_named,
    plugin_named,
    INSTALL_HEADINGS,
    is_install_heading,
    NOTES_WORDS,
    sub_command,
)
from quizzer.shell import parse_invocation, plain_program


def _notes(text: str) -> list[tuple[str, str | None, str, str]]:
    return [(n.kind.value, n.command, n.front, n.back) for n in extract(text, deck="t", source="t.md").notes]


@pytest.mark.parametrize("prefix", sorted(GROUPS))
def test_every_group_takes_its_words_one_level_deeper(prefix: str) -> None:
    for word in sorted(GROUPS[prefix]):
        line = f"{prefix} {word} verb --flag ARG"
        invocation = parse_invocation(line)
        assert invocation is not None and invocation.command == f"{prefix} {word} verb", line
    if not GROUPS[prefix]:
        invocation = parse_invocation(f"{prefix} verb --flag")
        assert invocation is not None and invocation.command == f"{prefix} verb"


@pytest.mark.parametrize("program", sorted(VERB_PROGRAMS))
def test_every_verb_program_keeps_its_sub_command(program: str) -> None:
    invocation = parse_invocation(f"{program} verb -x value")
    assert invocation is not None and invocation.command == f"{program} verb"
    assert invocation.flags == ("-x",)


@pytest.mark.parametrize("program", sorted(SUBCOMMANDS))
def test_every_sub_command_heading_names_the_command_of_its_options(program: str) -> None:
    for word in sorted(SUBCOMMANDS[program]):
        assert sub_command(program, word) == f"{program} {word}"
        assert sub_command(program, f"{word} (설명)") == f"{program} {word}"
    assert sub_command(program, "performance") is None  # a topic heading
    word = sorted(SUBCOMMANDS[program])[0]
    text = f"# {program}\n\n## {word}\n\n- `--zzz`: 설명 하나\n"
    # a program whose sub-commands take options of their own (VERB_PROGRAMS, GROUPS) files them under the
    # sub-command; mvn's phases take none, every option is mvn's ("mvn -P prod compile")
    owner = f"{program} {word}" if program in VERB_PROGRAMS or program in GROUPS else program
    assert _notes(text) == [("option", owner, "--zzz", "설명 하나")]


@pytest.mark.parametrize("name", sorted(PRODUCT_PROGRAMS))
def test_every_product_name_in_a_title_names_its_program(name: str) -> None:
    program = PRODUCT_PROGRAMS[name]
    assert program_named(f"Spring {name.title()}") == program
    # x-f32ko2: its lines of "goal : meaning" are the program's sub-commands
    word = sorted(SUBCOMMANDS[program])[0]
    assert _notes(f"# {name.title()} 정리\n\n{word} : 설명 하나\n") == [("command", program, f"{program} {word}", "설명 하나")]


@pytest.mark.parametrize("name", sorted(KEY_NAMES))
def test_every_key_name_is_a_key_of_the_editor_also_in_a_chord(name: str) -> None:
    key = f"{name.title()}+xy"  # longer than a key of a few signs: only the name makes it a key
    assert _notes(f"# vim\n\n* `{key}` : 설명 하나\n") == [("command", "vim", key, "설명 하나")]


@pytest.mark.parametrize("program", sorted(KEY_PROGRAMS))
def test_every_key_program_owns_the_keys_of_its_notes(program: str) -> None:
    text = f"# {program}\n\n```\n# 창 나누기\nctrl + b, %\n```\n\n| key | action |\n|---|---|\n| Ctrl+x o | 다른 창 |\n"
    assert _notes(text) == [
        ("command", KEY_PROGRAMS[program], "ctrl + b, %", "창 나누기"),
        ("command", KEY_PROGRAMS[program], "Ctrl+x o", "다른 창"),
    ]


@pytest.mark.parametrize("program", sorted(PROGRAMS))
def test_every_program_is_named_by_a_title_and_owns_loose_options(program: str) -> None:
    assert program_named(f"{program} 명령어 정리") == KEY_PROGRAMS.get(program, program)
    assert program_named(f"Notes on {program}") == KEY_PROGRAMS.get(program, program)


def test_a_title_naming_no_program() -> None:
    assert program_named("오늘 배운 것") is None
    assert program_named("Performance tuning") is None
    # x-f31en1: a program's name that is an English noun, followed by "of", is the noun
    assert program_named("Type of matches") is None
    assert program_named("Head of the queue and its tail") is None
    assert program_named("The top of tmux's status line") == "tmux"


@pytest.mark.parametrize("editor", sorted(EDITORS))
def test_every_editor_opening_a_file_glossed_as_a_file_makes_a_concept_of_the_file(editor: str) -> None:
    assert _notes(f"# 설정\n\n`{editor} ~/.profile` : 로그인할 때 읽는 파일\n") == [
        ("concept", None, "~/.profile", "로그인할 때 읽는 파일"),
    ]


@pytest.mark.parametrize("start", PREMISE_STARTS)
def test_every_premise_start_makes_a_scene_not_a_description(start: str) -> None:
    assert is_premise(f"{start.capitalize()}a build folder with two targets.")
    assert not is_premise(f"{start.capitalize()}a build folder, clean it first.")  # goes on to say what to do
    text = f"# make\n\n{start.capitalize()}a build folder with two targets.\n\n```\nmake -k all\n```\n"
    assert not [n for n in _notes(text) if n[3].startswith(start.capitalize())]


@pytest.mark.parametrize("word", sorted(CAUTION_WORDS_KO))
def test_every_caution_word_says_no_purpose_of_a_command(word: str) -> None:
    # a caution is neither what a command does (narrative) nor what a prompt item is for (prompt_items)
    said = "`rm` 명령어는 지울 때 항상 {word}해서 써야 한다.\n"
    item = "# 메모\n\n- 덮어쓰니 {word}할 것\n- $ zip -r a.zip dir\n"
    assert not [n for n in _notes(said.format(word=word)) if n[1] == "rm"]
    assert not [n for n in _notes(item.format(word=word)) if n[1] == "zip"]
    # the same text with no caution in it is read
    assert [n for n in _notes(said.format(word="확인")) if n[1] == "rm"]
    assert [n for n in _notes(item.format(word="확인")) if n[1] == "zip"]


@pytest.mark.parametrize("label", sorted(LABELS))
def test_every_label_is_never_a_term(label: str) -> None:
    assert is_label(label) and is_label(f"{label}:") and is_label(label.upper())
    assert not [n for n in _notes(f"- {label}: 무엇이든 여기 적힌 것\n") if n[2].casefold() == label.casefold()]


@pytest.mark.parametrize("label", ["실행예시", "출력예제", "설정예시"])
def test_a_korean_word_glued_to_an_example_word_is_a_label(label: str) -> None:
    # "사용 예시" spaced is a label phrase; written as one word it labels the example just the same
    assert is_label(label) and is_label(f"{label}:")
    text = f"# 메모\n\n## 원격 추가\n\n- 저장소를 받습니다.\n- {label}\n\n```bash\nhg pull https://example.org/repo\n```\n"
    assert not [n for n in _notes(text) if n[3] == label]


def test_a_word_that_only_ends_like_an_example_word_is_no_label() -> None:
    assert not is_label("사용 방법을 보여주는 예시")  # a phrase of several words
    assert not is_label("예시문제")  # the example word first: a problem of the example kind, a noun


@pytest.mark.parametrize(
    ("text", "chord"),
    [
        ("ctrl + b, d", True), ("Ctrl+b %", True), ("C-b d", True), ("ctrl + spacebar", True), ("Ctrl-a c", True),
        ("M-x", True), ("prefix + d", True), ("docker ps", False), ("cd -", False), ("ctrl", False),
        ("option -x", False), ("git commit -m 'ctrl+c'", False),
        ("ctrl + shift + -", True), ("Option+Left", True), ("opt-x", True), ("fn+F5", True), ("Win+L", True),
        ("win-win", False), ("⌘ + T", True), ("⌘⇧N", True), ("⌘", False), ("Cmd+K+M", True),
        ("<prefix> + c", True), ("<Prefix>-d", True), ("<prefix>", False), ("<prefix> 설정", False),
    ],
)
def test_key_chords(text: str, chord: bool) -> None:
    assert is_key_chord(text) is chord


@pytest.mark.parametrize(
    ("text", "key"),
    [("Ctrl+P", True), ("C-b d", True), ("Page Up", True), ("pageup", True), ("ESC", True), ("Tab", True),
     ("docker ps", False), ("ctrl", False), ("Save the buffer", False)],
)
def test_a_key_or_chord_is_a_chord_or_a_key_by_its_name(text: str, key: bool) -> None:
    assert is_key_or_chord(text) is key


@pytest.mark.parametrize(
    ("text", "bunched"),
    [
        ("cmd + t,w,q", True), ("ctrl + a,e", True), ("Ctrl+Shift+x,y", True), ("⌘ + c,v", True), ("alt + h,j,k", True),
        ("ctrl + ,", False), ("ctrl + b, d", False), ("Ctrl+b %", False), ("cmd + t", False), ("q, w", False),
    ],
)
def test_bunched_keys(text: str, bunched: bool) -> None:
    assert bunches_keys(text) is bunched


def test_dominant_program_needs_three_lines() -> None:
    assert dominant_program("terraform init\n# terraform plan\nterraform apply\n") == "terraform"
    assert dominant_program("terraform init\nls\n") is None
    assert dominant_program("vim a\nvi b\nvim c\nvim d\n") == "vim"


@pytest.mark.parametrize("head", sorted(LABEL_HEADS))
def test_every_label_head_makes_a_phrase_a_label(head: str) -> None:
    assert is_label_phrase(f"자주 보는 {head}") and is_label_phrase(f"자주 보는 {head}:")
    assert not is_label_phrase(head)  # the word alone may be a term
    assert not [n for n in _notes(f"- 자주 보는 {head}: 무엇이든 여기 적힌 것\n") if n[0] == "concept"]


@pytest.mark.parametrize("start", LEAD_IN_STARTS)
def test_every_lead_in_start_makes_a_sentence_a_label(start: str) -> None:
    assert is_label_phrase(f"{start} two ways") and is_label_phrase(f"{start.upper()} two ways:")
    assert not [n for n in _notes(f"- {start} two ways: by hand or by script\n") if n[0] == "concept"]


def test_a_word_of_a_label_alone_is_a_term() -> None:
    # "use case" labels what follows; "use" (a SQL statement) and "case" (a shell keyword) alone are terms: rules
    # kept a second list of labels that held them (rv21)
    assert _notes("# bash\n\n- case: 값에 따라 여러 갈래로 나누는 셸 구문\n")[0][2:] == ("case", "값에 따라 여러 갈래로 나누는 셸 구문")
    assert _notes("# mysql\n\n- use: 작업할 데이터베이스를 고르는 문\n")[0][2:] == ("use", "작업할 데이터베이스를 고르는 문")
    assert not _notes("# mysql\n\n- use case: 작업할 데이터베이스를 고르는 문\n")


def test_a_term_is_no_label_phrase() -> None:
    assert not is_label_phrase("hard link") and not is_label_phrase("용어") and not is_label_phrase("Therefore")


@pytest.mark.parametrize("installer", sorted(INSTALLERS))
def test_every_installer_installing_the_notes_program_is_no_fact(installer: str) -> None:
    verb = "add" if installer == "apk" else "install"
    text = f"# htop\n\n```\n# 설치\n{installer} {verb} htop\n```\n"
    draft = extract(text, deck="t", source="t.md")
    assert draft.notes == ()
    assert [w.line for w in draft.warnings] == [5]


@pytest.mark.parametrize("long", sorted(SHORT_FORMS))
def test_every_long_spelling_names_its_flags_by_the_short_form(long: str) -> None:
    invocation = parse_invocation(f"{long} -q thing")
    assert invocation is not None and invocation.command == long
    text = f"- `{long} -q thing`\n- -q - says less while it works\n"
    assert _notes(text) == [("flag", SHORT_FORMS[long], "-q", "says less while it works")]



@pytest.mark.parametrize("word", sorted(SHELL_PROGRAMS))
def test_every_shell_program_owns_what_is_typed_at_its_prompt(word: str) -> None:
    program = SHELL_PROGRAMS[word]
    for text in (
        f"# {word} notes\n\nShow the state:\n\n```\n> status\nok\n```\n",  # a bare prompt, the title names it
        f"# Notes\n\nShow the state:\n\n```\n{word}> status\nok\n```\n",  # the prompt names it
    ):
        assert _notes(text) == [("command", program, "status", "Show the state")]


@pytest.mark.parametrize("word", sorted(TOPIC_WORDS))
def test_every_topic_word_makes_a_heading_a_topic_not_what_its_program_is_for(word: str) -> None:
    assert _notes(f"# 리눅스\n\n## `free` 메모리 사용량\n\n```sh\nfree -m\n```\n")[0] == (
        "command", "free", "free", "메모리 사용량",
    )
    assert [n for n in _notes(f"# 리눅스\n\n## `free` {word}\n\n```sh\nfree -m\n```\n") if n[3] == word] == []
    # an English topic word is no term heading either: "## Getting started" over one short bullet
    assert [n for n in _notes(f"## {word}\n\n- the first steps\n") if n[2] == word] == []


@pytest.mark.parametrize("program", sorted(INTERACTIVE_COMMANDS))
def test_every_interactive_program_owns_the_commands_typed_at_its_prompt(program: str) -> None:
    for word in sorted(INTERACTIVE_COMMANDS[program]):
        text = f"# {program.upper()} 사용법\n\n## {word} : 설명 하나\n\n```sh\n{word}\n{word} <번호>\n```\n"
        assert _notes(text) == [("command", program, word, "설명 하나")], word
    # a program of its own in the same notes keeps its name
    assert _notes(f"# {program} 사용법\n\n`g++ -g main.c -o main` : 디버그 정보를 넣어 컴파일\n") == [
        ("command", "g++", "g++ -g main.c -o main", "디버그 정보를 넣어 컴파일"),
    ]


@pytest.mark.parametrize("program", sorted(MENU_PROGRAMS))
def test_every_menu_program_owns_the_letters_typed_after_it_opens_a_device(program: str) -> None:
    for letter in sorted(MENU_PROGRAMS[program] - {"q", "w"}):
        text = f"# 디스크\n\n```\n{program} /dev/sdz # 분할\n{letter} # 뜻 하나\nw # 기록\n```\n"
        assert _notes(text)[1:] == [("command", program, letter, "뜻 하나"), ("command", program, "w", "기록")], letter
    # listing the partitions opens no menu: the next line is a shell line
    assert _notes(f"# 디스크\n\n```\n{program} -l # 목록\nls # 파일 목록\n```\n")[1] == ("command", "ls", "ls", "파일 목록")


@pytest.mark.parametrize("client", sorted(BACKSLASH_COMMANDS))
def test_every_client_owns_its_backslash_commands_after_what_they_do(client: str) -> None:
    for letters in sorted(BACKSLASH_COMMANDS[client]):
        text = f"# {client}\n\n- do the one thing: `\\{letters}`\n"
        assert _notes(text)[-1:] == [("command", client, f"\\{letters}", "do the one thing")], letters
    # letters the client has no command of are no card of it
    assert [n for n in _notes(f"# {client}\n\n- do the one thing: `\\zzz`\n") if n[1] == client] == []
    # nor are the client's letters in notes about another program
    assert [n for n in _notes("# Misc\n\n- do the one thing: `\\q`\n") if n[1] == client] == []


@pytest.mark.parametrize("client", sorted(BACKSLASH_FAMILIES))
def test_every_family_of_backslash_commands_is_known_by_its_first_letters(client: str) -> None:
    for start in BACKSLASH_FAMILIES[client]:
        name = f"{start}qq"
        assert name not in BACKSLASH_COMMANDS[client]
        text = f"# {client}\n\n- describe the ones: `\\{name}`\n"
        assert _notes(text)[-1:] == [("command", client, f"\\{name}", "describe the ones")]


@pytest.mark.parametrize("family", sorted(DOTTED_FAMILIES))
def test_every_dotted_family_names_a_program_not_a_setting(family: str) -> None:
    invocation = parse_invocation(f"{family}.ext4 /dev/sdz1")
    assert invocation is not None and invocation.command == f"{family}.ext4"
    assert parse_invocation("core.pager less") is None  # a setting and its value


@pytest.mark.parametrize("program", ["getsebool", "setsebool", "ausearch", "restorecon"])
def test_selinux_tools_under_a_heading_are_commands(program: str) -> None:
    text = f"# selinux\n\n### Do the thing\n\n```bash\n{program} -x value\n```\n"
    assert _notes(text) == [("command", program, f"{program} -x value", "Do the thing")]


@pytest.mark.parametrize("word", sorted(NUMBERED_LABELS))
def test_every_numbered_label_with_a_number_is_no_term(word: str) -> None:
    assert is_numbered_label(f"{word} 2") and is_numbered_label(f"{word}3:")
    assert not is_numbered_label(word)  # the word alone may be a term
    assert not [n for n in _notes(f"{word} 1: 무엇이든 여기 적힌 것\n") if n[0] == "concept"]


@pytest.mark.parametrize("system", sorted(SYSTEMS))
def test_every_system_with_a_version_names_a_system(system: str) -> None:
    assert names_system(f"{system.title()} 12.04") and names_system(f"{system} / Ubuntu")
    assert names_system(system) is (system not in SYSTEM_WORDS)  # "## Windows" alone may be tmux's windows
    assert not names_system(f"Install on {system}") and not names_system(f"{system} commands for users")


@pytest.mark.parametrize(("text", "bare"), [
    ("🍺 Homebrew (Mac OS)", "🍺 Homebrew"), ("-G (macOS)", "-G"), ("`--color=WHEN` (Linux)", "`--color=WHEN`"),
    ("ls (Windows, Linux)", "ls"),
    ("-o (old)", "-o (old)"),  # words that name no system stay
    ("tree (Linux) -a", "tree (Linux) -a"),  # only brackets at the end say where the text applies
])
def test_without_system_drops_only_the_systems_bracketed_at_the_end(text: str, bare: str) -> None:
    assert without_system(text) == bare


@pytest.mark.parametrize("platform", sorted(KEY_PLATFORMS))
def test_every_system_and_platform_is_one_that_keys_are_listed_for(platform: str) -> None:
    # one list of systems (knowledge.SYSTEM_FAMILIES) read by every rule that names one (review finding 11)
    from quizzer.extract import heading_keys

    assert heading_keys.is_platform(platform.title()) and heading_keys.is_platform(f"{platform} / Mac")


def test_a_name_of_two_words_matches_with_any_spacing_and_only_whole() -> None:
    pattern = re.compile(names_pattern({"mac os", "mac"}), re.IGNORECASE)
    assert all(pattern.fullmatch(text) for text in ("macOS", "Mac OS", "mac"))
    assert not pattern.fullmatch("Macintosh")


@pytest.mark.parametrize("noun", sorted(DOING_NOUNS_KO))
def test_every_noun_of_doing_ending_a_gloss_in_parentheses_makes_it_what_the_line_does(noun: str) -> None:
    text = f"# 도구\n\n## 쓰기\n- `pipx run --spec httpie http` (새 도구 {noun})\n- `pipx list` (예전 도구와 동일)\n"
    assert [back for *_, back in _notes(text)] == [f"새 도구 {noun}"]


@pytest.mark.parametrize("marker", sorted(MARKER_WORDS))
def test_every_marker_word_in_capitals_is_no_term_of_the_line_it_flags(marker: str) -> None:
    text = f"# Disks\n\n{marker}: keep a spare disk of the same size in the drawer.\n"
    assert [n for n in extract(text, deck="t", source="t.md").notes if n.kind.value == "concept"] == []
    # in lower case the word may name a sub-command or a term
    assert is_marker(marker) and not is_marker(marker.lower())


@pytest.mark.parametrize("program", sorted(WINDOWS_HELP_PROGRAMS))
def test_every_windows_help_program_is_read_from_its_help_without_examples(program: str) -> None:
    text = f"## Help\n\n```\n{program.upper()} [/q] [/log:<file>]\n\n/q -- says nothing while it works.\n```\n"
    assert [(n.kind, n.command, n.front) for n in extract(text, deck="t", source="help.md").notes] == [(Kind.OPTION, program, "/q")]


@pytest.mark.parametrize("level", sorted(MESSAGE_LEVELS))
def test_every_message_level_makes_a_block_what_a_program_printed_not_a_glossary(level: str) -> None:
    text = f"# Sync\n\nWhat it may print:\n\n```\nNOTICE: starting to copy two folders\n{level}: the mirror at home did not answer\n```\n"
    assert [n for n in extract(text, deck="t", source="t.md").notes if n.kind is Kind.CONCEPT] == []
    # words in capitals that are no message level are still a glossary's terms
    glossary = "# Build\n\n```\nFROM: the image the build starts on\nCOPY: puts files of the folder in the image\n```\n"
    assert [n.front for n in extract(glossary, deck="t", source="t.md").notes] == ["FROM", "COPY"]


@pytest.mark.parametrize(
    ("program", "option"), sorted((program, option) for program, options in PROGRAM_WIDE_OPTIONS.items() for option in options)
)
def test_every_program_wide_option_explained_under_a_sub_command_is_the_programs(program: str, option: str) -> None:
    text = f"# Packages\n\nRemove a package:\n```\n{program} remove [{option}] <package>\n```\n`{option}` - the meaning of it here, in words.\n"
    assert [(n.command, n.front) for n in extract(text, deck="t", source="t.md").notes if n.kind is Kind.OPTION] == [(program, option)]
    # an option of that sub-command alone stays the sub-command's
    own = text.replace(option, "--oldpackage")
    assert [n.command for n in extract(own, deck="t", source="t.md").notes if n.kind is Kind.OPTION] == [f"{program} remove"]


_SAYS_NEEDS = "needs or where it runs"


def _needs_warnings(gloss: str) -> tuple[int, list[int]]:
    result = extract(f"# Tools\n\n## Get them\n- pip install --user httpie ({gloss})\n", deck="t", source="t.md")
    return len(result.notes), [w.line for w in result.warnings if _SAYS_NEEDS in w.message]


@pytest.mark.parametrize("word", sorted(REMARK_STARTS))
def test_every_remark_start_makes_the_words_after_a_command_line_no_card(word: str) -> None:
    assert is_remark(f"{word} a fresh shell") and _needs_warnings(f"{word} a fresh shell")[0] == 0
    assert not is_remark(f"{word}x a fresh shell")  # a whole word only


@pytest.mark.parametrize("right", sorted(RIGHTS))
def test_every_right_said_after_as_from_or_before_only_is_a_requirement(right: str) -> None:
    for gloss in (f"as {right}", f"from an {right} shell", f"{right} only"):
        assert _needs_warnings(gloss) == (0, [4]), gloss


@pytest.mark.parametrize("word", sorted(REQUIREMENT_ENDS))
def test_every_requirement_end_makes_a_command_items_parenthesis_no_card(word: str) -> None:
    assert _needs_warnings(f"fresh shell {word}") == (0, [4])


def test_what_a_line_does_said_with_only_from_as_or_no_stays_its_card() -> None:
    for gloss in ("file names only", "from the container to the host", "as the postgres user", "no merge commit, one change",
                  "removes packages that are no longer needed", "installs only what is required",
                  "works like apply, then drops the entry", "works on untracked files too", "in the current folder"):
        assert not is_remark(gloss) and _needs_warnings(gloss) == (1, []), gloss
    for gloss in ("macOS only", "on Windows", "Python 3.8 only", "v2 only", "works on macOS", "available since 2.23",
                  "in zsh", "works in bash"):
        assert _needs_warnings(gloss) == (0, [4]), gloss


@pytest.mark.parametrize("shell", sorted(SHELLS))
def test_every_shell_said_after_in_or_works_in_is_a_requirement(shell: str) -> None:
    for gloss in (f"in {shell}", f"works in {shell}"):
        assert _needs_warnings(gloss) == (0, [4]), gloss


def test_a_glossary_of_the_message_levels_themselves_is_read_each_level_once() -> None:
    text = "# Logs\n\n## What each level means\n\n```\nTRACE: every step the code takes\nINFO: the service is up\nFATAL: the process exits now\n```\n"
    assert [n.front for n in extract(text, deck="t", source="t.md").notes if n.kind is Kind.CONCEPT] == ["TRACE", "INFO", "FATAL"]
    repeated = text.replace("FATAL: the process exits now", "INFO: the service is down")
    assert [n for n in extract(repeated, deck="t", source="t.md").notes if n.kind is Kind.CONCEPT] == []



@pytest.mark.parametrize("word", sorted(LABEL_FOLLOWERS))
def test_every_word_after_a_label_makes_the_text_over_a_block_a_list_title(word: str) -> None:
    text = f"# Cleanup\n\n## Options {word} keep\n\n```\ngit clean -n\ngit clean -f\n```\n"
    result = extract(text, deck="t", source="t.md")
    assert not result.notes and is_list_title(f"Options {word} keep")


@pytest.mark.parametrize("word", sorted(LABEL_ADJECTIVES))
def test_every_word_before_a_label_makes_the_text_over_a_block_a_list_title(word: str) -> None:
    text = f"# Cleanup\n\n## {word.title()} options\n\n```\ngit clean -n\ngit clean -f\n```\n"
    assert not extract(text, deck="t", source="t.md").notes and is_list_title(f"{word} options")


@pytest.mark.parametrize("word", sorted(LABEL_QUALIFIERS))
def test_every_word_between_a_label_adjective_and_its_label_keeps_a_list_title(word: str) -> None:
    assert is_list_title(f"Some useful {word} options") and not is_list_title(f"Some {word} options change it")


@pytest.mark.parametrize("opener", TOPIC_OPENERS)
def test_every_topic_opener_names_a_topic_over_items(opener: str) -> None:
    assert names_topic(f"{opener.title()} the prefix:") and not names_topic(f"{opener}")
    text = f"# tmux\n\n- {opener.title()} the prefix\n  - `C-b` : the prefix\n  - `C-b c` : new window\n"
    assert all(note.line != 3 for note in extract(text, deck="t", source="t.md").notes)


def test_a_heading_saying_what_a_block_does_is_no_list_title() -> None:
    text = "# Cleanup\n\n## Remove untracked files\n\n```\ngit clean -f\n```\n"
    assert [n.back for n in extract(text, deck="t", source="t.md").notes] == ["Remove untracked files"]
    assert not is_list_title("Options for push") and not is_list_title("Output format")


@pytest.mark.parametrize(("comment", "program"), [("kubectl aliases", "alias"), ("proxy exports", "export"), ("exports", "export")])
def test_a_short_comment_ending_in_the_plural_of_the_lines_program_names_their_group(comment: str, program: str) -> None:
    assert names_kind_of_line(comment, program)


@pytest.mark.parametrize(("comment", "program"), [
    ("list aliases", "alias"),  # a verb first: what the line does
    ("remove the aliases this script made before it runs", "unalias"),  # long, and another program's plural
    ("navigation aliases", "cd"),
])
def test_a_comment_saying_what_to_do_or_of_another_program_names_no_group(comment: str, program: str) -> None:
    assert not names_kind_of_line(comment, program)


@pytest.mark.parametrize("heading", ["explanation", "Explanation:", "How it works", "Breakdown", "What it does", "details"])
def test_an_explaining_heading_explains_the_section_above(heading: str) -> None:
    assert is_explaining_heading(heading)
    assert not is_explaining_heading("Installing")


@pytest.mark.parametrize("pronoun", sorted(PRONOUNS))
def test_a_task_said_of_a_pronoun_has_no_object_of_its_own(pronoun: str) -> None:
    assert not says_own_task(f"Keep {pronoun} around")
    assert says_own_task("Keep the shell history around")
    assert not says_own_task("Install")  # no object at all


@pytest.mark.parametrize("verb", sorted(NOT_DOING_EN))
def test_a_verb_saying_what_an_option_is_or_is_given_makes_no_option_note(verb: str) -> None:
    text = f"# Runs\n\nServe it with `gunicorn -w 4 app:app`.\n\nThe `-w` option {verb} four workers by default.\n"
    assert not [n for n in extract(text, deck="t", source="t.md").notes if n.kind.value == "option"]


@pytest.mark.parametrize(("heading", "task"), [
    ("listing commits applied to a file", True), ("Removing old kernels", True), ("Sort by file size", True),
    ("Why I like it", False), ("Step two", False), ("Installation", False), ("Making it stick", False),
])
def test_a_heading_names_a_task_with_a_verb_or_its_ing_form_and_an_object(heading: str, task: bool) -> None:
    assert names_task(heading) is task


@pytest.mark.parametrize("heading", ["Using Docker with WSL", "Working with branches", "Getting the source"])
def test_a_heading_opening_with_a_topic_word_names_no_task(heading: str) -> None:
    assert not names_task(heading)


@pytest.mark.parametrize("kind", sorted(FILE_KINDS))
def test_every_file_kind_names_a_legend_row_alone_with_an_adjective_or_in_the_plural(kind: str) -> None:
    assert names_file_kind(kind) and names_file_kind(f"plain {kind}") and names_file_kind(f"an odd {kind}")
    plural = f"{kind[:-1]}ies" if kind.endswith("y") else f"{kind}s"
    assert names_file_kind(plural)
    # what a flag does, or a phrase going on after the kind, is no legend row
    assert not names_file_kind(f"{kind} as well") and not names_file_kind(f"name each {kind}")


@pytest.mark.parametrize("kind", sorted(REMARK_BOX_KINDS))
def test_every_remark_box_kind_is_a_remark_beside_the_heading(kind: str) -> None:
    text = (
        "# Housekeeping\n\n"
        "## Trim the journal\n\n"
        f"!!! {kind}\n"
        "    `journalctl --vacuum-size` keeps the newest entries only.\n\n"
        "```bash\nsudo journalctl --vacuum-size=200M\n```\n"
    )
    assert [(n.line, n.command, n.front, n.back) for n in draft(text).notes] == [
        (9, "journalctl", "sudo journalctl --vacuum-size=200M", "Trim the journal"),
    ]
    assert 5 in warned(text)


# (review7 [sudo-switches-outside-knowledge]) the programs and switches the command-line reader knows, each with a
# line of our own that shows what the entry does to the line's command; a new entry needs its line here
_RUN_AS_ROOT_LINES = {"sudo": "sudo apt update", "doas": "doas apt update"}
_ROOT_SWITCH_LINES = {
    "-H": "sudo -H pip3 install rich",
    "-E": "sudo -E make install",
    "-n": "sudo -n systemctl restart cron",
    "-S": "sudo -S apt update",
    "--set-home": "sudo --set-home pip3 install rich",
    "--preserve-env": "sudo --preserve-env make install",
    "--non-interactive": "sudo --non-interactive systemctl restart cron",
    "--stdin": "sudo --stdin apt update",
}
_WRAPPER_LINES = {
    "xargs": "xargs git branch -D",
    "nohup": "nohup git fetch --all",
    "time": "time git gc --aggressive",
    "watch": "watch git status -s",
}
_MODULE_RUNNER_LINES = {"python": "python -m pip list", "python3": "python3 -m pip list", "py": "py -m pip list"}
_EVALUATOR_LINES = {"eval": 'eval "$(starship init bash)"'}


def test_every_entry_of_the_command_line_tables_has_its_line() -> None:
    assert set(_RUN_AS_ROOT_LINES) == AS_ROOT
    assert set(_ROOT_SWITCH_LINES) == ROOT_SWITCHES
    assert set(_WRAPPER_LINES) == WRAPPERS
    assert set(_MODULE_RUNNER_LINES) == MODULE_RUNNERS
    assert set(_EVALUATOR_LINES) == EVALUATORS


@pytest.mark.parametrize("program", sorted(AS_ROOT))
def test_running_as_root_is_a_prefix_of_the_command(program: str) -> None:
    invocation = parse_invocation(_RUN_AS_ROOT_LINES[program])
    assert invocation is not None and invocation.command == "apt update"
    alone = parse_invocation(f"{program} -u alice whoami")  # a switch with a value: the prefix's own line
    assert alone is not None and alone.command == program


@pytest.mark.parametrize("switch", sorted(ROOT_SWITCHES))
def test_a_switch_of_sudo_without_a_value_leaves_the_command_to_the_rest(switch: str) -> None:
    line = _ROOT_SWITCH_LINES[switch]
    invocation = parse_invocation(line)
    assert invocation is not None and invocation.command == {"pip3": "pip3 install", "make": "make"}.get(
        line.split()[2], " ".join(line.split()[2:4]))  # "sudo -H pip3 install rich": pip3 install, run as root


@pytest.mark.parametrize("wrapper", sorted(WRAPPERS))
def test_a_wrapper_keeps_the_command_it_runs(wrapper: str) -> None:
    invocation = parse_invocation(_WRAPPER_LINES[wrapper])
    assert invocation is not None and invocation.command.startswith(f"{wrapper} git ")
    assert plain_program(_WRAPPER_LINES[wrapper].split(" -", 1)[0]) is None  # the wrapper is no program of its own


@pytest.mark.parametrize("runner", sorted(MODULE_RUNNERS))
def test_a_module_run_by_its_interpreter_is_the_command(runner: str) -> None:
    invocation = parse_invocation(_MODULE_RUNNER_LINES[runner])
    assert invocation is not None and invocation.command == f"{runner} -m pip"


@pytest.mark.parametrize("evaluator", sorted(EVALUATORS))
def test_what_runs_a_program_s_output_is_that_program_s_line(evaluator: str) -> None:
    invocation = parse_invocation(_EVALUATOR_LINES[evaluator])
    assert invocation is not None and invocation.command == "starship"


def test_a_remark_saying_where_a_key_works_is_told_from_what_it_does() -> None:
    for remark in ("works in both browsers", "Works on Linux too.", "runs under Wayland", "works everywhere",
                   "두 브라우저 모두 됨", "리눅스에서는 안 됨", "맥에서만 가능", "터미널에서도 지원됨", "Ctrl+W와 동일"):
        assert says_where_it_works(remark), remark
    for doing in ("runs the last command again", "works like undo, then clears the list", "opens a new tab",
                  "파일이 저장됨", "현재 파일에서만 검색", "탭을 다시 연다", "주소창으로 이동", "works"):
        assert not says_where_it_works(doing), doing


# -- review10: knowledge the rules of the last session spelt in their own modules, one test per entry ---------------

from quizzer.extract.knowledge import (  # noqa: E402
    ACTION_WORDS_KO,
    ELIDED_WORDS,
    EXAMPLE_WORDS,
    FETCH_DOES,
    HTML_ELEMENTS,
    KEY_PLACE_WORDS,
    MAN_COMMAND_SECTIONS,
    MAN_OPTION_SECTIONS,
    MAN_SECTIONS,
    MAN_SECTIONS_LEFT_OUT,
    SCOPE_WORDS,
    SHELL_FENCE_INFOS,
    SHELL_PROGRAMS,
    SQL_SHELLS,
    SQL_STATEMENT_VERBS,
)

_KEY_COLUMNS = "# vim\n\n## Editing\n\nClose the buffer      Ctrl-x\nSave the file      Ctrl-s\n"
_KEY_COLUMNS_REASON = "what it does, then the keys that do it"


def test_two_columns_of_actions_and_keys_are_key_cards() -> None:
    assert [n.front for n in draft(_KEY_COLUMNS).notes if n.reason == _KEY_COLUMNS_REASON] == ["Ctrl-x", "Ctrl-s"]


@pytest.mark.parametrize("word", sorted(KEY_PLACE_WORDS))
def test_a_label_opening_with_a_place_word_says_where_keys_apply(word: str) -> None:
    placed = _KEY_COLUMNS.replace("Close the buffer", f"{word.capitalize()} the buffer")
    assert not [n for n in draft(placed).notes if n.reason == _KEY_COLUMNS_REASON]


@pytest.mark.parametrize("word", sorted(ELIDED_WORDS))
def test_a_line_its_writer_cut_short_is_no_command(word: str) -> None:
    text = f"# aws\n\n## Zones\n\nList the zones\n\n```bash\naws route53 list-hosted-zones ({word})\n```\n"
    result = draft(text)
    assert not [n for n in result.notes if (n.command or "").startswith("aws route53")]
    assert 8 in [w.line for w in result.warnings]


@pytest.mark.parametrize("verb", sorted(SQL_STATEMENT_VERBS))
def test_an_sql_statement_alone_under_a_heading_is_typed_at_the_client(verb: str) -> None:
    text = f"# MySQL 메모\n\n### 한 문장\n```\n{verb} something on shop;\n```\n"
    assert [(n.command, n.back) for n in draft(text).notes] == [("mysql", "한 문장")]


@pytest.mark.parametrize("shell", sorted(SQL_SHELLS))
def test_each_sql_shell_takes_statements_typed_alone(shell: str) -> None:
    title = next(name for name, program in sorted(SHELL_PROGRAMS.items()) if program == shell)
    text = f"# {title} 메모\n\n### 권한 주기\n```\ngrant all on shop to kim;\n```\n"
    assert [(n.command, n.back) for n in draft(text).notes] == [(shell, "권한 주기")]


def _man_page(section: str, body: str) -> str:
    return (
        "NAME\n----\n\nbackup prune - Delete old snapshots\n\n"
        "SYNOPSIS\n--------\n\nbackup prune [--dry-run]\n\n"
        f"{section}\n{'-' * len(section)}\n\n{body}\n"
    )


@pytest.mark.parametrize("section", sorted(MAN_SECTIONS))
def test_a_man_page_s_section_name_is_no_term(section: str) -> None:
    notes = draft(_man_page(section, "Snapshots older than the policy keeps are deleted.")).notes
    assert section not in {n.front for n in notes}
    assert {n.command for n in notes} == {"backup prune"}


@pytest.mark.parametrize("section", sorted(MAN_OPTION_SECTIONS))
def test_an_entry_under_a_man_page_s_options_is_an_option_of_its_command(section: str) -> None:
    notes = draft(_man_page(section, "--dry-run\n    Print what would go and delete nothing.")).notes
    assert [(n.command, n.front) for n in notes if n.kind is Kind.OPTION] == [("backup prune", "--dry-run")]


@pytest.mark.parametrize("section", sorted(MAN_COMMAND_SECTIONS))
def test_an_entry_under_a_man_page_s_commands_is_a_sub_command(section: str) -> None:
    notes = draft(_man_page(section, "- backup-prune-list(1): Show the snapshots a policy keeps.")).notes
    assert [(n.front, n.back) for n in notes if n.line == 14] == [
        ("backup prune list", "Show the snapshots a policy keeps.")
    ]


@pytest.mark.parametrize("section", sorted(MAN_SECTIONS_LEFT_OUT))
def test_a_man_page_s_section_left_out_makes_no_card_and_is_warned(section: str) -> None:
    result = draft(_man_page(section, "--dry-run\n    Print what would go and delete nothing."))
    assert not [n for n in result.notes if "delete nothing" in n.back]
    assert 11 in [w.line for w in result.warnings]  # at the section's heading


@pytest.mark.parametrize("element", sorted(HTML_ELEMENTS))
def test_an_html_element_alone_over_indented_text_is_no_placeholder(element: str) -> None:
    from quizzer.extract.blocks import prepare

    assert f"\\<{element}>" not in prepare(f"Options\n\n<{element}>\n    what it holds\n")  # HTML ("<br>": a break)
    assert prepare("Options\n\n<target>\n    what it holds\n") == "Options\n\n\\<target>\n    what it holds\n"


@pytest.mark.parametrize("word", sorted(SCOPE_WORDS))
def test_a_scope_word_with_the_program_s_own_verb_is_what_the_flag_adds(word: str) -> None:
    text = f"# Notes\n\n## Copies\n\nYou can copy the {word} folder by using the `-r` flag.\n\n```bash\ncp -r src dst\n```\n"
    assert [n.front for n in draft(text).notes if n.kind is Kind.FLAG] == ["-r"]


@pytest.mark.parametrize("word", sorted(FETCH_DOES))
def test_what_a_fetch_may_do_is_no_later_step(word: str) -> None:
    from quizzer.extract.action_pairs import fetched_for

    clone = parse_invocation("git clone https://example.com/theme.git")
    assert clone is not None
    nouns = sorted(noun for noun, words in ACTION_WORDS_KO.items() if word in words)
    assert nouns, f"no Korean action word means {word!r}: the entry is never read"
    assert all(not fetched_for(f"테마를 {noun}해보자", [clone]) for noun in nouns)
    assert fetched_for("테마를 적용해보자", [clone])


@pytest.mark.parametrize(
    ("sentence", "doing"),
    [("오래된 백업을 지운다.", True), ("모듈을 로드합니다.", True), ("목록을 보여줍니다.", True),
     ("설정이 없으면 만든다.", False), ("처음에는 안 나올 수 있다.", False), ("파일을 지우지 않는다.", False),
     ("어제는 십 분쯤 걸렸다.", False), ("백업을 했습니다.", False), ("자세한 건 문서를 참고.", False), ("백업 지우기", False)],
)
def test_a_korean_sentence_stating_what_is_done(sentence: str, doing: bool) -> None:
    from quizzer.extract.knowledge import states_doing_ko

    assert states_doing_ko(sentence) is doing


@pytest.mark.parametrize("info", sorted(SHELL_FENCE_INFOS))
def test_a_block_marked_as_a_shell_takes_python_s_prompt_as_the_shell_s(info: str) -> None:
    text = f"# Archives\n\n## Unpack\n\nUnpack the archive\n\n```{info}\n>>> unzip site.zip\n```\n"
    assert [(n.command, n.front) for n in draft(text).notes] == [("unzip", "unzip site.zip")]
    unmarked = text.replace(f"```{info}\n", "```python\n")
    assert ("unzip", "unzip site.zip") not in [(n.command, n.front) for n in draft(unmarked).notes]


@pytest.mark.parametrize("word", sorted(EXAMPLE_WORDS))
def test_an_item_opening_with_an_example_word_labels_the_block_under_it(word: str) -> None:
    from quizzer.extract.knowledge import LABELS

    assert word in LABELS
    text = (
        "# 파일\n\n## 만들기와 지우기\n"
        f"- 디렉토리 생성: `mkdir`\n  - {word}: `logs`라는 디렉토리 생성\n\n      ```bash\n      $ mkdir logs\n      ```\n"
    )
    assert [(note.front, note.back) for note in draft(text).notes] == [("mkdir", "디렉토리 생성")]


@pytest.mark.parametrize("word", sorted(EXAMPLE_WORDS))
def test_a_phrase_ending_in_an_example_word_labels_an_example(word: str) -> None:
    # "출력 예시: total 8 drwxr-xr-x …" and "Example output: hello world" made concept cards of the example shown
    assert is_label_phrase(f"압축 해제 {word}") and is_label_phrase(f"압축 해제 {word}:")
    assert not [n for n in _notes(f"로그 보기 {word}: 2024-01-01 서버 시작됨\n") if n[0] == "concept"]


def test_an_english_example_label_and_terms_that_only_hold_the_word() -> None:
    assert is_label_phrase("Example output") and is_label_phrase("Examples of globbing")
    assert not [n for n in _notes("Example output: hello world\n") if n[0] == "concept"]
    # a term whose example word is not its first or last word, or a word alone, stays a term
    assert not is_label_phrase("예") and not is_label_phrase("sample rate") and not is_label_phrase("standard output")


@pytest.mark.parametrize("word", sorted(NOTES_WORDS))
def test_every_notes_word_makes_a_title_notes_not_a_plugin(word: str) -> None:
    # "# vim-cheatsheet", "# tmux-config": notes about the program, named after it (x-f23en)
    assert plugin_named(f"vim-{word}", None) is None and plugin_named(f"{word}.vim", "vim") is None
    assert plugin_named(f"tmux-{word}", "tmux") is None
    assert plugin_named(f"vim-{word}-finder", None) is None  # "vim-keys-finder" still says keys: left alone


def test_a_title_joining_an_editors_name_to_another_names_its_plugin() -> None:
    assert plugin_named("vim-easy-align", None) == "vim-easy-align"
    assert plugin_named("fugitive.vim", "vim") == "fugitive.vim"
    assert plugin_named("tmux-resurrect", "tmux") == "tmux-resurrect"
    assert plugin_named("tmux-resurrect", "vim") is None  # notes about vim: that title is no plugin of it
    assert plugin_named(".vimrc", None) is None and plugin_named("Vim tips", "vim") is None


@pytest.mark.parametrize("heading", sorted(INSTALL_HEADINGS))
def test_every_install_heading_is_one_with_markup_and_brackets(heading: str) -> None:
    assert is_install_heading(heading.title()) and is_install_heading(f"**{heading}** (recommended)")
    assert not is_install_heading(f"{heading} problems on macOS") and not is_install_heading(f"Why {heading}")


# -- review11: the words naming a kind of software, one test per entry ----------------------------------------------

from quizzer.extract.knowledge import KIND_CLAUSE_WORDS_KO, KIND_WORDS_EN, KIND_WORDS_KO  # noqa: E402


def _kinds(text: str) -> list[tuple[str, str]]:
    return [(note.kind.value, note.front) for note in draft(text).notes]


@pytest.mark.parametrize("word", sorted(KIND_WORDS_KO | KIND_WORDS_EN))
def test_a_program_then_a_kind_word_last_is_what_the_program_is(word: str) -> None:
    assert _kinds(f"# 설치할 것\n\n1) curl : 데이터 전송 {word}\n") == [("concept", "curl")]


def test_a_program_then_no_kind_word_last_is_what_it_does() -> None:
    assert _kinds("# 설치할 것\n\n1) curl : 데이터 전송 기능\n") != [("concept", "curl")]


@pytest.mark.parametrize("word", sorted(KIND_WORDS_KO | KIND_CLAUSE_WORDS_KO))
def test_a_first_clause_naming_a_kind_word_says_what_the_program_is(word: str) -> None:
    text = f"# 도구 정리\n\n- 텍스트 도구\n    - nano: 초보자도 쓰기 쉬운, 작고 간단한 {word}입니다.\n"
    assert _kinds(text) == [("concept", "nano")]
    assert _kinds(text.replace(f"{word}입니다", "기능입니다")) != [("concept", "nano")]


# -- review11: key modifiers and the words for keys, one test per entry ----------------------------------------------

from quizzer.extract.knowledge import KEY_MODIFIERS, KEY_WORDS  # noqa: E402


@pytest.mark.parametrize("modifier", sorted(KEY_MODIFIERS))
def test_a_modifier_and_a_plus_after_what_to_do_first_are_the_keys(modifier: str) -> None:
    from quizzer.extract.keys_in_gloss import pressed_after

    assert pressed_after(f"- 자르기 : 부분을 선택하고 `{modifier} + K`") == (f"{modifier} + K", "부분을 선택하고")
    assert pressed_after(f"- 자르기 : 부분을 선택하고 `{modifier}K`") is None


@pytest.mark.parametrize("modifier", sorted(KEY_MODIFIERS))
def test_a_modifier_alone_is_no_clear_key_but_win_is_a_word(modifier: str) -> None:
    from quizzer.extract.keys_in_gloss import keys_among_words

    found = keys_among_words(f"- 시크릿 탭 열기 : {modifier} ~", f"{modifier} ~")
    assert found == (None if modifier == "win" else f"{modifier} ~")


@pytest.mark.parametrize("word", sorted(KEY_WORDS))
def test_a_title_naming_an_app_before_a_word_for_keys_says_whose_keys(word: str) -> None:
    from quizzer.extract.title_keys import key_owner

    assert key_owner(f"유용한 크롬 {word} 모음") == "chrome" and key_owner(f"Chrome {word.title()}") == "chrome"
    assert key_owner(f"크롬 설치 {word}") is None  # another word between: not the app's keys named


def test_a_title_naming_an_app_before_key_alone_is_no_list_of_its_keys() -> None:
    from quizzer.extract.title_keys import key_owner

    assert key_owner("Chrome key") is None and key_owner("Chrome keys") == "chrome"


# -- review11: the words naming a way or an order, one test per entry -----------------------------------------------

from quizzer.extract.knowledge import WAY_WORDS_KO  # noqa: E402


@pytest.mark.parametrize("word", sorted(WAY_WORDS_KO))
def test_a_short_line_naming_a_way_under_a_command_heading_is_no_purpose(word: str) -> None:
    text = f"## tar\n\n압축 푸는 {word}\n\n1. 파일을 받는다\n2. 푼다\n"
    assert not [n for n in draft(text).notes if n.front == "tar"]
    assert [n.front for n in draft(text.replace(f"압축 푸는 {word}", "압축 푸는 도구")).notes] == ["tar"]


# -- review13: the words pointing at what follows, one test per entry -------------------------------------------------

from quizzer.extract.knowledge import LIKE_WHAT_FOLLOWS_KO, POINTING_WORDS_KO  # noqa: E402


@pytest.mark.parametrize("word", sorted(POINTING_WORDS_KO))
def test_a_pointing_word_with_its_particle_says_like_what_follows(word: str) -> None:
    particle = POINTING_WORDS_KO[word]
    for written in (f"{word}{particle} 같다", f"{word}{particle}같이", f"{word}{particle}  같은"):
        assert re.match(LIKE_WHAT_FOLLOWS_KO, written), written
    other = "와" if particle == "과" else "과"
    assert not re.match(LIKE_WHAT_FOLLOWS_KO, f"{word}{other} 같다")  # not its particle: a slip, not read so


def test_aptitude_is_a_program_whose_line_a_heading_describes() -> None:
    text = "## the player makes no sound\n\n```\naptitude install pulseaudio-utils\n```\n"
    draft = extract(text, deck="t", source="t.md")
    assert [(n.command, n.front, n.back) for n in draft.notes] == [
        ("aptitude", "aptitude install pulseaudio-utils", "the player makes no sound"),
    ]


# -- review14: the verbs of giving a flag, one test per entry -------------------------------------------------------

from conftest import facts  # noqa: E402

from quizzer.extract.knowledge import GIVING_VERBS_KO  # noqa: E402


@pytest.mark.parametrize("verb", sorted(GIVING_VERBS_KO))
def test_a_flag_then_a_giving_verb_says_what_the_flag_does(verb: str) -> None:
    item = f"# tar 정리\n\n## tar\n\n- 묶을 때 `-z` {verb} 압축도 같이 한다\n"
    assert facts(item) == [(5, "option", "tar", "-z", "압축도 같이 한다")]
    part = f"# tar 정리\n\n- `tar -cz` : 파일을 묶는다. z 옵션을 {verb} 압축도 한다\n"
    assert ("-z", "압축도 한다") in {(front, back) for _, _, _, front, back in facts(part)}
    above = f"# tar 정리\n\n-z 옵션을 {verb} 압축까지 같이 한다.\n\n```\ntar -czf a.tgz dir\n```\n"  # flag_using
    assert (3, "option", "tar", "-z", "압축까지 같이 한다.") in facts(above)


from quizzer.extract import pointed_blocks  # noqa: E402
from quizzer.extract.knowledge import POINTER_KO  # noqa: E402


@pytest.mark.parametrize("word", sorted(POINTING_WORDS_KO))
def test_a_pointing_word_before_command_points_at_the_block(word: str) -> None:
    """pointed_blocks spelled "다음|아래 … 와 같은" by hand: "다음과 같은 명령어" (과, not 와) was not read so."""
    particle = POINTING_WORDS_KO[word]
    for pointer in (word, f"{word}의", f"{word}{particle} 같은"):
        assert re.fullmatch(POINTER_KO, pointer), pointer
        assert pointed_blocks.points(f"{pointer} 명령어를 실행한다:"), pointer
    assert not pointed_blocks.points(f"설치하려면 {word} 명령어를 실행한다:")  # what it is for: the line's meaning


from quizzer.extract.knowledge import WINDOWS_HELP_PROGRAMS, WINDOWS_PROGRAMS, cmd_tool  # noqa: E402


@pytest.mark.parametrize("name", sorted(WINDOWS_PROGRAMS | WINDOWS_HELP_PROGRAMS))
def test_a_cmd_tool_is_named_in_any_case(name: str) -> None:
    """cmd_prompts, command_for and rules each lowered cmd's names their own way; one function now."""
    for written in (name, name.upper(), name.capitalize()):
        assert cmd_tool(written) == name


def test_a_word_of_english_or_another_program_is_no_cmd_tool() -> None:
    assert [cmd_tool(word) for word in ("copy", "DIR", "help", "grep", "Move")] == [None] * 5


from quizzer.extract.knowledge import LIKE_WHAT_FOLLOWS_EN  # noqa: E402


@pytest.mark.parametrize("phrase", sorted(LIKE_WHAT_FOLLOWS_EN))
def test_a_sentence_ending_by_pointing_at_the_block_keeps_its_words_before_the_pointer(phrase: str) -> None:
    text = f"# gzip\n\nThe gzip tool squeezes one big file into a smaller archive {phrase}:\n\n```\ngzip notes.txt\n```\n"
    notes = extract(text, deck="t", source="t.md").notes
    assert [(n.front, n.back) for n in notes] == [
        ("gzip notes.txt", "The gzip tool squeezes one big file into a smaller archive")]
    short = f"# gzip\n\nUse it {phrase}:\n\n```\ngzip notes.txt\n```\n"  # only a pointer: no meaning
    assert [n.back for n in extract(short, deck="t", source="t.md").notes] == []


from quizzer.extract.narration import after_definition, pointing_sentence  # noqa: E402


@pytest.mark.parametrize("word", sorted(POINTING_WORDS_KO))
def test_a_sentence_pointing_at_the_block_with_a_pointing_word_is_the_one_that_says_what_it_does(word: str) -> None:
    """narration and code spelled "다음|아래" by hand (review14 10); they ask POINTING_WORDS_KO now."""
    said = f"이미지를 지우는 일은 {word}의 명령어로 할 수 있다."
    assert pointing_sentence(f"도커는 컨테이너를 다루는 도구이다. {said} 자세한 것은 문서를 본다.") == said
    particle = POINTING_WORDS_KO[word]
    like = f"그래서 {word}{particle} 같이 설치할 수 있다."
    assert after_definition(f"clasp는 앱 스크립트를 다루는 명령줄 도구이다. {like}") == like
    assert after_definition(f"clasp는 앱 스크립트를 다루는 명령줄 도구이다. 그래서 {word}처럼 설치할 수 있다.") is not None


from quizzer.extract.knowledge import COMMAND_WORDS_KO  # noqa: E402


@pytest.mark.parametrize("word", sorted(COMMAND_WORDS_KO))
def test_a_korean_word_for_a_command_names_the_program_before_it(word: str) -> None:
    """Eleven regexes spelled "명령어?|커맨드" or "명령어|명령|커맨드" by hand (review14 11); they ask it here."""
    assert facts(f"# 디스크\n\n`du` {word}는 디렉터리마다 디스크 사용량을 합쳐서 보여준다.\n") == [
        (3, "command", "du", "du", "디렉터리마다 디스크 사용량을 합쳐서 보여준다.")]
    assert facts(f"# 메모\n\n- 파일 소유권: `chown` {word}\n") == [(3, "command", "chown", "chown", "파일 소유권")]


from quizzer.extract.knowledge import MARKDOWN_FENCE_INFOS, PLAIN_TEXT_FENCE_INFOS  # noqa: E402


@pytest.mark.parametrize("info", sorted(PLAIN_TEXT_FENCE_INFOS))
def test_a_plain_text_fence_holds_a_pasted_help_text(info: str) -> None:
    """Seven readers spelled the plain-text languages each their own way (review15 1); they ask it here."""
    text = "# zip\n\n```{info}\n  -r, --recurse    Travel the folders below.\n  -q               Say nothing.\n```\n"
    assert facts(text.format(info=info)) == [
        (4, "option", "zip", "-r, --recurse", "Travel the folders below"), (5, "option", "zip", "-q", "Say nothing")]
    assert facts(text.format(info="json")) == []


from quizzer.extract.knowledge import HELP_TEXT_FENCE_INFOS, UNMARKED_FENCE_INFOS  # noqa: E402


@pytest.mark.parametrize("info", sorted(HELP_TEXT_FENCE_INFOS))
def test_a_help_text_stands_pasted_or_as_a_shell_printed_it(info: str) -> None:
    """grouped_options and helpblock each built this set (review16 4); they ask it here."""
    text = "# zip\n\n```{info}\n  -r, --recurse    Travel the folders below.\n  -q               Say nothing.\n```\n"
    assert facts(text.format(info=info)) == [
        (4, "option", "zip", "-r, --recurse", "Travel the folders below"), (5, "option", "zip", "-q", "Say nothing")]


from quizzer.extract import command_listings  # noqa: E402
from quizzer.extract.knowledge import HELP_BLOCK_FENCE_INFOS  # noqa: E402


@pytest.mark.parametrize("info", sorted(HELP_BLOCK_FENCE_INFOS))
def test_a_whole_help_block_is_read_in_each_of_its_fences(info: str) -> None:
    """helpblock and command_listings each added ```help to the help-text set; they ask it here: a help's option
    rows and its sub-command rows."""
    options = "# zip\n\n```{info}\n  -r, --recurse    Travel the folders below.\n  -q               Say nothing.\n```\n"
    assert facts(options.format(info=info)) == [
        (4, "option", "zip", "-r, --recurse", "Travel the folders below"), (5, "option", "zip", "-q", "Say nothing")]
    listing = "# Brewing\n\n```{info}\nUsage: brewer <command>\n\nCommands:\n    mash           Heats the grain\n```\n"
    assert [(note.line, note.front, note.back) for note in draft(listing.format(info=info)).notes
            if note.reason == command_listings.REASON] == [(7, "brewer mash", "Heats the grain")]
    assert [note for note in draft(listing.format(info="json")).notes if note.reason == command_listings.REASON] == []


@pytest.mark.parametrize("info", sorted(UNMARKED_FENCE_INFOS))
def test_an_unmarked_fence_holds_a_sheet_of_keys(info: str) -> None:
    """key_glosses and key_lines each built this set (review16 4); they ask it here."""
    text = ("# less\n\n```{info}\nScrolling\n\n  j, Down\n    Move down a line\n  k, Up\n    Move up a line\n"
            "  ^f\n    Page forward\n```\n")
    assert facts(text.format(info=info)) == [(7, "command", "less", "j, Down", "Move down a line"),
                                             (9, "command", "less", "k, Up", "Move up a line"),
                                             (11, "command", "less", "^f", "Page forward")]
    assert facts(text.format(info="json")) == []


@pytest.mark.parametrize("info", sorted(MARKDOWN_FENCE_INFOS))
def test_a_markdown_fence_of_the_notes_program_holds_its_lines(info: str) -> None:
    text = f"# gzip(1)\n\nUnpack a file:\n```{info}\ngzip -d notes.gz\n```\n"
    assert facts(text) == [(5, "command", "gzip", "gzip -d notes.gz", "Unpack a file")]
    assert facts(text.replace(f"```{info}", "```json")) == []


from quizzer.extract.knowledge import MEANING_HEADER_WORDS  # noqa: E402


@pytest.mark.parametrize("word", sorted(MEANING_HEADER_WORDS))
def test_a_meaning_header_word_names_the_gloss_column(word: str) -> None:
    """Four table readers spelled these words each their own way (review15 2); they ask it here."""
    arguments = (f"# 메모\n\n| 인자 | {word} | 사용 예 |\n| --- | --- | --- |\n"
                 "| `+1` | 스택을 한 칸 돌린다 | `pushd +1` |\n| `-0` | 맨 아래를 위로 | `pushd -0` |\n")
    assert facts(arguments) == [
        (5, "command", "pushd", "pushd +1", "스택을 한 칸 돌린다"), (6, "command", "pushd", "pushd -0", "맨 아래를 위로")]
    terms = f"# 메모\n\n| 명령어 | {word} |\n| --- | --- |\n| `pwd` | 지금 있는 디렉터리를 보여준다 |\n"
    assert facts(terms) == [(5, "command", "pwd", "pwd", "지금 있는 디렉터리를 보여준다")]


@pytest.mark.parametrize("label", ["사용 예", "예시", "Example", "Usage examples", "e.g."])
def test_an_example_label_names_the_example_column(label: str) -> None:
    text = (f"# 메모\n\n| 인자 | 설명 | {label} |\n| --- | --- | --- |\n"
            "| `+1` | 스택을 돌린다 | `pushd +1` |\n| `-0` | 맨 아래를 위로 | `pushd -0` |\n")
    assert [front for _, _, _, front, _ in facts(text)] == ["pushd +1", "pushd -0"]
    assert [front for _, _, _, front, _ in facts(text.replace(label, "비고"))] != ["pushd +1", "pushd -0"]


from quizzer.extract.knowledge import is_caret_key  # noqa: E402


@pytest.mark.parametrize("key", ["^U", "^[", "^\\", "^]", "^^", "^_", "^?", "^@"])
def test_a_control_key_in_caret_notation(key: str) -> None:
    """plain_columns and heading_keys each compiled this regex (review15 5); they ask it here."""
    assert is_caret_key(key)
    assert not is_caret_key(key + "X")


@pytest.mark.parametrize("text", ["^u", "^", "U", "^UX", "Ctrl-U", "^ U"])
def test_other_text_is_no_caret_key(text: str) -> None:
    assert not is_caret_key(text)


@pytest.mark.parametrize("word", sorted(COMMAND_WORDS_KO))
def test_a_heading_of_korean_command_words_lists_commands(word: str) -> None:
    """listed_commands spelled 명령어|명령 again after review 14 folded them (review15 6)."""
    text = f"# 작은 도구 모음\n\n## 포함된 {word}들\n\n- vidir: 디렉터리를 편집기로 고친다\n- ts: 줄마다 시각을 붙인다\n"
    assert [(front, back) for _, kind, _, front, back in facts(text) if kind == "command"] == [
        ("vidir", "디렉터리를 편집기로 고친다"), ("ts", "줄마다 시각을 붙인다")]


from quizzer.extract.knowledge import ARGUMENT_WORDS_EN, ARGUMENT_WORDS_KO  # noqa: E402


@pytest.mark.parametrize("word", sorted(ARGUMENT_WORDS_KO | ARGUMENT_WORDS_EN))
def test_an_argument_word_heads_the_column_of_arguments(word: str) -> None:
    """argument_tables and signals each spelled these words (review15 13); they ask it here."""
    text = (f"# 메모\n\n| {word.title()} | 설명 | 예 |\n| --- | --- | --- |\n"
            "| `+1` | 스택을 돌린다 | `pushd +1` |\n| `-0` | 맨 아래를 위로 | `pushd -0` |\n")
    assert [front for _, _, _, front, _ in facts(text)] == ["pushd +1", "pushd -0"]


from quizzer.extract.knowledge import EMPTY_KEY_CELLS  # noqa: E402


@pytest.mark.parametrize("cell", sorted(EMPTY_KEY_CELLS))
def test_an_empty_cell_is_no_key_on_its_platform(cell: str) -> None:
    """key_tables, symbol_keys and name_tables spelled these each (review15 14); they ask it here."""
    text = ("# Music player\n\n| 기능 | Windows | macOS |\n|---|---|---|\n"
            f"| 미니 플레이어 | {cell} | Cmd+Shift+M |\n| 음소거 | F8 | F8 |\n")
    assert [(front, back) for _, _, _, front, back in facts(text)] == [
        ("Cmd+Shift+M (macOS)", "미니 플레이어"), ("F8", "음소거")]


from quizzer.extract.gate import ABOVE_BLOCK  # noqa: E402
from quizzer.extract.knowledge import ECHOING_PROGRAMS, FOLDER_CHANGERS  # noqa: E402
from quizzer.extract.model import NoteDraft  # noqa: E402
from quizzer.extract.over_block import MOVES_FIRST, over_block_doubt  # noqa: E402


def _moved(line: str) -> NoteDraft:
    return NoteDraft(key="k", kind=Kind.COMMAND, front=line, back="Navigate to your project folder", command=line,
                     section=(), line=3, tags=(), reason=ABOVE_BLOCK)


@pytest.mark.parametrize("program", sorted(FOLDER_CHANGERS))
def test_going_to_a_folder_is_what_a_folder_changer_does(program: str) -> None:
    """over_block spelled these in a set of its own (review16 6); it asks them here."""
    assert over_block_doubt(_moved(f"{program} site"), (), over_block=True, commented=False) is None
    assert over_block_doubt(_moved("make site"), (), over_block=True, commented=False) == MOVES_FIRST


@pytest.mark.parametrize("program", sorted(ECHOING_PROGRAMS))
def test_text_echoed_into_the_notes_program_is_its_example(program: str) -> None:
    """walk spelled these in a set of its own (review16 6); it asks them here."""
    text = f"# sort(1)\n\n## Numbers\n\nSort by value:\n\n```sh\n{program} '10 9 100' | tr ' ' '\\n' | sort -n\n```\n"
    assert [(command, back) for _, _, command, _, back in facts(text)] == [("sort", "Sort by value")]
    assert [command for _, _, command, _, _ in facts(text.replace(program, "cat", 1))] == ["cat"]


def test_run_programs_and_fenced_programs_read_the_same_runs() -> None:
    from quizzer.extract.knowledge import fenced_programs, run_programs

    lines = ["$ zork --fast x", "$ zork list", "blorp -q file | sort", "blorp -v", "quux -a", "quux -b", "quux -c",
             "Total 3 items", "# comment -x", "output line"]
    # once is enough to run: "Total" opens a line of output, "#" a comment
    assert run_programs(lines) == ("blorp", "quux", "zork")
    # often: typed at a prompt twice, or run three times
    assert fenced_programs(lines) == ("quux", "zork")


def test_a_line_asking_a_program_for_its_windows_help_runs_it() -> None:
    from quizzer.extract.knowledge import run_programs

    # "/?" is Windows' help switch; a path ("/tmp") or a "?" inside a word is not
    assert run_programs(["tracepath /?", "cd /tmp", "look /x", "what /?x"]) == ("tracepath",)


@pytest.mark.parametrize("word", ERROR_WORDS)
def test_every_error_word_makes_a_prompted_line_a_failing_example(word: str) -> None:
    deck = draft(f"# Notes\n\n```console\n# Remove the folder\n$ rmdir build\nrmdir: build: {word} here\n```\n")
    assert not deck.notes
    assert any("line 5" in w.message and "error" in w.message for w in deck.warnings)


@pytest.mark.parametrize(
    "words",
    [
        "the and for with from into onto to of in on a an by via use using how your my its",  # code's heading words
        "a an the it its your my this that to of",  # action_parts' label parts
    ],
)
def test_the_words_naming_nothing_are_left_out_by_each_reader_that_looked_for_a_labels_words(words: str) -> None:
    assert set(words.split()) <= NAMING_NOTHING


def test_an_indented_line_under_a_line_naming_values_is_a_value_not_a_sub_command() -> None:
    # x-f32ko2: "\tclean : …" indented under the line above it is a detail of what that line names (a value it takes),
    # not "mvn clean", though the word is one of mvn's phases
    text = (
        "# Maven 정리\n\n"
        "package : 패키지로 묶는다\n\n"
        "<phase>의 경우 clean, site 등이 올 수 있는데 단계를 정하는 tag 이다.\n"
        "\tclean : 정리 단계\n"
        "\tsite : 문서 단계\n"
    )
    notes = _notes(text)
    assert ("command", "mvn", "mvn package", "패키지로 묶는다") in notes
    assert ("concept", None, "clean", "정리 단계") in notes
    assert not [n for n in notes if n[2] in ("mvn clean", "mvn site")]


@pytest.mark.parametrize("builtin", ["setopt", "unsetopt"])
def test_zshs_option_builtins_are_programs(builtin: str) -> None:
    # "what it does: `setopt …`": the line is a command of zsh's, its card says what it does (not a term whose
    # definition is the line)
    deck = extract(f"## zsh\n\n- 히스토리 중복 줄 지우기: `{builtin} hist_ignore_dups`\n", deck="d", source="z.md")
    assert [(n.kind.value, n.command, n.front) for n in deck.notes] == [
        ("command", builtin, f"{builtin} hist_ignore_dups")
    ]


@pytest.mark.parametrize("word", sorted(word for word in NUMBERED_LABELS if has_hangul(word)))
def test_a_korean_numbered_label_with_its_number_first_is_no_term(word: str) -> None:
    # "1단계", "제2 단계": Korean puts the number before the word as often as after it
    assert is_numbered_label(f"1{word}") and is_numbered_label(f"제2 {word}:") and is_numbered_label(f"3 {word}")
    assert not is_numbered_label(f"2{word} 인증")  # more words after it: a term ("2단계 인증")


def test_a_number_before_another_word_is_no_numbered_label() -> None:
    assert not is_numbered_label("1줄") and not is_numbered_label("3 files") and not is_numbered_label("2 step")
