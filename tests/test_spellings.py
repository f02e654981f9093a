"""One test per entry of the grader's knowledge tables (quizzer.spellings)."""

from __future__ import annotations

import pytest

from quizzer.command_line import same_shape_key
from quizzer.grading import grade, is_command_answer
from quizzer.extract.knowledge import PROGRAMS
from quizzer.spellings import (
    COMMAND_ALIASES,
    FLAG_SPELLINGS,
    KNOWN_COMMANDS,
    LETTER_WORD_PROGRAMS,
    LITERAL_VALUES,
    NUMBER_FLAGS,
    OCTAL_MODES,
    ORDERED_FLAGS,
    SHORT_EQUALS_PROGRAMS,
    SIGNALS,
    SINGLE_DASH_PROGRAMS,
    VALUE_FLAGS,
    canonical_command,
)


@pytest.mark.parametrize(("alias", "canonical"), sorted(COMMAND_ALIASES.items()))
def test_alias_is_the_same_command(alias: str, canonical: str) -> None:
    assert grade([f"{canonical} x"], f"{alias} x").outcome == "exact"
    assert grade([f"{alias} x"], f"{canonical} x").outcome == "exact"
    assert canonical in KNOWN_COMMANDS


@pytest.mark.parametrize(
    ("command", "short", "long"),
    sorted((command, short, long) for command, table in FLAG_SPELLINGS.items() for short, long in table.items()),
)
def test_short_and_long_spelling(command: str, short: str, long: str) -> None:
    takes = long in VALUE_FLAGS.get(command, frozenset())
    value = " v1" if takes else ""
    assert grade([f"{command} {short}{value} arg"], f"{command} {long}{value} arg").outcome == "exact"
    assert grade([f"{command} {long}{value} arg"], f"{command} {short}{value} arg").outcome == "exact"


@pytest.mark.parametrize(
    ("command", "flag"), sorted((command, flag) for command, flags in VALUE_FLAGS.items() for flag in flags)
)
def test_value_flag_keeps_its_value_in_any_order(command: str, flag: str) -> None:
    answer = f"{command} {flag} v1 -x arg"
    assert grade([answer], f"{command} -x {flag} v1 arg").outcome == "exact"
    assert grade([answer], f"{command} -x {flag} v2 arg").outcome == "almost"


@pytest.mark.parametrize(
    ("command", "flag"), sorted((command, flag) for command, flags in ORDERED_FLAGS.items() for flag in flags)
)
def test_ordered_flag_repeats_keep_their_order(command: str, flag: str) -> None:
    assert flag in VALUE_FLAGS[command]  # a flag read in order takes a value
    answer = f"{command} {flag} v1 {flag} v2 arg"
    assert grade([answer], f"{command} arg {flag} v1 {flag} v2").outcome == "exact"
    assert grade([answer], f"{command} {flag} v2 {flag} v1 arg").outcome == "almost"


@pytest.mark.parametrize("program", sorted(SINGLE_DASH_PROGRAMS))
def test_single_dash_words_are_not_split(program: str) -> None:
    assert grade([f"{program} -ab x"], f"{program} -a -b x").outcome != "exact"


@pytest.mark.parametrize("program", sorted(PROGRAMS))
def test_known_program_makes_a_command(program: str) -> None:
    assert is_command_answer(f"{program} thing other")


def test_canonical_command_keeps_the_rest() -> None:
    assert canonical_command(("docker", "run")) == ("docker", "container", "run")
    assert canonical_command(("docker-compose", "up")) == ("docker", "compose", "up")
    assert canonical_command(("git", "add")) == ("git", "add")


def test_kubectl_namespace_and_output_in_any_spelling_and_order() -> None:
    answer = "kubectl get pods -n kube-system -o wide"
    assert grade([answer], "kubectl get pods --output=wide --namespace kube-system").outcome == "exact"
    assert grade([answer], "kubectl get pods -n default -o wide").outcome == "almost"


def test_kubectl_logs_f_is_follow_not_filename() -> None:
    assert grade(["kubectl logs -f web"], "kubectl logs --follow web").outcome == "exact"
    assert grade(["kubectl logs -f web"], "kubectl logs --filename web").outcome != "exact"


@pytest.mark.parametrize("program", sorted(SHORT_EQUALS_PROGRAMS))
def test_a_go_program_reads_a_short_option_and_equals_as_its_value(program: str) -> None:
    assert not SHORT_EQUALS_PROGRAMS & SINGLE_DASH_PROGRAMS  # (those read "-x=v" as a word of their own)
    assert grade([f"{program} sub -x v1 arg"], f"{program} sub -x=v1 arg").outcome == "exact"


@pytest.mark.parametrize("command", ["git commit -m", "curl -X", "grep -e", "tar -f", "ssh -i"])
def test_elsewhere_a_short_option_and_equals_is_a_value_starting_with_equals(command: str) -> None:
    """getopt, git's parse-options and curl read ``-m=fix`` as the value ``=fix``: not ``-m fix``."""
    program = command.split()[0]
    assert program not in SHORT_EQUALS_PROGRAMS
    verdict = grade([f"{command} v1 arg"], f"{command}=v1 arg")
    assert verdict.outcome == "almost" and "=v1" in verdict.explanation
    assert grade([f"{command} =v1 arg"], f"{command}=v1 arg").outcome == "exact"  # what it does say


@pytest.mark.parametrize(
    ("command", "flag", "value"),
    sorted((command, flag, value) for command, flags in LITERAL_VALUES.items() for flag, values in flags.items()
           for value in values if command in ("curl", "wget")),
)
def test_a_literal_value_in_capitals_is_that_word_not_a_placeholder(command: str, flag: str, value: str) -> None:
    assert grade([f"{command} {flag} {value} URL"], f"{command} {flag} {value} https://x").outcome == "exact"
    assert grade([f"{command} {flag} {value} URL"], f"{command} {flag}={value} https://x").outcome == "exact"
    assert grade([f"{command} {flag} {value} URL"], f"{command} {flag} {value.lower()} https://x").outcome == "almost"
    other = "GET" if value != "GET" else "POST"
    assert grade([f"{command} {flag} {value} URL"], f"{command} {flag} {other} https://x").outcome != "exact"


def test_the_shell_reading_of_equals_and_method_names() -> None:
    """As the programs read them: git's -m=fix commits '=fix'; curl's -X post sends 'post' (method names are
    case-sensitive); a placeholder in capitals still takes any value."""
    assert grade(["git commit -m fix"], "git commit -m=fix").outcome == "almost"
    assert grade(["git commit -m fix"], "git commit --message=fix").outcome == "exact"
    assert grade(["git commit -m <메시지>"], "git commit -m fix").outcome == "exact"
    assert grade(["curl -X POST https://x"], "curl -X post https://x").outcome == "almost"
    assert grade(["curl -X POST https://x"], "curl -XPOST https://x").outcome == "exact"
    assert grade(["curl -X POST https://x"], "curl --request POST https://x").outcome == "exact"
    assert grade(["curl -X METHOD https://x"], "curl -X post https://x").outcome == "exact"  # a placeholder
    assert grade(["docker run -p 80:80 nginx"], "docker run -p=80:80 nginx").outcome == "exact"


@pytest.mark.parametrize(("answer", "typed"), [
    ("git log -n 5", "git log --max-count=5"),
    ("git log --max-count=5", "git log -n 5"),
    ("git log -n 5", "git log -n5"),
    ("git log --since=2.weeks", "git log --after 2.weeks"),
    ("grep -A 3 error app.log", "grep --after-context=3 error app.log"),
    ("tail -n 20 app.log", "tail --lines=20 app.log"),
    ("ls -lh", "ls -l --human-readable"),
])
def test_the_man_pages_other_spellings_are_the_same_line(answer: str, typed: str) -> None:
    assert grade([answer], typed).outcome == "exact"


@pytest.mark.parametrize(("answer", "typed"), [
    ("git log -n 5", "git log --max-count=6"),
    ("grep -r error .", "grep -R error ."),  # -R follows every symbolic link: another flag
    ("tail -f app.log", "tail -F app.log"),  # -F is --follow=name --retry
    ("grep -e foo app.log", "grep -e bar app.log"),
])
def test_other_flags_or_values_stay_apart(answer: str, typed: str) -> None:
    assert grade([answer], typed).outcome != "exact"


@pytest.mark.parametrize(("command", "notes", "typed"), [("rm", "-v", "--verbose"), ("cp", "-r", "-R"),
                                                        ("cp", "-r", "--recursive"), ("mkdir", "-p", "--parents")])
def test_an_option_card_takes_the_other_spelling_of_its_command(command: str, notes: str, typed: str) -> None:
    """An exam asked for rm's option that means verbose; --verbose was wrong ("--verbose instead of -v"), as was
    cp -R for cp's -r: coreutils' cp, mv, rm and mkdir had no spellings (u-campaign8)."""
    from quizzer.grading import typed_answers

    expected = typed_answers(kind="option", front=notes, answers=[notes], command=command, context=None)
    assert expected.grade(typed).outcome == "exact"
    assert expected.grade("-x").outcome == "wrong"


@pytest.mark.parametrize(("answer", "typed"), [
    ("ls -t", "ls --sort=time"),
    ("ls -t", "ls --sort time"),
    ("ls --sort=time", "ls -t"),
    ("ls -lt /var/log", "ls -l --sort=time /var/log"),
    ("ls -lS", "ls --format=long --sort=size"),
    ("ls -1", "ls --format=single-column"),
])
def test_a_flag_that_is_a_long_option_with_its_value(answer: str, typed: str) -> None:
    """ls's -t is --sort=time (its man page: "sort by WORD instead of name: ... time (-t)"); the spellings
    mapped only a flag to a flag, so 'ls --sort=time' was "--sort=time instead of -t." (u-campaign8's left item)."""
    assert grade([answer], typed).outcome == "exact"


@pytest.mark.parametrize(("answer", "typed", "said"), [
    ("ls -t", "ls -S", "-S instead of -t."),
    ("ls -t", "ls --sort=size", "--sort=size instead of -t."),
    ("ls -lt", "ls -l", "Missing -t."),
])
def test_a_flag_with_its_own_value_is_named_as_written(answer: str, typed: str, said: str) -> None:
    verdict = grade([answer], typed)
    assert verdict.outcome != "exact"
    assert verdict.explanation == said


def test_an_option_card_takes_the_long_option_with_its_value() -> None:
    from quizzer.grading import typed_answers

    expected = typed_answers(kind="flag", front="-t", answers=["-t"], command="ls", context="ls -lt")
    assert expected.grade("--sort=time").outcome == "exact"
    assert expected.grade("--sort=size").outcome == "wrong"


@pytest.mark.parametrize(("answer", "typed"), [
    ("tar -czvf backup.tar.gz ./data", "tar --create --gzip --verbose --file=backup.tar.gz ./data"),
    ("tar -xzf backup.tar.gz -C /tmp", "tar --extract --gzip --file backup.tar.gz --directory=/tmp"),
    ("tar -tvf backup.tar", "tar tvf backup.tar"),
    ("ssh-keygen -t ed25519", "ssh-keygen -ted25519"),
    ("ssh -p 2222 user@host", "ssh -p2222 user@host"),
    ("head -n 20 app.log", "head -20 app.log"),
    ("tail -n 5 app.log", "tail -5 app.log"),
    ("tail -20 app.log", "tail --lines=20 app.log"),
])
def test_tar_ssh_and_an_old_style_line_count_are_read_as_their_man_pages_say(answer: str, typed: str) -> None:
    """A new user's exam: tar's long options were 'wrong' ("--create instead of -c."), ssh-keygen -ted25519 was
    three unknown flags, and head -20 (GNU head's -NUM, the lines' count) was "-2 instead of -n 20." (u-campaign9)."""
    assert grade([answer], typed).outcome == "exact"


@pytest.mark.parametrize(("answer", "typed", "said"), [
    ("ssh-keygen -t ed25519", "ssh-keygen -t rsa", "-t rsa should be -t ed25519."),
    ("head -n 20 app.log", "head -30 app.log", "-30 instead of -n 20."),
    ("tar -czvf backup.tar.gz ./data", "tar -cjvf backup.tar.gz ./data", "-j instead of -z."),
])
def test_the_values_of_tar_ssh_and_head_are_compared_as_values(answer: str, typed: str, said: str) -> None:
    verdict = grade([answer], typed)
    assert verdict.outcome == "almost" and verdict.explanation == said


@pytest.mark.parametrize(("program", "flag"), sorted(NUMBER_FLAGS.items()))
def test_a_number_as_a_flag_is_that_flags_value(program: str, flag: str) -> None:
    assert grade([f"{program} {flag} 7 f"], f"{program} -7 f").outcome == "exact"
    assert grade([f"{program} -7 f"], f"{program} {flag}=7 f").outcome == "exact"
    assert grade([f"{program} {flag} 7 f"], f"{program} -8 f").outcome == "almost"


@pytest.mark.parametrize(("answer", "typed"), [
    ("kill -9 1234", "kill -KILL 1234"),
    ("kill -9 1234", "kill -SIGKILL 1234"),
    ("kill -9 1234", "kill -s KILL 1234"),
    ("kill -9 1234", "kill -s 9 1234"),
    ("kill -s TERM 1234", "kill -15 1234"),
    ("kill -HUP 1234", "kill --signal=SIGHUP 1234"),
    ("killall -9 nginx", "killall -KILL nginx"),
    ("pkill -9 -f nginx", "pkill -f -SIGKILL nginx"),
])
def test_a_signal_is_one_by_its_number_or_its_name(answer: str, typed: str) -> None:
    """kill -KILL and kill -SIGKILL were three unknown flags for the notes' kill -9, kill -s KILL
    "-s KILL instead of -9." (u-campaign9)."""
    assert grade([answer], typed).outcome == "exact"


@pytest.mark.parametrize(("name", "number"), sorted(SIGNALS.items()))
def test_each_signal_name_is_its_number(name: str, number: str) -> None:
    assert grade([f"kill -{number} 1"], f"kill -{name} 1").outcome == "exact"
    assert grade([f"kill -s {name} 1"], f"kill -SIG{name} 1").outcome == "exact"


def test_another_signal_is_another_flag() -> None:
    verdict = grade(["kill -9 1234"], "kill -15 1234")
    assert verdict.outcome == "almost" and verdict.explanation == "-15 instead of -9."
    assert grade(["pkill -f nginx"], "pkill -9 -f nginx").outcome != "exact"


@pytest.mark.parametrize("program", sorted(LETTER_WORD_PROGRAMS))
def test_a_first_word_of_letters_is_its_options_in_any_order_and_not_the_dashed_ones(program: str) -> None:
    """``ps axu`` for the notes' ``ps aux`` was "almost: axu should be aux." (u-campaign9); ``ps -aux`` is
    another line to procps, and ``ps ef`` is not ``ps -ef``."""
    assert grade([f"{program} aux"], f"{program} axu").outcome == "exact"
    assert grade([f"{program} aux | grep nginx"], f"{program} uxa | grep nginx").outcome == "exact"
    assert grade([f"{program} aux"], f"{program} ax").explanation == "Missing u."
    assert grade([f"{program} aux"], f"{program} -aux").outcome == "wrong"
    assert grade([f"{program} -ef"], f"{program} ef").outcome == "wrong"


def test_the_letters_may_come_in_several_words() -> None:
    """procps reads ``ps a x`` and ``ps x a`` as ``ps ax`` (test_grading's flag shuffle found "almost: x must come
    before the arguments"); a letter taking a value ends the letters: in ``ps U root`` root is U's user."""
    assert grade(["ps ax"], "ps a x").outcome == "exact"
    assert grade(["ps aux --sort=-%mem"], "ps x --sort=-%mem").outcome != "exact"
    assert grade(["ps aux --sort=-%mem"], "ps u x a --sort=-%mem").outcome == "exact"
    assert grade(["ps U root"], "ps U root").outcome == "exact"
    assert grade(["ps U root"], "ps U admin").outcome != "exact"
    assert grade(["ps U root u"], "ps U root").outcome != "exact"


def test_the_letters_may_come_after_a_dashed_flag() -> None:
    """procps reads every word of letters as BSD options wherever it stands (ps takes no operand): ``ps --sort=-%mem
    aux`` is ``ps aux --sort=-%mem`` (test_grading's flag shuffle put --sort first in most of its orders); a word
    after a flag written without its value is still that value (``ps -C bash u``: bash is -C's)."""
    for typed in ("ps --sort=-%mem aux", "ps a --sort=-%mem u x", "ps --sort -%mem x a u"):
        assert grade(["ps aux --sort=-%mem"], typed).outcome == "exact", typed
    assert grade(["ps aux --sort=-%mem"], "ps --sort=-%mem ax").outcome != "exact"
    assert grade(["ps -C bash u"], "ps u -C bash").outcome == "exact"
    assert grade(["ps -C bash u"], "ps -C u bash").outcome != "exact"


def _mode_line(program: str, mode: str) -> str:
    where = OCTAL_MODES[program]
    return f"{program} {mode} target" if not where else f"{program} {where}={mode} target"


@pytest.mark.parametrize("program", sorted(OCTAL_MODES))
def test_an_octal_modes_leading_zero_says_nothing(program: str) -> None:
    """``chmod 0755`` for the notes' ``chmod 755`` was "almost: 0755 should be 755." (u-campaign9)."""
    assert grade([_mode_line(program, "755")], _mode_line(program, "0755")).outcome == "exact"
    assert grade([_mode_line(program, "0022")], _mode_line(program, "022")).outcome == "exact"
    assert grade([_mode_line(program, "755")], _mode_line(program, "0644")).outcome == "almost"


def test_five_digits_of_a_mode_are_not_four() -> None:
    """GNU chmod: a numeric mode of five digits or more (``00755``) clears a directory's set-group-ID bit, which
    ``755`` and ``0755`` keep."""
    assert grade(["chmod 755 dir"], "chmod 00755 dir").outcome == "almost"
    assert grade(["chmod -R 755 dir"], "chmod --recursive 0755 dir").outcome == "exact"


@pytest.mark.parametrize("kind", sorted(LITERAL_VALUES["ssh-keygen"]["-t"]))
def test_the_type_of_key_is_typed_as_written(kind: str) -> None:
    """'ssh-keygen -t RSA': the type of key is the word to type, not a name to fill in (read as one, '-t dsa'
    was right for it: 'dsa stands for RSA'), and another type is another command line to learn."""
    other = "ed25519" if kind.lower() != "ed25519" else "rsa"
    assert grade([f"ssh-keygen -t {kind} -b 4096"], f"ssh-keygen -t {kind} -b 4096").outcome == "exact"
    assert grade([f"ssh-keygen -t {kind} -b 4096"], f"ssh-keygen -t {other} -b 4096").outcome != "exact"
    assert same_shape_key(f"ssh-keygen -t {kind}") != same_shape_key(f"ssh-keygen -t {other}")
