"""Reading written command lines: the command, its flags, and what is only usage."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quizzer.shell import (
    concrete, is_flag, is_placeholder, leading_settings, looks_like_command, parse_invocation, plain_program, shown,
    split_flags, tokenize, typed_at_dollar, typed_at_prompt,
)


@pytest.mark.parametrize(
    ("line", "command", "flags"),
    [
        # placeholders after the command are usage, not part of what it is
        ("docker image save 옵션 파일명 이미지명", "docker image save", ()),
        ("docker image inspect OPTIONS IMAGE", "docker image inspect", ()),
        ("git add <file>", "git add", ()),
        ("docker image rm {image_id}", "docker image rm", ()),
        ("docker run [NAME]", "docker run", ()),
        ("docker image rm 옵션 이미지이름<:태그>", "docker image rm", ()),
        ("docker rmi 옵션 이미지이름<:태그>", "docker rmi", ()),
        # an upper-case placeholder between the program and its verb
        ("docker IMAGE pull OPTIONS name[:tag | @IMAGE_DIGEST]", "docker pull", ()),
        # concrete arguments are not part of it either; flags are
        ("docker run --name webserver1 -d -p 8001:80 nginx:1.18", "docker run", ("--name", "-d", "-p")),
        ("docker logs -f webserver1", "docker logs", ("-f",)),
        ("git remote add origin <repo-url>", "git remote add", ()),
        ("git flow feature start [add-branch] [base-branch]", "git flow feature start", ()),
        ("kubectl create deployment --image=nginx nginx", "kubectl create deployment", ("--image=nginx",)),
        ("kubectl create service clusterip redis --tcp=6379:6379", "kubectl create service clusterip", ("--tcp=6379:6379",)),
        ("docker compose up -d --build", "docker compose up", ("-d", "--build")),
        ("docker-compose up -d {container_name}", "docker-compose up", ("-d",)),
        ("$ git log --oneline", "git log", ("--oneline",)),
        ("ls -al", "ls", ("-al",)),
        (":wq", ":wq", ()),
    ],
)
def test_parse_invocation(line: str, command: str, flags: tuple[str, ...]) -> None:
    invocation = parse_invocation(line)
    assert invocation is not None
    assert (invocation.command, invocation.flags) == (command, flags)


def test_the_line_is_kept_as_written_without_its_prompt() -> None:
    invocation = parse_invocation("$ docker image save 옵션 파일명 이미지명")
    assert invocation is not None
    assert invocation.line == "docker image save 옵션 파일명 이미지명"
    assert invocation.subject == "docker image save"


def test_a_pipe_joins_the_subject_and_a_redirect_ends_it() -> None:
    piped = parse_invocation("docker ps | wc -l")
    assert piped is not None and piped.subject == "docker ps | wc -l"
    glued = parse_invocation("git config --list|grep core")
    assert glued is not None and glued.subject == "git config --list | grep"
    redirected = parse_invocation("kubectl run nginx --image=nginx --dry-run=client -o yaml > pod.yaml")
    assert redirected is not None and redirected.subject == "kubectl run --image=nginx --dry-run=client -o"


def test_errors_joined_to_the_output_go_on_down_the_pipe() -> None:
    joined = parse_invocation("make -j4 2>&1 | tee build.log")
    assert joined is not None and joined.subject == "make -j4 | tee" and joined.piped == ("tee",)
    assert concrete("make -j4 2>&1 | tee build.log") == "make -j4"  # the key's reading is unchanged
    ended = parse_invocation("make -j4 2>&1 > build.log")
    assert ended is not None and ended.piped == ()


def test_wrappers_keep_the_command_they_run() -> None:
    xargs = parse_invocation("xargs git branch -D")
    assert xargs is not None and xargs.subject == "xargs git branch -D"



def test_sudo_and_doas_are_a_prefix_never_the_command() -> None:
    sudo = parse_invocation("sudo apt install gimp")
    assert sudo is not None and sudo.command == "apt install" and sudo.line == "sudo apt install gimp"
    assert sudo.concrete == "sudo apt install gimp" and sudo.subject == "apt install"
    doas = parse_invocation("$ doas rcctl restart httpd")
    assert doas is not None and doas.command == "rcctl" and doas.line == "doas rcctl restart httpd"
    # sudo's own options and history expansion: then sudo is what the line is about
    own = parse_invocation("sudo -u postgres psql")
    assert own is not None and own.command == "sudo" and own.flags == ("-u",)
    again = parse_invocation("sudo !!")
    assert again is not None and again.command == "sudo"


def test_sudo_switches_that_change_only_how_the_rest_runs_stay_a_prefix() -> None:
    # "-H" (root's HOME), "-E" (keep the environment), "-n", "-S": the line is still the program's after them
    home = parse_invocation("sudo -H npm install --global yarn")
    assert home is not None and home.command == "npm install" and home.flags == ("--global",)
    both = parse_invocation("sudo -E -n apt-get update")
    assert both is not None and both.command == "apt-get update"
    # alone, or before a switch of sudo's own (a user), sudo is still what the line is about
    alone = parse_invocation("sudo -H")
    assert alone is not None and alone.command == "sudo"
    user = parse_invocation("sudo -H -u alice whoami")
    assert user is not None and user.command == "sudo"


@pytest.mark.parametrize(
    "text",
    ["Docker는 컨테이너", "커밋 이력 보기", "gui.encoding", "i18n.commitEncoding", "name = dunz", "ctrl + r", "", "1.", "*   commit 4646",
     # a directory listing's date and a size: no program is named without a letter
     "2024-03-05  오후 11:20     1,024 notes.txt", "12:30:00 backup done", "1,024 bytes"],
)
def test_not_a_command(text: str) -> None:
    assert not looks_like_command(text)
    assert parse_invocation(text) is None


def test_scripts_and_paths_are_commands() -> None:
    assert looks_like_command("./gitflow-installer.sh")
    assert looks_like_command("deploy.sh --dry")
    assert looks_like_command("7z x backup.7z") and looks_like_command("2to3 -w app.py")  # digits first, a letter


@pytest.mark.parametrize(
    ("flag", "parts"),
    [("-it", ["-i", "-t"]), ("-aq", ["-a", "-q"]), ("-fd", ["-f", "-d"]), ("-d", ["-d"]), ("--name", ["--name"]),
     ("--platform=linux", ["--platform=linux"])],
)
def test_split_flags(flag: str, parts: list[str]) -> None:
    assert split_flags(flag) == parts


def test_tokenize_keeps_quotes_and_brackets_whole() -> None:
    assert tokenize('git commit -m "first commit"') == ("git", "commit", "-m", '"first commit"',)
    assert tokenize("docker run -v [호스트 경로]:[컨테이너 경로] 이미지") == ("docker", "run", "-v", "[호스트 경로]:[컨테이너 경로]", "이미지",)
    assert tokenize("a || b") == ("a", "||", "b",)


def test_flags_and_placeholders() -> None:
    assert is_flag("-d") and is_flag("--dry-run=client") and not is_flag("-") and not is_flag("--")
    assert is_placeholder("OPTIONS") and is_placeholder("<file>") and is_placeholder("{image_id}")
    assert is_placeholder("[NAME]") and is_placeholder("이미지이름<:태그>") and is_placeholder("옵션")
    assert not is_placeholder("nginx") and not is_placeholder("-d")


@pytest.mark.parametrize(
    ("line", "subject"),
    [
        # placeholders leave, concrete arguments stay
        ("docker image save 옵션 파일명 이미지명", "docker image save"),
        ("docker image rm {image_id}", "docker image rm"),
        ("docker image rm {image_name}", "docker image rm"),
        ("docker image inspect OPTIONS IMAGE", "docker image inspect"),
        ("docker IMAGE pull OPTIONS name[:tag | @IMAGE_DIGEST]", "docker pull"),
        ("git add <file>", "git add"),
        ("docker rmi 옵션 이미지이름<:태그>", "docker rmi"),
        ("docker stats webserver1", "docker stats webserver1"),
        ("cd ..", "cd .."),
        ("cd", "cd"),
        ("git reset --hard HEAD^", "git reset --hard HEAD^"),
        ("git reset --hard ORIG_HEAD", "git reset --hard ORIG_HEAD"),
        ("docker pull nginx:latest", "docker pull nginx:latest"),
        ("$ docker logs -f webserver1", "docker logs -f webserver1"),
        ("docker exec -it {container_name} bash", "docker exec -it bash"),
        ('docker ps --format "{{.Names}}"', 'docker ps --format "{{.Names}}"'),
        # a flag keeps its name when its value is a placeholder
        ("docker run --name=<name> nginx", "docker run --name nginx"),
        # and so does a Windows switch ("/user:<이름>", "/server:서버 이름")
        ("netuse /user:<계정 이름> /persist:no", "netuse /user /persist:no"),
        ("share /server:서버 이름 /ro", "share /server /ro"),
        # a one-letter flag keeps its name when a placeholder is glued to it
        ("ssh -L<로컬포트>:<호스트>:<포트> 서버", "ssh -L"),
        ("tunnel -R원격포트:호스트:포트 gate", "tunnel -R gate"),
        # pipes stay; a redirect, && or a second spelling ends the subject
        ("git config --list|grep core", "git config --list | grep core"),
        ("docker ps | grep <pattern>", "docker ps | grep"),
        ("kubectl run nginx --image=nginx --dry-run=client -o yaml > pod.yaml", "kubectl run nginx --image=nginx --dry-run=client -o yaml"),
        ("git add . && git commit", "git add ."),
        ("git add <file> or git add .", "git add"),
        # a plus typed before a placeholder stays: a forced push is not a plain one
        ("git push upstream +<topic>", "git push upstream +"),
        ("tail -n +<N> log.txt", "tail -n log.txt"),  # a flag's value: the flag keeps its name, as before
    ],
)
def test_concrete_is_the_line_without_placeholders(line: str, subject: str) -> None:
    assert concrete(line) == subject
    invocation = parse_invocation(line)
    assert invocation is not None and invocation.concrete == subject


@pytest.mark.parametrize(
    ("line", "subject"),
    [
        ("curl -X POST https://api.example.org/items", "curl -X POST https://api.example.org/items"),
        ("curl --request DELETE https://api.example.org/items/7", "curl --request DELETE https://api.example.org/items/7"),
        ("kill -s KILL 4242", "kill -s KILL 4242"),
        ("iptables -t nat -A POSTROUTING -j MASQUERADE", "iptables -t nat -A POSTROUTING -j MASQUERADE"),
        ("lsof -i TCP", "lsof -i TCP"),  # a protocol: "lsof -i UDP" is another line, not the same one filled in
        ("lsof -i UDP", "lsof -i UDP"),
        ("iptables -p ICMP -j DROP", "iptables -p ICMP -j DROP"),
        ("cp -r SOURCE DEST", "cp -r"),  # a name to fill in still leaves
        ("grep -r TERM .", "grep -r ."),  # TERM is a placeholder as often as a signal
    ],
)
def test_capitals_typed_as_written_stay_in_the_line(line: str, subject: str) -> None:
    # an HTTP method, a signal or a netfilter target after its flag is what one types; dropping it made
    # 'curl -X https://…' of 'curl -X POST https://…', a line that is not valid
    assert concrete(line) == subject
    assert not is_placeholder("POST") and not is_placeholder("SIGTERM") and is_placeholder("FILE")


def test_git_refs_and_templates_are_not_placeholders() -> None:
    assert not is_placeholder("HEAD^") and not is_placeholder("HEAD~2") and not is_placeholder("ORIG_HEAD")
    assert not is_placeholder('"{{.Names}}"')
    assert is_placeholder("IMAGE") and is_placeholder("COMMIT_ID")


def test_a_variable_set_by_its_name_in_capitals_is_typed_as_written() -> None:
    assert concrete("export PAGER='-S'") == "export PAGER='-S'" and concrete("export GREP_OPTS=-i") == "export GREP_OPTS=-i"
    assert concrete("journalctl _PID=42") == "journalctl _PID=42"
    # its value may still be what the user fills in
    assert is_placeholder("API_KEY=<키>") and is_placeholder("NAME=VALUE") and concrete("export NAME=VALUE") == "export"


@pytest.mark.parametrize(
    "line",
    [
        r"find . -name '*.py' -exec rm {} \;",
        "find . -type f -exec chmod 644 {} +",
        "ls *.txt | xargs -I{} cp {} backup/",
        "ls *.txt | xargs -I {} cp {} {}.bak",
    ],
)
def test_empty_braces_are_part_of_the_command(line: str) -> None:
    """find's ``{}`` and xargs' ``-I{}`` are typed as written: a note keeps them."""
    assert concrete(line) == line
    assert not is_placeholder("{}") and not is_placeholder("-I{}") and not is_placeholder("{}.bak")
    assert is_placeholder("{name}") and is_placeholder("<dir>/{}") and is_placeholder("{}<DIR>")


def test_a_find_exec_note_keeps_its_braces() -> None:
    from quizzer.extract import extract

    notes = extract(
        "# find\n\n```bash\n"
        "find . -name '*.py' -exec rm {} \\;   # 파이썬 파일 모두 지우기\n"
        "ls *.txt | xargs -I{} cp {} backup/  # 백업 폴더로 복사\n```\n",
        deck="find", source="find.md",
    ).notes
    assert [note.front for note in notes] == [r"find . -name '*.py' -exec rm {} \;", "ls *.txt | xargs -I{} cp {} backup/"]
    assert [note.back for note in notes] == ["파이썬 파일 모두 지우기", "백업 폴더로 복사"]


@pytest.mark.parametrize(
    "line",
    [
        "tool0 ls", "git status", "docker compose up", "sudo apt install gimp", "xargs git branch", "nohup ./run",
        "python -m venv .venv", "ls -l", "$ ls", "PS> dir", " ls", "ls ", "Docker run", "core.pager less",
        "ctrl + r", "name = dunz", "./build.sh all", "~/bin/x y", ":wq", "git log | wc", "a > b", "inode",
        "hard link", "한글 명령", "kubectl get pods", "docker IMAGE pull", "cd ..", "make", "x=1 y", "",
    ],
)
def test_plain_program_is_what_the_whole_reading_gives(line: str) -> None:
    """plain_program answers only for a line the whole reading reads with no flags, and then with its program."""
    program = plain_program(line)
    if program is not None:
        invocation = parse_invocation(line)
        assert invocation is not None and not invocation.flags
        assert invocation.command.split()[0] == program


def test_plain_program_answers_for_plain_lines() -> None:
    assert plain_program("tool0 ls") == "tool0"
    assert plain_program("git status") == "git"
    assert plain_program("ls -l") is None  # a dash: the whole reading says which flags
    assert plain_program("sudo apt install gimp") is None  # the program is apt's, not sudo
    assert plain_program("한글 명령") is None  # no command line
    # a file read into a program: parse_invocation's program is the one after the file (test below drew '< / a')
    assert plain_program("< / a") is None
    assert plain_program("cat f.json | jq .") is None
    assert plain_program("git log | less") == "git"


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="abgmopstuxz019 ./~:$|><[]'\"=+-_PS가A\t", max_size=24))
def test_plain_program_agrees_with_parse_invocation(line: str) -> None:
    program = plain_program(line)
    if program is not None:
        invocation = parse_invocation(line)
        assert invocation is not None and not invocation.flags and invocation.command.split()[0] == program


def test_shown_keeps_a_flag_value_of_joined_placeholders_and_stops_at_what_the_line_prints() -> None:
    line = "ssh -N -L <로컬포트>:<서버>:<서버포트> me@box"
    assert shown(line) == "ssh -N -L <로컬포트>:<서버>:<서버포트> me@box"
    assert concrete(line) == "ssh -N -L me@box"
    assert shown("cp -r <src>/<dir> ~/backup") == "cp -r <src>/<dir> ~/backup"
    assert shown("kubectl get pod <이름> -o [형식]") == "kubectl get pod -o"  # lone placeholders still leave
    assert shown("git push <remote> <branch>:<branch>") == "git push"  # an argument, no flag's value
    assert shown("jq -r '.items[]' => {\"a\": 1}") == "jq -r '.items[]'"


def test_eval_of_a_commands_output_is_that_commands_line() -> None:
    # eval runs what the program prints: the line is the program's (written as is)
    ticked = parse_invocation("eval `gpg-agent --daemon`")
    assert ticked is not None and ticked.command == "gpg-agent" and ticked.flags == ("--daemon",)
    assert ticked.line == "eval `gpg-agent --daemon`"
    quoted = parse_invocation('eval "$(ssh-agent -s)"')
    assert quoted is not None and quoted.command == "ssh-agent" and quoted.flags == ("-s",)
    # a variable, or more than one argument: eval's own line
    variable = parse_invocation("eval $SETUP")
    assert variable is not None and variable.command == "eval"


def test_bash_s_dollar_quoted_strings_are_typed_as_written() -> None:
    # "`echo $'\e[31m'`: 글자를 빨갛게" made a card of "echo" alone: the brackets of the escape read as a placeholder
    assert not is_placeholder("$'\\e[31m'") and not is_placeholder("$'a\\tb'") and not is_placeholder('$"Hello"')
    assert is_placeholder('$"<name>"')  # what it quotes is itself a placeholder, as for '<name>'
    from quizzer.extract import extract

    notes = extract("- `echo $'\\e[31m'`: 글자를 빨갛게 바꾼다\n", deck="d", source="d.md").notes
    assert [(note.front, note.back) for note in notes] == [("echo $'\\e[31m'", "글자를 빨갛게 바꾼다")]


def test_passed_flags_are_each_flag_each_letter_of_a_bundle_and_a_valued_flags_name() -> None:
    from quizzer.shell import parse_invocation, passed_flags

    invocation = parse_invocation("docker run -it --name=web --rm nginx")
    assert invocation is not None
    assert passed_flags(invocation) == {"-it", "-i", "-t", "--name=web", "--name", "--rm"}


def test_an_or_before_the_line_written_again_ends_it_keys_reading_the_english_word_alone() -> None:
    """shell._typed (keys) and shell.written each asked "an 'or' before another spelling"; one predicate now, the
    keys' reading kept as it was: the English word, no prompt after it (a wider one would move keys)."""
    from quizzer.shell import concrete, written

    assert concrete("git add <file> or git add .") == "git add"
    assert concrete("git reflog 또는 git log -g") == "git reflog git log -g"  # keys: as before
    assert concrete("git add x or $ git add .") == "git add x or $ git add ."
    assert written("git reflog 또는 $ git log -g") == "git reflog"
    assert written("git reflog 혹은 git log -g") == "git reflog"
    assert written("git add x OR $ git add .") == "git add x"
    assert written("git log or tig") == "git log or tig"  # another program: no second spelling of the line


def test_the_flags_a_sentence_names_are_dashes_and_a_letter_never_inside_a_word() -> None:
    from quizzer.shell import flags_named

    assert flags_named("Use -v or --dry-run, then re-run it; a-b is no flag, nor -1") == ["-v", "--dry-run"]


def test_leading_settings_are_the_name_value_pairs_before_the_command() -> None:
    line = "TZ=UTC GREETING='good day' EMPTY= date +%H"
    found = leading_settings(line)
    assert [(s.name, s.value) for s in found] == [("TZ", "UTC"), ("GREETING", "'good day'"), ("EMPTY", "")]
    assert line[found[-1].end :] == "date +%H"


def test_a_line_opening_with_its_command_has_no_leading_settings() -> None:
    assert leading_settings("make CC=clang all") == []  # a setting given as an argument, after the command
    assert leading_settings("PAGER=less") == []  # a setting alone, no command after it


@pytest.mark.parametrize(
    ("line", "typed"),
    [
        ("$ ls -a", "ls -a"),
        ("  $\tgit status  ", "git status  "),
        ("$ ", ""),
        ("PS> Get-ChildItem", None),  # PowerShell's prompt: a session of no POSIX shell
        ("$HOME/bin", None),
        ("ls $ x", None),
        ("$", None),
    ],
)
def test_typed_at_dollar_is_what_follows_a_dollar_prompt(line: str, typed: str | None) -> None:
    assert typed_at_dollar(line) == typed


@given(st.text(alphabet=" \t$PS>ab-"))
def test_a_line_typed_at_a_dollar_prompt_is_typed_at_a_prompt(line: str) -> None:
    typed = typed_at_dollar(line)
    assert typed is None or typed_at_prompt(line) and line.endswith(typed) and not typed[:1].isspace()
    assert typed is not None or not typed_at_prompt(line) or line.lstrip().startswith("PS>")
