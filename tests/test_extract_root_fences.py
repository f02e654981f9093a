"""Programs the notes' blocks run often, known or not; a root prompt ``#`` inside a block; a task heading over a
block whose output names it (quizzer/extract/root_fences.py, knowledge.fenced_programs, code.py), in examples of
our own (x-f5c)."""

from __future__ import annotations

from conftest import draft, facts
from quizzer.extract.knowledge import fenced_programs

# "qstat", "qsub", "qdel" are no programs quizzer knows
_QUEUE = (
    "# Batch queue notes\n"  # 1
    "\n"
    "### List my jobs\n"  # 3
    "\n"
    "```\n"
    "qstat -u alice\n"  # 6
    "```\n"
    "\n"
    "### Show one job in full\n"  # 9
    "\n"
    "```\n"
    "$ qstat -f 812\n"  # 12
    "Job_Id = 812\n"
    "```\n"
    "\n"
    "Show the queues and their limits:\n"  # 16
    "\n"
    "```\n"
    "# qstat -Q\n"  # 19
    "fast 10\n"
    "```\n"
    "\n"
    "### Job stuck in E state\n"  # 23
    "\n"
    "```\n"
    "# qstat -a\n"  # 26
    "JOB  STATE\n"
    "812  Job stuck in E state\n"
    "```\n"
    "\n"
    "### Move a job to another queue\n"  # 31
    "\n"
    "```\n"
    "qmove queue=<target queue> 812\n"  # 34
    "```\n"
    "\n"
    "```\n"
    "qstat -n 812\n"  # 38: a third line of qstat with an option
    "```\n"
)


def test_programs_run_often_are_known_by_their_options_settings_and_prompts() -> None:
    lines = [
        "qstat -u alice", "$ qstat -f 812", "qstat queue=fast", "node17 up 3d",  # output: no option, no prompt
        "node17 up 4d", "node17 down", "# qsub run.sh", "# qsub b.sh", "# qsub c.sh",  # "#": a comment as often
    ]
    assert fenced_programs(lines) == ("qstat",)
    assert fenced_programs(["[root@head ~]# qdel 5", "qdel -W force 6", "$ qdel 7"]) == ("qdel",)


def test_a_task_heading_describes_a_line_of_a_program_the_notes_run_often() -> None:
    found = facts(_QUEUE)
    assert (6, "command", "qstat", "qstat -u alice", "List my jobs") in found
    assert (12, "command", "qstat", "qstat -f 812", "Show one job in full") in found


def test_a_root_prompt_over_what_the_line_printed_is_a_command_line() -> None:
    assert (19, "command", "qstat", "qstat -Q", "Show the queues and their limits") in facts(_QUEUE)


def test_a_heading_that_the_output_repeats_names_a_symptom_not_what_the_command_does() -> None:
    result = draft(_QUEUE)
    assert not [n for n in result.notes if n.line == 26]
    assert 26 in [w.line for w in result.warnings]


def test_a_named_setting_given_only_a_placeholder_under_a_heading_is_warned() -> None:
    # "qmove" is neither known nor run often; with three more lines it would be, and its front would still
    # drop "queue=<target queue>", the very thing the heading is about
    text = _QUEUE + "".join(f"\n```\nqmove -r {n} fast\n```\n" for n in range(3))
    result = draft(text)
    assert not [n for n in result.notes if n.line == 34]
    assert 34 in [w.line for w in result.warnings]


def test_a_comment_over_a_command_stays_a_comment() -> None:
    text = (
        "```\n$ kctl get a\n$ kctl get b\n$ kctl get c\n```\n\n"
        "```\n# kctl get pods (all of them)\nkctl get pods -A\n```\n"
    )
    assert (9, "command", "kctl", "kctl get pods -A", "kctl get pods (all of them)") in facts(text)
    assert not [n for n in draft(text).notes if n.line == 8]


def test_two_lines_typed_at_a_dollar_prompt_make_a_program_the_notes_run() -> None:
    assert fenced_programs(["$ hexconv -x A", "41", "$ hexconv -d 41"]) == ("hexconv",)
    assert fenced_programs(["$ hexconv -x A", "41"]) == ()


def test_a_text_fence_of_lines_each_under_its_comment_reads_as_a_console() -> None:
    text = (
        "## Stepping\n\n"
        "```text\n"
        "# step one instruction\n"  # 4
        "si\n"
        "\n"
        "# run to the next stop\n"  # 7
        "cont\n"
        "```\n"
    )
    assert facts(text) == [
        (5, "command", "si", "si", "step one instruction"),
        (8, "command", "cont", "cont", "run to the next stop"),
    ]


def test_a_text_fence_typed_at_a_dollar_prompt_reads_as_a_console() -> None:
    text = (
        "## Show a byte as hex\n\n```text\n$ hexconv -x A\n41\n```\n\n"  # 4
        "## Show hex as a byte\n\n```text\n$ hexconv -d 41\nA\n```\n"  # 11
    )
    assert facts(text) == [
        (4, "command", "hexconv", "hexconv -x A", "Show a byte as hex"),
        (11, "command", "hexconv", "hexconv -d 41", "Show hex as a byte"),
    ]


def test_a_text_fence_of_prose_or_output_stays_text() -> None:
    prose = "## Notes\n\n```text\n# Results\nall tests passed\nthree were skipped\n```\n"
    assert facts(prose) == []
    output = "## Output\n\n```text\nsi\ncont\n```\n"
    assert facts(output) == []


def test_a_line_typed_at_a_dollar_prompt_under_a_task_heading_is_described_by_it() -> None:
    # "zq" is no program quizzer knows and runs once: the prompt says the line is a command all the same
    text = "## Count the records of a file\n\n```\n$ zq -c data.json\n```\n"
    assert facts(text) == [(4, "command", "zq", "zq -c data.json", "Count the records of a file")]
    unprompted = "## Count the records of a file\n\n```\nzq -c data.json\n```\n"
    assert facts(unprompted) == []


def test_notes_that_write_a_root_prompt_twice_type_a_program_run_once_at_it_too() -> None:
    from quizzer.extract.knowledge import root_prompted

    lines = ["# qstat -a", "JOB STATE", "# qstat -Q", "fast 10", "qstat -n 1"]
    assert root_prompted(lines, ("qstat",)) is True
    assert root_prompted(["# qstat -a", "qstat -a -n"], ("qstat",)) is False  # a comment over the command
    text = _QUEUE + "\nHold the job:\n\n```\n# qhold 812\nheld 812\n```\n\n```\n# qstat -x\nJOB  x\n```\n"
    # line 44: "qhold" runs once; the notes type qstat at "#" over its output twice (lines 19, 48)
    assert (44, "command", "qhold", "qhold 812", "Hold the job") in facts(text)
    once = "Hold the job:\n\n```\n# qhold 812\nheld 812\n```\n"  # no such notes: a comment over output
    assert not [f for f in facts(once) if f[2] == "qhold"]


def test_lines_after_su_are_typed_at_the_root_prompt() -> None:
    text = (
        "# 빌드 준비\n\n필요한 도구를 먼저 깐다.\n\n"
        "```bash\n$ su\n# dnf install gcc make\n# dnf remove oldpkg #새 패키지와 겹쳐서 지운다\n```\n"
    )
    assert [(line, front, back) for line, _, _, front, back in facts(text)] == [
        (8, "dnf remove oldpkg", "새 패키지와 겹쳐서 지운다")]


def test_without_su_the_same_lines_are_comments() -> None:
    text = "# 빌드 준비\n\n```bash\n# dnf install gcc make\n# dnf remove oldpkg #새 패키지와 겹쳐서 지운다\n```\n"
    assert all(front != "dnf remove oldpkg" for _, _, _, front, _ in facts(text))


def test_a_known_program_given_options_between_dollar_lines_is_typed_at_the_root_prompt() -> None:
    text = (
        "# 빌드\n\n```bash\n$ cd src\n$ ./configure --prefix=/opt/x\n# make --jobs=4 install\n$ rm -rf build\n```\n"
    )
    # "make --jobs=4 install" is a line typed, not a comment saying what "rm -rf build" does
    assert all(back != "make --jobs=4 install" for *_, back in facts(text))
    # words after "#" between "$" lines stay a comment over the line below
    commented = "# 빌드\n\n```bash\n$ cd src\n$ ./configure\n# 빌드 폴더 지우기\n$ rm -rf build\n```\n"
    assert [(front, back) for _, _, _, front, back in facts(commented)] == [("rm -rf build", "빌드 폴더 지우기")]


_TUNNEL = (
    "# Tunnel\n\n## make keys\n\n```\n# umask 077\n# tunctl genkey > my.key\n```\n\n"
    "## add a peer\n\n```\n# tunctl peer add tun0 \\\n    key PEER_KEY \\\n    address HOST:PORT\n```\n"
)


def test_a_root_line_continued_on_the_next_shows_the_notes_write_a_root_prompt() -> None:
    from quizzer.extract.knowledge import root_prompted

    # a comment is never continued: "# … \" over an indented line is typed at a root prompt
    assert root_prompted(["# tunctl peer add tun0 \\", "    key PEER_KEY"], ()) is True
    assert root_prompted(["# tunctl peer add tun0 \\", "# key PEER_KEY"], ()) is False
    assert (13, "command", "tunctl", "tunctl peer add tun0 key PEER_KEY address HOST:PORT", "add a peer") in facts(_TUNNEL)


def test_in_such_notes_a_block_of_nothing_but_root_lines_is_commands() -> None:
    # "## make keys" says what the two lines do together: no card of either, and no line read as a comment
    assert [line for line, *_ in facts(_TUNNEL)] == [13]
    alone = _TUNNEL.split("## add a peer")[0]  # no continued line: the "#" lines may be comments
    assert facts(alone) == []


def test_a_text_fence_running_the_notes_program_with_an_option_is_the_line_the_sentence_above_describes() -> None:
    text = (
        "# rsync(1)\n\n## Backups\n\n"
        "Copy a folder to the backup disk, keeping times and modes\nof every file.\n"  # 5
        "```text\nrsync -a src/ /mnt/backup/\n```\n"  # 8
    )
    assert facts(text) == [
        (8, "command", "rsync", "rsync -a src/ /mnt/backup/",
         "Copy a folder to the backup disk, keeping times and modes of every file."),
    ]


def test_a_text_fence_of_what_the_notes_program_printed_or_of_another_program_stays_text() -> None:
    head = "# rsync(1)\n\n## Backups\n\n"
    printed = head + "Show the version.\n```text\nrsync  version 3.2.7  protocol version 31\n```\n"
    assert facts(printed) == []  # the name, then no option: what it printed
    other = head + "Copy a folder to the backup disk.\n```text\ncp -a src/ /mnt/backup/\n```\n"
    assert facts(other) == []  # not the notes' program: the mark says text
    output = head + "The output looks like this.\n```text\nrsync -a src/ /mnt/backup/\n```\n"
    assert facts(output) == []  # the sentence says nothing is done
