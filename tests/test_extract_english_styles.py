"""Styles of English cheat sheets and wikis (issue 6, x-en), each with examples of our own."""

from __future__ import annotations

from conftest import draft as _draft, facts as _facts, warned


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
    assert note.front.endswith("-exec rm {} \\;")  # find's {} is part of the command
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


def test_a_sign_without_its_name_among_glossed_signs() -> None:
    text = "## globs\n- ? (question mark) stands for one character\n- [] holds a set of characters\n"
    assert _facts(text)[1] == (3, "concept", None, "[]", "holds a set of characters")
    assert _facts("## globs\n- [] holds a set of characters\n") == []  # alone, nothing says it is a sign list


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


def test_items_gloss_the_flags_and_flag_values_of_the_example_above() -> None:
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
    ]  # redis:7 is the image this example runs: an argument, no flag of podman run
    answers = {n.front: n.answers for n in _draft(text).notes}
    assert "-v /srv:/data" in answers["-v"] and "cache" in answers["--name"]
    assert [w.line for w in _draft(text).warnings] == [6]


def test_an_image_or_repository_name_glossed_under_the_example_is_an_argument_not_a_flag() -> None:
    text = (
        "- `docker run -it -p 9000:80 --name shop acme/storefront`\nHere:\n"
        "- -it - gives it a terminal to type in\n"
        "- acme/storefront - the image published by the acme account\n"
        "- shop - what the container is called\n"
    )
    assert _facts(text) == [
        (3, "flag", "docker run", "-it", "gives it a terminal to type in"),
        (5, "flag", "docker run", "--name", "what the container is called"),
    ]
    warnings = _draft(text).warnings
    assert [w.line for w in warnings] == [4]
    assert "acme/storefront" in warnings[0].message and "argument" in warnings[0].message


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
        (3, "command", "docker exec", "docker container exec -it web bash",
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


def test_forms_to_fill_in_under_a_what_to_do_heading_are_not_steps() -> None:
    # each line a form with its own placeholder, none taking up what another wrote: the commands the task uses,
    # ways as often as steps; the heading says what they do together, so no line gets a card
    text = '## Save your work\n```\n$ git stash\n$ git add [FILE]\n$ git commit -m "MESSAGE"\n```\n'
    assert _facts(text) == []
    assert [w.line for w in _draft(text).warnings] == [3, 4, 5]


def test_forms_where_a_later_line_takes_up_what_an_earlier_wrote_are_steps() -> None:
    text = "## Move a database\n```\n$ pg_dump [DB] > dump.sql\n$ psql -d [NEWDB] -f dump.sql\n```\n"
    assert [(n.line, n.kind.value, n.position) for n in _draft(text).notes] == [(3, "step", 1), (4, "step", 2)]


def test_lines_between_hash_or_comments_each_do_what_the_heading_says() -> None:
    # "# or" between two lines of different commands: two ways of the one task the heading names
    text = "# Notes\n\n## Disks\n\n### List block devices\n\n```bash\n$ lsblk\n# or\n$ fdisk -l\n```\n"
    assert [(line, back) for line, _, _, _, back in _facts(text)] == [
        (8, "List block devices"), (10, "List block devices"),
    ]


def test_a_remark_labelled_with_a_dash_leaves_the_heading_to_say_what_the_block_does() -> None:
    # "_Warning_ - …" between a heading and its block, like "Warning: …": a remark on the line, not what it does
    for label in ("_Warning_ -", "Note —", "Caution:"):
        text = f"# Notes\n\n### Throw away local edits\n\n{label} there is no undo.\n\n```bash\n$ git restore .\n```\n"
        assert [(line, back) for line, _, _, _, back in _facts(text)] == [(8, "Throw away local edits")], label


def test_lines_of_one_way_of_several_set_apart_by_or_are_no_cards() -> None:
    # rv20: 'git branch feature' and 'git checkout feature' were each carded as creating and switching to a branch
    text = "# Git\n\n### Create and switch to a branch\n\n```\ngit branch feature\ngit checkout feature\n# or\n" \
        "git checkout -b feature\n```\n"
    assert [(line, front, back) for line, _, _, front, back in _facts(text)] == [
        (9, "git checkout -b feature", "Create and switch to a branch"),
    ]
    assert warned(text) == [6]


def test_a_statement_in_parentheses_after_the_text_over_a_line_is_left_off_its_card() -> None:
    # "(it's a percentage)" says something of its own, beside what the line does: two facts on one card
    text = "# Tuning\n\nraise the swap pressure (it's a percentage)\n\n```\nsysctl -w vm.swappiness=80\n```\n"
    assert [(line, back) for line, _, _, _, back in _facts(text)] == [(6, "raise the swap pressure")]
    assert 6 in [w.line for w in _draft(text).warnings]


def test_installing_the_tool_or_a_topic_heading_gives_no_steps() -> None:
    assert _facts("## Install from source\n```\n./configure\nmake\nmake install\n```\n") == []
    assert _facts("## Remote repositories\n```\ngit remote -v\ngit fetch\n```\n") == []


def test_a_heading_naming_a_sample_script_gives_no_steps() -> None:
    # the lines fetch and run the script the heading names: what the script does is no step of the reader's
    text = "## Sample script to set up the lab\n```\ncurl -o lab.sh https://example.org/lab.sh\nsh lab.sh\n```\n"
    assert _facts(text) == []
    assert warned(text) == [3, 4]
    # a heading that says what to do over the same lines is still a procedure
    text = "## Set the lab up from a script\n```\ncurl -o lab.sh https://example.org/lab.sh\nsh lab.sh\n```\n"
    assert [(n.line, n.kind.value, n.position) for n in _draft(text).notes] == [(3, "step", 1), (4, "step", 2)]


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
    # the line's card, as text right above any block gives it (x-f35en3: no more the bare program's)
    assert (note.line, note.kind.value, note.command, note.front, note.back) == (
        5, "command", "sqlite3", 'sqlite3 app.db "DROP TABLE logs"', "drop table logs from app.db",
    )


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


def test_a_sentence_saying_what_a_named_command_lets_you_do() -> None:
    text = "Undoing is easy.\nGit revert lets you undo a commit with a new one, which keeps history intact.\n"
    assert _facts(text) == [(2, "command", "git revert", "git revert", "undo a commit with a new one")]


def test_a_program_said_to_be_used_but_never_run_is_the_tools_own_not_a_command_to_learn() -> None:
    # x-f30en1: a plugin's README telling how it works; the notes teach no sed
    text = "# fzf-marks\n\n## How it works\n\nSed is used for rewriting the bookmark file.\n"
    assert _facts(text) == []


def test_a_program_said_to_be_used_that_the_notes_run_is_read() -> None:
    text = "# Text tools\n\nSed is used for rewriting files in place.\n\n```sh\nsed -i 's/a/b/' notes.txt\n```\n"
    assert ("command", "sed", "sed", "rewriting files in place") in [(k, c, f, b) for _l, k, c, f, b in _facts(text)]


def test_a_sentence_about_something_that_is_no_command_is_not_read() -> None:
    assert _facts("The wizard lets you pick a theme.\nGit flow lets you branch.\n") == []


def test_heading_item_with_a_joining_word_after_it_and_a_program_we_do_not_list() -> None:
    text = "## Show the desktop on macOS\n- `open -a Finder`\nOR\n- `open -a Finder ~`\n"
    assert [(n.line, n.command, n.front, n.back) for n in _draft(text).notes] == [
        (2, "open", "open -a Finder", "Show the desktop on macOS"),
        (4, "open", "open -a Finder ~", "Show the desktop on macOS"),
    ]


def test_a_lone_sign_among_backtick_lines_is_a_term() -> None:
    text = "`.` starts every dot command  \n`;` ends a statement  \n"
    assert _facts(text) == [
        (1, "concept", None, ".", "starts every dot command"),
        (2, "concept", None, ";", "ends a statement"),
    ]


def test_signs_of_a_command_line_explained_on_the_lines_under_it() -> None:
    text = (
        "- find . -name '*.log' -exec gzip {} \\\\;\ncompress every log file\n"
        "{} is the name of each file found\nlike:\n\n"
        "- find . -name '*.log' -exec gzip {} \\+\n\\+ : one gzip call gets all the names\n"
    )
    draft = _draft(text)
    assert [(n.line, n.kind.value, n.front, n.back) for n in draft.notes] == [
        (2, "command", "find . -name '*.log' -exec gzip {} \\\\;", "compress every log file"),
        (3, "concept", "{}", "the name of each file found"),
        (7, "concept", "+", "one gzip call gets all the names"),
    ]
    assert [w.line for w in draft.warnings] == [4]


def test_an_item_ending_in_a_clause_about_a_flag() -> None:
    text = "# tar\n\n## tar -cf out.tar dir\n\n- keeps the folder as is, -z will also gzip the archive\n"
    assert (5, "option", "tar", "-z", "will also gzip the archive") in _facts(text)


def test_a_flag_clause_with_no_command_to_own_it_is_a_warning() -> None:
    draft = _draft("- keeps it, -z will gzip it\n")
    assert draft.notes == () and [w.line for w in draft.warnings] == [1]


def test_an_equivalence_comment_is_a_concept_not_the_lines_description() -> None:
    text = "# jq\n\n```\n# add(xs)  <=>  reduce .[] as $x (null; . + $x)\necho '[1,2]' | jq 'add'\n```\n"
    assert _facts(text) == [(4, "concept", None, "add(xs)", "reduce .[] as $x (null; . + $x)")]


def test_a_comment_listing_topics_describes_no_line() -> None:
    text = "```\n# keys / values / has / in\njq 'keys' a.json\njq 'has(\"x\")' a.json\n```\n"
    assert _facts(text) == []
    text = "```\n# list the keys / sorted\njq 'keys' a.json\n```\n"  # two parts: a description
    assert _facts(text) == [(3, "command", "jq", "jq 'keys' a.json", "list the keys / sorted")]


def test_a_bullet_glossing_a_part_of_the_line_after_its_block_leaves_the_heading_to_describe_it() -> None:
    text = "## Show the manual\n```\nman <SECTION> tar\n```\n* `<SECTION>` picks which part of the manual to open\n"
    draft = _draft(text)
    assert _facts(text) == [(3, "command", "man", "man <SECTION> tar", "Show the manual")]  # "man tar" is another line
    assert [w.line for w in draft.warnings] == [5]


def test_stream_specifier_flags_after_a_block_and_a_second_sentence_naming_a_command() -> None:
    text = (
        "## encode\n```\nffmpeg -i in.mov -c:v libx265 out.mkv\n```\n"
        "* `-c:v` picks the video encoder. List them all with `ffmpeg -encoders`.\n"
    )
    draft = _draft(text)
    flags = [(n.line, n.command, n.front, n.back) for n in draft.notes if n.kind.value == "flag"]
    assert flags == [(5, "ffmpeg", "-c:v", "picks the video encoder")]
    assert 5 in [w.line for w in draft.warnings]


def test_an_item_saying_what_a_short_term_is() -> None:
    text = "- tmpfs mount is kept in memory only\n- It is fast but small\n- cp command is used for copies\n"
    assert _facts(text) == [(1, "concept", None, "tmpfs mount", "is kept in memory only")]


def test_numbered_lines_that_could_not_start_a_list_may_say_what_a_term_is() -> None:
    text = "MOUNTS\n4. tmpfs mount is kept in memory only\n5. anything else here\n"
    draft = _draft(text)
    assert _facts(text) == [(2, "concept", None, "tmpfs mount", "is kept in memory only")]
    assert [w.line for w in draft.warnings] == [3]


def test_a_what_is_heading_and_the_paragraph_under_it() -> None:
    text = "## FAQ\n\n### What is a \"detached HEAD\"?\n\nHEAD points at a commit instead of a branch.\n\nMore text.\n"
    assert _facts(text) == [(5, "concept", None, "detached HEAD", "HEAD points at a commit instead of a branch.")]


def test_a_how_heading_is_no_question_about_a_term() -> None:
    assert [n.kind.value for n in _draft("### How do I undo?\n\nUse the reflog to find it.\n").notes] != ["concept"]


def test_a_syntax_label_over_one_command_line_is_its_usage_with_the_remark() -> None:
    text = "**Shell syntax**  \n\"\\<query\\>\" must be quoted\n```sh\npsql <db> -c \"<query>\"\n```\n"
    draft = _draft(text)
    assert [(n.line, n.kind.value, n.command, n.front, n.back) for n in draft.notes] == [
        (4, "syntax", "psql", "psql", 'psql <db> -c "<query>"\n"<query>" must be quoted'),
    ]


def test_a_heading_speaks_for_the_bare_commands_of_its_list_after_a_described_one() -> None:
    text = "### Stopping/killing\nsystemctl kill --signal=HUP # Ask it to reread its config\nsystemctl stop\n"
    assert _facts(text) == [
        (2, "command", "systemctl kill", "systemctl kill --signal=HUP", "Ask it to reread its config"),
        (3, "command", "systemctl stop", "systemctl stop", "Stopping/killing"),
    ]


def test_a_second_sentence_naming_what_a_command_does_is_that_commands_fact() -> None:
    text = (
        "## encode\n```\nffmpeg -i in.mov -c:v libx265 out.mkv\n```\n"
        "* `-c:v` picks the video encoder. List every encoder by the command `ffmpeg -encoders`.\n"
    )
    assert sorted((n.kind.value, n.command, n.front, n.back) for n in _draft(text).notes) == [
        ("command", "ffmpeg", "ffmpeg -encoders", "List every encoder"),
        ("flag", "ffmpeg", "-c:v", "picks the video encoder"),
    ]


# small precision fixes met on the English files ----------------------------------------------------------


def test_an_example_label_under_a_command_heading_is_not_what_it_does() -> None:
    text = "tar archives\n---\n\n**Example**  \n`backup.tar`\n"
    assert _facts(text) == []


def test_a_value_with_no_words_is_no_definition() -> None:
    assert _facts("Release : 2.4.1\n") == []


def test_a_number_after_a_hash_is_no_comment_and_a_following_lead_in_describes_nothing() -> None:
    text = "```\n# mark the rest like the following,\npick 1a2b3c Fix #12\n```\n"
    assert _facts(text) == []


def test_a_sentence_before_a_colon_is_no_term() -> None:
    assert _facts("There are three kinds: hard, soft and none\n") == []
    assert _facts("It's worth knowing that git has three areas: work tree, index, repo\n") == []
    assert _facts("inode: the record of a file\n") == [(1, "concept", None, "inode", "the record of a file")]


def test_a_name_in_code_and_the_noun_phrase_set_beside_it() -> None:
    text = "Most distros ship `htop`, an interactive process viewer, similar to top,\nbut with colours.\n"
    assert _facts(text) == [(1, "concept", None, "htop", "an interactive process viewer, similar to top")]
    assert _facts("Run `htop`, then quit.\n") == []


def test_a_program_piped_to_is_no_spelling_of_an_option() -> None:
    # "cd | --hard" is a (broken) command line, never the option "--cd": alone or among others, the same note
    alone = _draft("- **cd | --hard**: 설명\n").notes
    among = [n for n in _draft("- **cd | --hard**: 설명\n- **cd web**: 다른 설명\n").notes if n.back == "설명"]
    assert [n.key for n in alone] == [n.key for n in among]
    assert all(n.kind.value != "option" for n in among)
