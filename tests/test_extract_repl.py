"""Lines typed at a program's own prompt, output between them (issue 6, x-en), examples of our own."""

from __future__ import annotations

from conftest import draft as _draft, facts as _facts


def test_a_named_prompt_says_which_program_and_its_output_is_no_command() -> None:
    text = "## Tables\n\nList the tables of the open database:\n\n```\nmysql> SHOW TABLES;\n+------+\n| t1   |\n+------+\n```\n"
    assert _facts(text) == [(6, "command", "mysql", "SHOW TABLES;", "List the tables of the open database")]


def test_a_bare_prompt_belongs_to_the_shell_the_title_names() -> None:
    text = "# Redis notes\n\nCount the keys:\n\n```\n> DBSIZE\n(integer) 42\n```\n"
    assert _facts(text) == [(6, "command", "redis-cli", "DBSIZE", "Count the keys")]


def test_a_bare_prompt_in_notes_about_no_shell_program_stays_a_warning() -> None:
    text = "# Weekend notes\n\nCount the keys:\n\n```\n> DBSIZE\n(integer) 42\n```\n"
    draft = _draft(text)
    assert draft.notes == ()
    assert [w.line for w in draft.warnings] == [5]


def test_one_call_typed_twice_with_other_arguments_is_one_note() -> None:
    text = (
        "# MongoDB\n\nAdd a user document:\n\n```\n> db.people.insertOne({\"n\": \"kim\"})\n{ \"ok\" : 1 }\n"
        "> db.people.insertOne({\"n\": \"lee\"})\n{ \"ok\" : 1 }\n```\n"
    )
    [note] = _draft(text).notes
    assert (note.line, note.command, note.front, note.back) == (6, "mongo", 'db.people.insertOne({"n": "kim"})', "Add a user document")
    assert note.answers == ('db.people.insertOne({"n": "kim"})', 'db.people.insertOne({"n": "lee"})')


def test_different_commands_under_one_description_are_not_guessed() -> None:
    text = "# MongoDB\n\nLook around:\n\n```\n> show dbs\nadmin 0.1GB\n> show users\n```\n"
    draft = _draft(text)
    assert draft.notes == ()
    assert [w.line for w in draft.warnings] == [5]


def test_a_prompt_naming_a_program_we_do_not_know_stays_a_warning() -> None:
    # "cloud>" could be anything's shell, with its own dot-commands: no card, a warning
    text = "# Cloud shell\n\nSwitch the profile:\n\n```\ncloud> .profile work\nswitched\n```\n"
    draft = _draft(text)
    assert draft.notes == ()
    assert [w.line for w in draft.warnings] == [5]


def test_a_quote_under_the_block_says_what_it_does_not_the_text_above() -> None:
    text = (
        "# Redis\n\nWith these you can read and change keys.\n\n```\n> GET user:1\n\"kim\"\n```\n\n"
        "> reads the key user:1\n"
    )
    draft = _draft(text)
    assert [n.back for n in draft.notes if n.front == "GET user:1"] == []
    assert [w.line for w in draft.warnings] == [5]


def test_the_sentence_over_an_equivalent_in_another_language_describes_the_line() -> None:
    text = (
        "# Mongo shell\n\nCount the documents of a collection, same as:\n\n- `SELECT count(*) FROM pets` :\n\n"
        "```\n> db.pets.countDocuments()\n3\n```\n"
    )
    assert _facts(text) == [(8, "command", "mongo", "db.pets.countDocuments()", "Count the documents of a collection")]


def test_a_bare_prompt_belongs_to_the_shell_the_front_matters_title_names() -> None:
    text = (
        '---\ntitle: "[Redis] 자주 쓰는 명령"\n---\n\n#### 키 관리\n'
        "- 키 개수 보기\n```\n> DBSIZE\n(integer) 42\n```\n"
    )
    assert [(kind, command, front, back) for _, kind, command, front, back in _facts(text)] == [
        ("command", "redis-cli", "DBSIZE", "키 개수 보기")]
    untitled = text.replace('title: "[Redis] 자주 쓰는 명령"', 'title: "자주 쓰는 명령"')
    assert _facts(untitled) == []


def test_a_call_left_open_on_its_line_is_asked_by_its_name() -> None:
    # the data of the call goes on past the line (wrapped by the block, or continued at a "..." prompt)
    text = (
        "# MongoDB notes\n\n- 사용자 추가\n```\n"
        '> db.people.insertOne({"name" : "Kim", "city" : "Seo\nul" })\n{ "acknowledged" : true }\n```\n'
    )
    assert [(front, back) for _, _, _, front, back in _facts(text)] == [("db.people.insertOne()", "사용자 추가")]
    closed = "# MongoDB notes\n\n- 사용자 찾기\n```\n> db.people.find({})\n{ }\n```\n"
    assert [front for _, _, _, front, _ in _facts(closed)] == ["db.people.find({})"]


def test_a_call_on_the_shells_object_written_without_its_prompt_is_typed_there() -> None:
    text = '# MongoDB 메모\n\n- 사용자 삭제\n```\ndb.users.deleteOne({name : "lee"})\n```\n'
    assert [(command, front, back) for _, _, command, front, back in _facts(text)] == [
        ("mongo", 'db.users.deleteOne({name : "lee"})', "사용자 삭제")]
    # in notes about no program with a shell, the same line is source code, not a line to learn
    assert _facts(text.replace("# MongoDB 메모", "# 자바스크립트 메모")) == []
