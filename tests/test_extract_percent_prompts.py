"""zsh's ``%`` prompt in a code block (quizzer/extract/percent_prompts.py), a heading that is a name and what
it stands for (quizzer/extract/name_expansions.py), ``> Outputs:`` over what a line printed, a short task
item between two blocks and a long label opening with a condition, in examples of our own."""

from __future__ import annotations

from conftest import facts


def test_a_line_typed_at_zshs_prompt_is_a_command_and_what_follows_its_output() -> None:
    text = "# Notes\n\nDelete the old cluster\n\n```\n% kubectl delete namespace dev --wait\nnamespace \"dev\" deleted\n```\n"
    assert facts(text) == [
        (6, "command", "kubectl delete", "kubectl delete namespace dev --wait", "Delete the old cluster")
    ]
    # a program the notes' blocks run often needs no option
    often = text + "\n```\n$ kubectl get pods\n$ kubectl get nodes\n```\n"
    assert facts(often)[0][:4] == (6, "command", "kubectl delete", "kubectl delete namespace dev --wait")
    bare = "# Notes\n\nTidy up\n\n```\n% kubectl get pods\nNo resources found\n```\n"
    bare_often = bare + "\n```\n$ kubectl get nodes\n$ kubectl get events\n```\n"
    assert facts(bare_often)[0][3] == "kubectl get pods"


def test_a_comment_of_plain_words_after_a_known_program_is_no_prompt() -> None:
    # MATLAB or Octave: "%" and words, the first of which happens to name a program
    for comment in ("% head of each column only", "% sort readings by hour", "% diff stays under 0.1 here"):
        text = f"## Readings\n\nCheck the readings.\n\n```\n{comment}\nr = readings(3:end);\n```\n"
        assert facts(text) == [], comment
    # the heading naming the program does not make the comment a command either
    text = "## Sort\n\nOrder them.\n\n```\n% sort readings by hour\n```\n"
    assert facts(text) == []


def test_a_percent_sign_of_tex_matlab_or_a_table_is_no_prompt() -> None:
    tex = "# Paper\n\nThe preamble\n\n```\n% make the margins smaller\n\\usepackage{geometry}\n```\n"
    marked = "# Paper\n\nThe preamble\n\n```latex\n% make margins\n```\n"
    sentence = "# Notes\n\nA remark\n\n```\n% make the build quieter\n```\n"
    assert facts(tex) == facts(marked) == facts(sentence) == []
    table = (
        "# Tracing\n\nCount the calls\n\n```\n$ strace -c ls\n% time     seconds  usecs/call     calls    errors syscall\n"
        " 25.00    0.000010           1        10           mmap\n```\n"
    )
    assert facts(table) == [(6, "command", "strace", "strace -c ls", "Count the calls")]


def test_outputs_quoted_under_a_block_is_a_label_of_what_it_printed() -> None:
    text = "# k8s\n\nList the contexts\n\n```\nkubectl config get-contexts\n```\n> Outputs :\n\n```\nCURRENT   NAME\n*         dev\n```\n"
    assert [back for *_, back in facts(text)] == ["List the contexts"]


def test_a_short_task_item_a_blank_line_over_the_next_block_names_it() -> None:
    task = "## Start one node\n\n```\nminikube start\n```\n\n- Check the nodes\n\n```\nkubectl get nodes\n```\n"
    assert [(line, back) for line, *_, back in facts(task)] == [(4, "Start one node"), (10, "Check the nodes")]
    # a sentence there glosses the block above, as before
    gloss = "## Start one node\n\n```\nminikube start\n```\n\n- Starts a local cluster.\n\n```\nkubectl get nodes\n```\n"
    assert [(line, back) for line, *_, back in facts(gloss)] == [(4, "Starts a local cluster.")]


def test_a_heading_that_is_a_name_and_the_words_it_stands_for() -> None:
    text = "# CLI - Command Line Interface\n\nSome words.\n\n## Docker - the container engine\n\nMore words.\n"
    assert facts(text) == [(1, "concept", None, "CLI", "Command Line Interface")]
    assert [front for _, _, _, front, _ in facts("## npm (node package manager)\n\nwords\n")] == ["npm"]


def test_a_long_label_that_starts_with_a_condition_still_names_its_command_line() -> None:
    text = (
        "# Acme\n\n* Show the current channel: `acmectl channel get`\n"
        "* If the package comes from the community, switch the channel: `acmectl channel set --name community`\n"
        "* Remove a package: `acmectl pkg remove --name foo`\n"
    )
    assert [(line, back) for line, *_, back in facts(text)] == [
        (3, "Show the current channel"), (4, "If the package comes from the community, switch the channel"),
        (5, "Remove a package")]


def test_macos_zsh_prompt_with_its_folder_is_a_prompt_too() -> None:
    # (x-f34en2) "~ %", "~/src %", "me@mac src %": the folder (and the user and machine) before zsh's "%"
    for prompt in ("~ %", "~/src %", "me@mac src %"):
        text = f"# Disk\n\n## Size of the logs\n\n```\n{prompt} du -sh /var/log\n1.2G\t/var/log\n```\n"
        assert facts(text) == [(6, "command", "du", "du -sh /var/log", "Size of the logs")], prompt
    # a remainder worked out in a block is no prompt: its line stays as written
    text = "# Maths\n\nThe weekday\n\n```\ntotal % 7\n```\n"
    assert all(front == "total % 7" for _, _, _, front, _ in facts(text))
