"""Styles of English cheat sheets and wikis (issue 6, x-en), each with examples of our own."""

from __future__ import annotations

from quizzer.extract import DeckDraft, extract


def _draft(text: str) -> DeckDraft:
    return extract(text, deck="t", source="t.md")


def _facts(text: str) -> list[tuple[int, str, str | None, str, str]]:
    return [(n.line, n.kind.value, n.command, n.front, n.back) for n in _draft(text).notes]


# `Name - what it is` in a numbered list of terms ----------------------------------------------------


def test_capitalised_name_dash_description_items_are_concepts() -> None:
    text = "STORAGE\n1. BlockStore - keeps raw disk blocks for one node\n2. ObjectBucket - holds blobs behind an HTTP API\n"
    assert _facts(text) == [
        (2, "concept", None, "BlockStore", "keeps raw disk blocks for one node"),
        (3, "concept", None, "ObjectBucket", "holds blobs behind an HTTP API"),
    ]


def test_name_dash_needs_a_single_name_not_a_sentence() -> None:
    # "Then restart - ..." is a sentence, and a label is never a term
    text = "1. Then restart - the daemon reloads\n2. Note - keep a backup first\n"
    assert [n.front for n in _draft(text).notes] == []


# a command line in a list item, its meaning on the item's next line ----------------------------------


def test_command_line_then_its_meaning_on_the_next_line() -> None:
    text = "## handy\n- tar -czf out.tgz build/\npack the build folder into one gzipped file\n"
    assert _facts(text) == [(3, "command", "tar", "tar -czf out.tgz build/", "pack the build folder into one gzipped file")]


def test_command_line_keeps_the_escapes_the_shell_needs() -> None:
    # markdown reads `\;` as an escaped `;`, but the shell needs the backslash
    text = "- find . -name '*.tmp' -exec rm {} \\;\nremove leftover temp files\n"
    (note,) = _draft(text).notes
    assert (note.kind.value, note.command, note.back) == ("command", "find", "remove leftover temp files")
    assert note.front.endswith("-exec rm \\;")
    assert note.line == 2


def test_command_line_with_a_redirect_accepts_the_whole_line_as_an_answer() -> None:
    text = "- ls -1 ~/src | sort -r >names.txt\nlist the sources newest name first\n"
    (note,) = _draft(text).notes
    assert note.front == "ls -1 ~/src | sort -r"
    assert "ls -1 ~/src | sort -r >names.txt" in note.answers


def test_next_line_glossing_a_flag_of_a_piped_program() -> None:
    text = "- ls -1 | xargs -n2 echo\n-n2 tells xargs to pass two names per call\n"
    assert _facts(text) == [(2, "flag", "xargs", "-n2", "tells xargs to pass two names per call")]


def test_a_flag_gloss_may_end_with_an_aside_in_parentheses() -> None:
    text = "- ls -1 | xargs -n2 echo\n-n2 tells xargs to pass two names per call (like `-L 2`)\n"
    assert _facts(text) == [(2, "flag", "xargs", "-n2", "tells xargs to pass two names per call (like -L 2)")]


def test_only_the_first_line_is_the_meaning_the_rest_is_a_warning() -> None:
    text = "- du -sh ./logs\nshow how big the logs folder is\nthe numbers are rounded\nlike: 12M\n"
    draft = _draft(text)
    assert [(n.line, n.back) for n in draft.notes] == [(2, "show how big the logs folder is")]
    assert [w.line for w in draft.warnings] == [3, 4]


def test_a_condition_or_another_command_under_a_command_is_not_its_meaning() -> None:
    text = "- du -sh ./logs\nif -s is left out every folder is listed\n\n- git fetch --all\ngit status\n"
    assert _facts(text) == []


# one-letter commands of the notes' program, and signs glossed with their names ---------------------


def test_x_command_what_it_does_in_headings_and_items() -> None:
    text = (
        "awk\n===\n\n"
        "**N** command, counts the fields\n--------------------------------\n\n"
        "- x command, swaps the buffers\n- = command, prints the record number\n"
    )
    assert _facts(text) == [
        (4, "command", "awk", "N", "counts the fields"),
        (7, "command", "awk", "x", "swaps the buffers"),
        (8, "command", "awk", "=", "prints the record number"),
    ]


def test_x_command_needs_the_notes_program() -> None:
    # no program named anywhere: whose command "x" is, nobody can say
    assert _facts("- x command, swaps the buffers\n") == []


def test_signs_glossed_with_their_names() -> None:
    text = (
        "## globs\n- ? (question mark) stands for one character\n"
        "- ! (bang) and ~ (tilde) are expanded by the shell\n- **%** (percent) marks a job number\n"
    )
    draft = _draft(text)
    assert _facts(text) == [
        (2, "concept", None, "?", "stands for one character"),
        (3, "concept", None, "! and ~", "are expanded by the shell"),
        (4, "concept", None, "%", "marks a job number"),
    ]
    assert set(draft.notes[1].answers) >= {"!", "~", "bang and tilde"}


def test_a_word_with_a_gloss_is_not_a_sign() -> None:
    assert _facts("- cp (copy) copies files\n") == []


def test_heading_command_then_a_remark_is_described_by_its_paragraph() -> None:
    text = "# tr\n\n## tr -d '0-9' < in.txt, any set of characters works\n\nDeletes every digit.\n"
    draft = _draft(text)
    assert _facts(text) == [(5, "command", "tr", "tr -d '0-9'", "Deletes every digit.")]
    assert [w.line for w in draft.warnings] == [3]


# captions alternating with command lines in a code block --------------------------------------------


def test_captions_alternating_with_command_lines() -> None:
    text = "## start over\n```\nStep 1 save your work:\ngit stash push\n\nThrow away the branch\ngit branch -D topic\n```\n"
    assert _facts(text) == [
        (3, "command", "git stash push", "git stash push", "save your work"),
        (6, "command", "git branch", "git branch -D topic", "Throw away the branch"),
    ]


def test_caption_with_a_redirected_command_accepts_the_whole_line() -> None:
    text = "```\nkeep the diff\ngit diff > work.patch\nput it back later\ngit apply work.patch\n```\n"
    first = _draft(text).notes[0]
    assert (first.front, first.back) == ("git diff", "keep the diff")
    assert "git diff > work.patch" in first.answers


def test_one_caption_alone_or_output_between_commands_is_not_read_as_captions() -> None:
    # a lone line of text over a command may be output of the line before: not a caption
    assert _facts("```\ngit stash list\nno entries found\ngit stash pop\n```\n") == []


def test_paragraph_right_above_a_fence_is_its_description_not_the_bullet_after_it() -> None:
    text = (
        "## who am I\n\nshow the name in use\n```\ngit config user.email\n```\n\n"
        "- Setting the name for one repository only\n\ncd into it first.\n"
    )
    assert _facts(text) == [(5, "command", "git config", "git config user.email", "show the name in use")]


# keys alone on their lines in a code block of notes about an editor ----------------------------------


def test_short_keys_under_comments_in_notes_about_vi() -> None:
    text = "# vi basics\n\n```\n# undo the last change\nu\n# join two lines\nJ\n# save and quit\n:wq\n```\n"
    assert _facts(text) == [
        (5, "command", "vi", "u", "undo the last change"),
        (7, "command", "vi", "J", "join two lines"),
        (9, "command", "vi", ":wq", "save and quit"),
    ]


def test_a_program_alone_on_its_line_is_not_a_key() -> None:
    text = "# vi basics\n\n```\n# list the files\nls\n```\n"
    assert _facts(text) == [(5, "command", "ls", "ls", "list the files")]


# `thing` meaning lines with no separator, in a paragraph of such lines --------------------------------


def test_code_span_then_its_meaning_lines_even_one_word() -> None:
    text = (
        "# psql\n\n**psql shell**  \n`=>` prompt  \n`\\dt` list tables  \n"
        "`\\q` / `quit` / `Ctrl+D` leave the shell  \n"
    )
    draft = _draft(text)
    assert (4, "concept", None, "=>", "prompt") in _facts(text)
    assert [w.line for w in draft.warnings] == [3]  # the bold label is no term of its own


def test_dot_command_with_other_spellings_is_one_command() -> None:
    text = "# sqlite3\n\n`.schema` table layout  \n`.quit` / `exit` / `Ctrl+D` leave the shell  \n"
    draft = _draft(text)
    assert _facts(text) == [
        (3, "command", "sqlite3", ".schema", "table layout"),
        (4, "command", "sqlite3", ".quit", "leave the shell"),
    ]
    assert set(draft.notes[1].answers) >= {".quit", "exit", "Ctrl+D"}


def test_a_lone_code_span_and_word_outside_such_lines_is_not_a_term() -> None:
    assert _facts("`make` works\n") == []


# items glossing the parts of the example line above them ----------------------------------------------


def test_items_gloss_the_flags_values_and_arguments_of_the_example_above() -> None:
    text = (
        "- `podman run -d -v /srv:/data --name cache redis:7`\nHere:\n"
        "- -d - keeps it running in the background\n"
        "- -v /srv:/data - mounts the host folder in the container\n"
        "- cache - the name it answers to\n"
        "- redis:7 - the image it starts from\n"
    )
    assert _facts(text) == [
        (3, "flag", "podman run", "-d", "keeps it running in the background"),
        (4, "flag", "podman run", "-v", "mounts the host folder in the container"),
        (5, "flag", "podman run", "--name", "the name it answers to"),
        (6, "flag", "podman run", "redis:7", "the image it starts from"),
    ]
    answers = {n.front: n.answers for n in _draft(text).notes}
    assert "-v /srv:/data" in answers["-v"] and "cache" in answers["--name"]


def test_flags_of_a_long_spelling_go_under_the_short_form() -> None:
    text = "- `docker container run --rm -it alpine`\n- --rm : removes the container when it stops\n"
    assert _facts(text) == [(2, "flag", "docker run", "--rm", "removes the container when it stops")]


def test_a_gloss_must_name_a_part_of_the_line_right_above() -> None:
    text = "- `podman run -d redis:7`\n- -p - publishes a port\n\nmore text\n\n- -d - keeps it running\n"
    assert _facts(text) == []


# a heading of prose over its bare command item -----------------------------------------------------------


def test_heading_of_prose_over_bare_command_items_of_one_command() -> None:
    text = (
        "## Open a shell inside the running container\n- `docker exec -it web sh`\n"
        "- `docker container exec -it web bash`\n- `docker ps`\n"
    )
    assert _facts(text) == [
        (2, "command", "docker exec", "docker exec -it web sh", "Open a shell inside the running container"),
        (3, "command", "docker container exec", "docker container exec -it web bash",
         "Open a shell inside the running container"),
    ]


def test_a_short_or_label_heading_says_nothing_about_the_item() -> None:
    assert _facts("## Usage:\n- `docker ps -a`\n\n## More\n- `docker ps -q`\n") == []


# a block of different commands under a heading that says what to do: its steps ------------------------


def test_block_of_different_commands_under_a_what_to_do_heading_is_a_procedure() -> None:
    text = "## start a new project\n```\ngit init\ngit add -A\ngit push -u origin main\n```\n"
    assert [(n.line, n.kind.value, n.position, n.back) for n in _draft(text).notes] == [
        (3, "step", 1, "git init"),
        (4, "step", 2, "git add -A"),
        (5, "step", 3, "git push -u origin main"),
    ]
    assert _draft(text).notes[0].front == "start a new project — step 1"


def test_installing_the_tool_or_a_topic_heading_gives_no_steps() -> None:
    assert _facts("## Install from source\n```\n./configure\nmake\nmake install\n```\n") == []
    assert _facts("## Remote repositories\n```\ngit remote -v\ngit fetch\n```\n") == []


# a command line with what it does in parentheses; a numbered list that could not start ------------------


def test_command_line_with_its_meaning_in_parentheses() -> None:
    text = "- podman-compose down (stop and remove the stack)\n- podman-compose up -d (only on a server)\n"
    assert _facts(text) == [(1, "command", "podman-compose down", "podman-compose down", "stop and remove the stack")]


def test_numbered_lines_that_could_not_interrupt_a_paragraph_are_items() -> None:
    # a list starting at 7 cannot interrupt a paragraph, so markdown keeps these lines in "COMPOSE"
    text = "COMPOSE\n7. podman-compose down (stop and remove the stack)\n8. ReplicaSet keeps pods running\n"
    draft = _draft(text)
    assert _facts(text) == [(2, "command", "podman-compose down", "podman-compose down", "stop and remove the stack")]
    assert [w.line for w in draft.warnings] == [3]


def test_a_paragraph_that_only_sets_the_scene_leaves_the_block_to_the_bullet_after_it() -> None:
    text = "## recall\n\nwhen the name of a kind slips your mind\n\n```\nkubectl api-resources\n```\n\n- lists every kind with its short name\n"
    assert _facts(text) == [(6, "command", "kubectl api-resources", "kubectl api-resources", "lists every kind with its short name")]


# an option alone in a code block, the text above says what it does -------------------------------------


def test_option_alone_in_a_block_with_the_text_above() -> None:
    text = "# rsync\n\n## Skipping files\n\nTo skip every log file:\n\n```\n--exclude='*.log'\n```\n"
    (note,) = _draft(text).notes
    assert (note.line, note.kind.value, note.command, note.front, note.back) == (
        8, "flag", "rsync", "--exclude='*.log'", "To skip every log file")
    assert "--exclude" in note.answers


def test_option_alone_needs_a_command_that_owns_it() -> None:
    # a program with many sub-commands does not say which one takes --force
    assert _facts("# git\n\n## Forcing\n\nTo force it:\n\n```\n--force\n```\n") == []


def test_a_chained_line_is_about_its_first_command_but_the_whole_line_is_a_right_answer() -> None:
    text = "## wipe local changes\n```\ngit reset --hard && git clean -fd\n```\n"
    (note,) = _draft(text).notes
    assert (note.front, note.back) == ("git reset --hard", "wipe local changes")
    assert "git reset --hard && git clean -fd" in note.answers


def test_sentence_ending_with_a_flag_over_a_line_using_it() -> None:
    text = (
        "## Scale\n\nThe number of copies is chosen by passing a count to **--replicas**\n"
        "```sh\nkubectl scale deployment web --replicas=3\n```\n"
    )
    (note,) = _draft(text).notes
    assert (note.line, note.kind.value, note.command, note.front) == (5, "flag", "kubectl scale", "--replicas")
    assert note.back.startswith("The number of copies is chosen")


def test_sentence_naming_a_flag_the_line_does_not_use_describes_nothing_of_it() -> None:
    text = "## Scale\n\nYou may also pass **--timeout**\n```sh\nkubectl scale deployment web --replicas=3\n```\n"
    assert all(n.kind.value != "flag" for n in _draft(text).notes)


def test_options_glossed_in_a_comment_by_their_word() -> None:
    text = "# curl\n\n```\n# Usage:\n# -s(ilent) -v(erbose)\n# -d body (send body as the request data)\ncurl -s example.org\n```\n"
    options = [fact for fact in _facts(text) if fact[1] == "option"]
    assert options == [
        (5, "option", "curl", "-s", "silent"),
        (5, "option", "curl", "-v", "verbose"),
        (6, "option", "curl", "-d", "send body as the request data"),
    ]


def test_bold_label_with_names_right_above_a_fence_describes_its_command() -> None:
    text = "# sqlite3\n\n**drop table** `logs` from `app.db`\n```sh\nsqlite3 app.db \"DROP TABLE logs\"\n```\n"
    (note,) = _draft(text).notes
    assert (note.line, note.kind.value, note.command, note.back) == (3, "command", "sqlite3", "drop table logs from app.db")


def test_a_flag_bullet_with_its_value_is_a_fact_apart_from_the_bare_flag() -> None:
    text = (
        "## to a file\n```\nffmpeg -i in.mkv -f mp4 out.mp4\n```\n* `-f` picks the container format\n\n"
        "## to a stream\n```\nffmpeg -i in.mkv -f hls out.m3u8\n```\n* `-f hls` cuts the output into HLS segments\n"
    )
    flags = [(n.front, n.back, n.answers) for n in _draft(text).notes if n.kind.value == "flag"]
    assert flags == [
        ("-f", "picks the container format", ("-f",)),
        ("-f hls", "cuts the output into HLS segments", ("-f hls", "-f")),
    ]
