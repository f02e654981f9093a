"""Grading typed answers: a table of answer pairs from the seed deck and the corpus, each
with its outcome; hypothesis for flag order; the SM-2 quality mapping."""

from __future__ import annotations

import shlex

import unicodedata
from pathlib import Path

import pytest
from conftest import BLIND_SETS, CORPUS  # the table below quotes the corpus
from hypothesis import example, given, settings
from hypothesis import strategies as st

from quizzer.extract import extract
from quizzer.grading import SAME_WORDS, Verdict, grade, is_command_answer, quality
from quizzer.line_grading import read_line


ROOT = Path(__file__).resolve().parent.parent
UNSEEN = BLIND_SETS  # fresh sets kept blind (conftest): nobody extracts them until the lead opens them
SEED_RUN = "docker run --name webserver1 -d -p 8001:80 nginx:1.18"  # seed 3-2-2
SEED_COMMIT = 'docker commit -a "gs" webserver1 web:1.0'  # seed 3-2-2
SEED_RMI = ["docker rmi", "docker rmi 옵션 이미지이름<:태그>"]  # seed 3-1-5 (answers + context)
SEED_RM = ["docker image rm", "docker image rm 옵션 이미지이름<:태그>"]
SEED_PULL_ALL = ["--all-tags", "-a"]  # seed 3-1-1: **all-tags, -a**
SEED_STATS = ["docker stats webserver1", "docker stats"]
SEED_LOGS = ["docker logs -f webserver1", "docker logs -f"]
SEED_SAVE = ["docker image save", "docker image save 옵션 파일명 이미지명"]
SEED_CP = ["docker cp webserver1:/etc/nginx/nginx.conf ./nginx.conf", "docker cp"]
SEED_RENAME = ["docker rename", "docker rename 현재이름 바꿀이름"]
SEED_PULL_SYNTAX = ["docker IMAGE pull OPTIONS name[:tag | @IMAGE_DIGEST]"]
# corpus (/work/shared/corpus, the copies in tests/corpus where they exist)
C12_EXEC = ["docker exec -it /bin/bash", "docker exec -it [CONTAINER_ID] /bin/bash"]  # 12-docker-indented-code
C12_RUN = ["docker run -it -p [외부포트]:[내부포트] --name [container명] [image명] /bin/bash"]
C12_BUILD = ["docker build -t", "docker build -t [name] [경로]"]
CODEBLOCK_RM = ["docker image rm", "docker image rm {image_id}"]  # docker-command-codeblocks
CODEBLOCK_RUN = ["docker run -d -p 4000:80 nginx", "docker run -d -p 4000:80"]
CODEBLOCK_PS = ["docker ps -a"]
INFRA_WC = ["docker ps | wc -l"]  # docker-infra-command-tables
INFRA_FILTER = ['docker ps --filter "status=exited"', "docker ps --filter"]
INFRA_STOP_TIME = ["--time", "-t"]
GIT_ADD = ["git add <파일>"]
GIT_COMMIT_M = ['git commit -m "Commit message"', "git commit -m"]  # 30-git-bash-vi-faq
GIT_PUSH_FORCE = ["git push origin master --force", "git push --force"]  # 13-git-seminar-notes
GIT_CLONE_DEPTH = ["git clone --depth 1", "git clone --depth 1 <repo_URI>"]  # 28-git-nospace-headings
GIT_RESET = ["git reset --soft HEAD^", "git reset --soft"]
CONDA_CREATE = ["conda create -n", "conda create -n <이름> python=<version>"]  # 15-conda
CONDA_REMOVE = ["conda remove --name --all", "conda remove --name <가상환경이름> --all"]
KUBECTL_EXPOSE = ["kubectl expose pod redis --port=6379 --name redis-service"]  # kubectl-imperative
TMUX_NEW = ["tmux new -s", "tmux new -s <session-name>"]  # 03-tmux-codeblock-comments
TERRAFORM = ["terraform apply -input=false -auto-approve"]  # 11-terraform
CURL_OUT = ["curl https://foo.bar/path/to/image.jpg --output downloaded_image.jpg", "curl --output"]  # 06-curl
GREP_W = ["grep -w 'up' test.txt", "grep -w"]  # 07-grep-jekyll-post
RM_RF = ["rm -rf", "rm -rf <directory-name>"]  # 30-git-bash-vi-faq
VI_WQ = [":wq"]
PWD_MEANING = ["print working directory"]
KO_LOGIN = ["도커 허브 로그인"]  # seed: docker login
KO_BACKGROUND = ["백그라운드 실행"]  # seed: -d
KO_SAVE = ["도커 이미지를 tar 파일로 저장"]  # seed: docker image save
KO_REASON = ["개발, 테스트, 배포, 운영의 컴퓨팅 환경을 일관적으로 제공함"]  # seed 1

E, A, W = "exact", "almost", "wrong"
CASES: list[tuple[str, list[str], str, str]] = [
    # reordered flags
    ("reordered", [SEED_RUN], "docker run -d -p 8001:80 --name webserver1 nginx:1.18", E),
    ("reordered 2", [SEED_RUN], "docker run -p 8001:80 -d --name webserver1 nginx:1.18", E),
    ("reordered value flag", [SEED_COMMIT], 'docker commit webserver1 -a "gs" web:1.0', E),
    ("reordered kubectl", KUBECTL_EXPOSE, "kubectl expose pod redis --name redis-service --port=6379", E),
    ("reordered curl", CURL_OUT, "curl --output downloaded_image.jpg https://foo.bar/path/to/image.jpg", E),
    ("-XPOST is -X POST", ["curl -XPOST https://x.io/api"], "curl -X POST https://x.io/api", E),
    ("-X POST is -XPOST", ["curl -X POST https://x.io/api"], "curl https://x.io/api -XPOST", E),
    ("-XGET for -XPOST", ["curl -XPOST https://x.io/api"], "curl -XGET https://x.io/api", A),
    ("-owide", ["kubectl get pods -o wide"], "kubectl get pods -owide", E),
    # a value with "=" written with its flag is still that flag's value (r-review2: "-eA 1 instead of -e A=1")
    ("-eA=1 is -e A=1", ["docker run -e A=1 nginx"], "docker run -eA=1 nginx", E),
    ("-da=1 is -d a=1", ["curl -d a=1 -d b=2 https://x.io/api"], "curl -da=1 -db=2 https://x.io/api", E),
    ("-lapp=web is -l app=web", ["kubectl get pods -l app=web"], "kubectl get pods -lapp=web", E),
    ("-eB=1 for -e A=1", ["docker run -e A=1 nginx"], "docker run -eB=1 nginx", A),
    # repeats read in order: the body is "a=1&b=2", the message's first paragraph is "fix"
    ("curl -d in order, URL first", ["curl -d a=1 -d b=2 https://x.io/api"], "curl https://x.io/api --data a=1 -d b=2", E),
    ("curl -d reordered", ["curl -d a=1 -d b=2 https://x.io/api"], "curl -d b=2 -d a=1 https://x.io/api", A),
    ("git commit -m reordered", ['git commit -m "fix" -m "details"'], 'git commit -m "details" -m "fix"', A),
    ("docker run -e reordered", ["docker run -e A=1 -e B=2 nginx"], "docker run -e B=2 -e A=1 nginx", E),
    # combined short flags
    ("-dp", [SEED_RUN], "docker run --name webserver1 -dp 8001:80 nginx:1.18", E),
    ("-it", C12_EXEC, "docker exec -i -t abc123 /bin/bash", E),
    ("-ti", C12_EXEC, "docker exec -ti abc123 /bin/bash", E),
    ("-rf split", RM_RF, "rm -r -f build", E),
    ("-fr", RM_RF, "rm -fr build", E),
    ("single-dash words kept whole", TERRAFORM, "terraform apply -auto-approve -input=false", E),
    ("ffmpeg stream specifiers", ["ffmpeg -i in.mp4 -c:v libx264 -preset slow -c:a aac out.mp4"],  # 26-ffmpeg
     "ffmpeg -i in.mp4 -c:a aac -preset slow -c:v libx264 out.mp4", E),
    # = forms
    ("--name=x", [SEED_RUN], "docker run --name=webserver1 -d -p 8001:80 nginx:1.18", E),
    ("--port 6379", KUBECTL_EXPOSE, "kubectl expose pod redis --port 6379 --name=redis-service", E),
    ("--output=", CURL_OUT, "curl https://foo.bar/path/to/image.jpg --output=downloaded_image.jpg", E),
    # short ≡ long
    ("long spellings", [SEED_RUN], "docker run --name webserver1 --detach --publish 8001:80 nginx:1.18", E),
    ("-a for --all-tags", SEED_PULL_ALL, "-a", E),
    ("--all-tags", SEED_PULL_ALL, "--all-tags", E),
    ("--follow for -f", SEED_LOGS, "docker logs --follow webserver1", E),
    ("-t for --time", INFRA_STOP_TIME, "-t", E),
    ("--message for -m", GIT_COMMIT_M, 'git commit --message "Commit message"', E),
    ("--force for -f", GIT_PUSH_FORCE, "git push -f origin master", E),
    ("-n for --name (conda)", CONDA_REMOVE, "conda remove -n myenv --all", E),
    # placeholders match any value
    ("<:태그> given", SEED_RM, "docker image rm nginx:1.18", E),
    ("<:태그> left out", SEED_RM, "docker image rm nginx", E),
    ("옵션 takes flags", SEED_RM, "docker image rm -f nginx", E),
    ("{image_id}", CODEBLOCK_RM, "docker image rm 3f2a91c", E),
    ("<파일>", GIT_ADD, "git add README.md", E),
    ("<파일> missing", GIT_ADD, "git add", A),
    ("[CONTAINER_ID]", C12_EXEC, "docker exec -it web1 /bin/bash", E),
    ("[외부포트]:[내부포트]", C12_RUN, "docker run -it -p 8080:80 --name web ubuntu /bin/bash", E),
    ("[image명] left out", C12_RUN, "docker run -it -p 8080:80 --name web /bin/bash", E),
    ("파일명 이미지명", SEED_SAVE, "docker image save web.tar nginx", E),
    ("옵션 파일명: an option's value", SEED_SAVE, "docker image save -o web.tar nginx", E),
    ("현재이름 바꿀이름", SEED_RENAME, "docker rename web1 web2", E),
    ("OPTIONS name[:tag]", SEED_PULL_SYNTAX, "docker pull --platform linux/amd64 nginx:1.18", E),
    ("<이름> python=<version>", CONDA_CREATE, "conda create -n py311 python=3.11", E),
    ("<repo_URI>", GIT_CLONE_DEPTH, "git clone --depth 1 https://github.com/x/y.git", E),
    ("<session-name>", TMUX_NEW, "tmux new -s work", E),
    ("[name] [경로]", C12_BUILD, "docker build -t myapp:1.0 .", E),
    # optional parts, case and spaces, quoting
    ("bare command", SEED_STATS, "docker stats", E),
    ("program case, spaces", [SEED_RUN], "  Docker   run  --name webserver1 -d -p 8001:80   nginx:1.18 ", E),
    ("DOCKER", SEED_STATS, "DOCKER stats webserver1", E),
    ("prompt typed", CODEBLOCK_PS, "$ docker ps -a", E),
    ('-a "gs" ≡ -a gs', [SEED_COMMIT], "docker commit -a gs webserver1 web:1.0", E),
    ("single quotes", [SEED_COMMIT], "docker commit -a 'gs' webserver1 web:1.0", E),
    ('"up" for \'up\'', GREP_W, 'grep -w "up" test.txt', E),
    ('filter quoted', INFRA_FILTER, "docker ps --filter status=exited", E),
    ("pipe without spaces", INFRA_WC, "docker ps|wc -l", E),
    ("full-width dash from an IME", CODEBLOCK_PS, "docker ps －a", E),
    # aliases and management forms
    ("rmi is image rm", SEED_RMI, "docker image rm nginx", E),
    ("image rm is rmi", SEED_RM, "docker rmi nginx", E),
    ("container run", [SEED_RUN], "docker container run --name webserver1 -d -p 8001:80 nginx:1.18", E),
    ("container ls -a", CODEBLOCK_PS, "docker container ls -a", E),
    ("container ps --all", CODEBLOCK_PS, "docker container ps --all", E),
    ("container stats", SEED_STATS, "docker container stats webserver1", E),
    ("image save", SEED_SAVE, "docker save web.tar nginx", E),
    ("container cp", SEED_CP, "docker container cp webserver1:/etc/nginx/nginx.conf ./nginx.conf", E),
    ("-p8001:80", CODEBLOCK_RUN, "docker run -d -p4000:80 nginx", E),
    ("sudo or not", ["apt-get install screen", "apt-get install"], "sudo apt-get install screen", E),  # 04-screen
    ("docker-compose", ["docker-compose up --build"], "docker compose up --build", E),  # 18-docker-k8s-cribs
    ("$(…) read as a line", ["docker rm $(docker ps -qa)", "docker rm"], "docker rm $(docker ps -a -q)", E),
    ("kubectl short resource name", KUBECTL_EXPOSE, "kubectl expose po redis --port=6379 --name redis-service", E),
    ("tar without a dash", ["tar -zxvf my_env.tar.gz -C my_env"], "tar zxvf my_env.tar.gz -C my_env", E),  # 15-conda
    ("kubectl get po", ["kubectl get pods"], "kubectl get po", E),  # 19-kubectl-fence-titles
    # Korean and English prose
    ("Korean spacing", KO_LOGIN, "도커허브 로그인", E),
    ("Korean spacing 2", KO_BACKGROUND, "백그라운드실행", E),
    ("Korean punctuation", KO_REASON, "개발 테스트 배포 운영의 컴퓨팅 환경을 일관적으로 제공함.", E),
    ("English case, punctuation", PWD_MEANING, "Print working directory.", E),
    ("Korean near miss: one syllable", KO_SAVE, "도커 이미지를 tar 파일로 저장함", A),
    ("Korean near miss: a particle", KO_BACKGROUND, "백그라운드로 실행", A),
    ("Korean typo", KO_LOGIN, "도커 허브 로긴", A),
    ("English near miss", PWD_MEANING, "print working directry", A),
    ("Korean wrong", KO_LOGIN, "도커 허브 로그아웃 후 종료", W),
    ("Korean unrelated", KO_BACKGROUND, "컨테이너 이름", W),
    # near misses: one token differs
    ("missing flag", [SEED_RUN], "docker run --name webserver1 -p 8001:80 nginx:1.18", A),
    ("extra flag", [SEED_RUN], "docker run --name webserver1 -d --rm -p 8001:80 nginx:1.18", A),
    ("wrong flag", [SEED_RUN], "docker run --name webserver1 -t -p 8001:80 nginx:1.18", A),
    ("wrong value", [SEED_RUN], "docker run --name webserver1 -d -p 8000:80 nginx:1.18", A),
    ("wrong name", [SEED_RUN], "docker run --name webserver2 -d -p 8001:80 nginx:1.18", A),
    ("wrong argument", SEED_STATS, "docker stats webserver2", A),
    ("missing image", [SEED_RUN], "docker run --name webserver1 -d -p 8001:80", A),
    ("program typo", SEED_STATS, "dokcer stats webserver1", A),
    ("sub-command typo", SEED_STATS, "docker stat webserver1", A),
    ("long flag typo", SEED_PULL_ALL, "--all-tag", A),
    ("one dash for two", SEED_PULL_ALL, "-all-tags", A),
    ("extra flag on a short answer", CODEBLOCK_PS, "docker ps -a -q", A),
    ("missing pipe", INFRA_WC, "docker ps", A),
    ("flag after the image", CODEBLOCK_RUN, "docker run -p 4000:80 nginx -d", A),
    # plain wrong
    ("different sub-command", SEED_STATS, "docker top webserver1", W),
    ("pause for unpause", ["docker unpause webserver1", "docker unpause"], "docker pause webserver1", W),
    ("push for pull", ["docker pull"], "docker push", W),
    ("wrong flag alone", ["-d"], "-p", W),
    ("flag case matters", ["-a"], "-A", W),
    ("two flags missing", [SEED_RUN], "docker run --name webserver1 nginx:1.18", W),
    ("two differences", [SEED_RUN], "docker run --name web -d -p 80:80 nginx:1.18", W),
    ("different program", CODEBLOCK_PS, "podman ps -a", W),
    ("rm for rmi", SEED_RMI, "docker rm nginx", W),
    ("empty", SEED_STATS, "", W),
    ("prose for a command", SEED_STATS, "컨테이너의 리소스 사용량", W),
    ("vi key", VI_WQ, ":q!", W),
    ("vi symbol key", ["%"], "$", W),  # 09-vim-indented-keys
    ("vi symbol key typed", ["%"], " % ", E),
    ("quoted braces are literal", ["echo '{\"foo\":0}' | jq ."], "echo '{\"foo\":1}' | jq .", A),  # 17-jq
    ("quoted braces typed", ["echo '{\"foo\":0}' | jq ."], 'echo \'{"foo":0}\' | jq .', E),
    ("flags after the image", [SEED_RUN], "docker run nginx:1.18 --name webserver1 -d -p 8001:80", W),
]


def test_the_table_is_big_enough() -> None:
    assert len(CASES) >= 60
    assert {outcome for *_rest, outcome in CASES} == {E, A, W}


@pytest.mark.parametrize(("answers", "typed", "outcome"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_table(answers: list[str], typed: str, outcome: str) -> None:
    verdict = grade(answers, typed)
    assert verdict.outcome == outcome, verdict
    assert verdict.answer in answers
    if outcome != E:
        assert verdict.explanation


def test_explanations_name_the_difference() -> None:
    assert grade([SEED_RUN], "docker run --name webserver1 -p 8001:80 nginx:1.18").explanation == "Missing -d."
    assert "--port is not an option" in grade(["docker run -d nginx"], "docker run -d --port 80 nginx").explanation
    wrong_value = grade([SEED_RUN], "docker run --name webserver1 -d -p 8000:80 nginx:1.18")
    assert wrong_value.explanation == "-p 8000:80 should be -p 8001:80."
    assert grade(SEED_STATS, "docker stats web2").explanation == "web2 should be webserver1."
    assert grade(["docker pull"], "docker push").explanation == "docker push is a different command from docker pull."
    assert grade(SEED_PULL_ALL, "--all-tag").explanation == "--all-tag: did you mean --all-tags?"
    assert grade(SEED_RMI, "docker image rm nginx").explanation.startswith("Same as docker rmi")
    assert grade([SEED_RUN], SEED_RUN) == Verdict("exact", SEED_RUN, SEED_RUN)


def test_prose_near_miss_has_a_diff() -> None:
    verdict = grade(KO_LOGIN, "도커 허브 로긴")
    assert verdict.outcome == A
    assert ("missing", "그") in verdict.diff or any(kind == "missing" for kind, _text in verdict.diff)
    assert "".join(text for kind, text in verdict.diff if kind != "extra") == KO_LOGIN[0]
    assert "".join(text for kind, text in verdict.diff if kind != "missing") == "도커 허브 로긴"


def test_what_counts_as_a_command() -> None:
    for text in ("docker ps", "-a", "--all-tags", ":wq", "pwd", "git add <파일>", "ls -a", "dw"):
        assert is_command_answer(text), text
    for text in ("print working directory", "도커 허브 로그인", "list all files", ""):
        assert not is_command_answer(text), text


def test_quality() -> None:
    assert quality("exact") == 5
    assert quality("exact", seconds=5.0, slow_after=20.0) == 5
    assert quality("exact", seconds=25.0, slow_after=20.0) == 4
    assert quality("almost", seconds=1.0) == 3
    assert quality("wrong") == 1


def test_notes_spellings_extend_the_tables() -> None:
    # `--all-tags, -a` is in the notes; a line using either spelling is the same line
    assert grade(["docker pull --all-tags nginx"], "docker pull -a nginx").outcome == E
    assert grade(["rpm --query bash"], "rpm -q bash").outcome == A
    assert grade(["rpm --query bash"], "rpm -q bash", spellings={"-q": "--query"}).outcome == E


# -- hypothesis: flag order never matters, a dropped flag always does ---------------------
def _example_lines() -> list[str]:
    """Every example line with at least two flags in the seed, the corpus beside the repository (when
    it is there) and the fresh sets that ship in it (data/corpus/), so a checkout alone has enough."""
    lines: set[str] = set()
    # a set being kept unseen (see PROTOCOL) is never extracted here: its lines would show in failures
    sources = [ROOT / "decks" / "docker-containers.ko.md", *sorted(CORPUS.glob("*.md")),
               *(p for p in sorted((ROOT / "data" / "corpus").glob("fresh*/*.md")) if p.parent.name not in UNSEEN)]
    for path in sources:
        draft = extract(path.read_text(encoding="utf-8"), deck=path.stem, source=str(path))
        for note in draft.notes:
            for line in (note.context, *note.answers):
                # a bare "--" ends the options: _pieces cannot rebuild such a line (it would type "-x" as a flag)
                # a command substitution ("$(…)", backquotes) is one word the rebuild cannot quote back as written
                # a quote left open (the first line of "curl … -d'" whose body goes on below) cannot be quoted back
                # a flag in brackets ("cargo build [-r] --bins") is optional: the line without it is the same line
                if line and is_command_answer(line) and "|" not in line and "--" not in line.split() \
                        and "$(" not in line and "`" not in line and "[-" not in line and _quotes_close(line):
                    segments = read_line(line, notes=True).segments
                    if len(segments) == 1 and len(segments[0].flags) >= 2 and not segments[0].any_flags:
                        flags = segments[0].flags
                        valued = {f.name for f in flags if f.value is not None}
                        if not any(f.value is None and f.name in valued for f in flags):
                            lines.add(line)  # not "-e A=1 -e -e B=2" (an extraction artifact)
    return sorted(lines)


def _quotes_close(line: str) -> bool:
    try:
        shlex.split(line)
    except ValueError:
        return False
    return True


EXAMPLES = _example_lines()


def test_there_are_examples() -> None:
    assert SEED_RUN in EXAMPLES
    assert len(EXAMPLES) >= 8


def _pieces(line: str) -> tuple[str, list[str], list[str]]:
    """The line as its command, its flag groups (a flag with its value) and its arguments."""
    segment = read_line(line, notes=True).segments[0]
    flags = [f.shown if f.value is None or f.implied else f"{f.shown} {_quote(f.value, f.written_value)}" if not f.explicit
             else f"{f.shown}{_quote(f.value, f.written_value)}" if len(f.shown) == 2
             else f"{f.shown}={_quote(f.value, f.written_value)}"
             for f in segment.flags]  # "-XDELETE" and "-all=" stay one word: "-all ''" is another line
    return segment.shown, flags, [_quote(a.text, a.written) for a in segment.args]


def _quote(text: str, written: str) -> str:
    """The word as the notes write it, else as a shell must be given it to read it back unchanged (`s/\\./x/` needs
    quotes: a bare `\\.` is `.`); a shell reads `~/x` and `'~/x'` apart."""
    return written or shlex.quote(text)


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(EXAMPLES), st.randoms(use_true_random=False))
def test_any_permutation_of_flags_is_exact(line: str, random: object) -> None:
    import random as random_module

    assert isinstance(random, random_module.Random)
    command, flags, args = _pieces(line)
    random.shuffle(flags)
    typed = " ".join((command, *flags, *args))
    verdict = grade([line], typed)
    assert verdict.outcome == E, (line, typed, verdict)


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(EXAMPLES), st.data())
def test_dropping_a_flag_is_never_exact(line: str, data: st.DataObject) -> None:
    command, flags, args = _pieces(line)
    dropped = data.draw(st.integers(0, len(flags) - 1))
    kept = flags[:dropped] + flags[dropped + 1 :]
    typed = " ".join((command, *kept, *args))
    assert grade([line], typed).outcome != E, (line, typed)


def test_prose_or_command_can_be_said() -> None:
    description = "docker logs 로 접근 로그를 확인"  # a meaning that starts with a command
    assert is_command_answer(description)  # by its look alone, a command line
    typed = "docker logs로 접근 로그를 확인"
    assert grade([description], typed).outcome != E
    assert grade([description], typed, prose=True).outcome == E
    assert grade(["docker ps"], "docker ps", prose=False).outcome == E


def test_accepted_answers_of_cards() -> None:
    from quizzer.grading import accepted_answers
    from quizzer.review.store import CardView

    def card(kind: str, ord_: int, front: str, back: str, command: str | None, context: str | None,
             answers: tuple[str, ...]) -> CardView:
        return CardView(1, "d", kind, ord_, front, back, command, context, (), answers, None, True, False)

    rmi = card("command", 1, "docker rmi", "단축 명령", "docker rmi", "docker rmi 옵션 이미지이름<:태그>",
               ("docker rmi",))
    assert accepted_answers(rmi).answers == ("docker rmi", "docker rmi 옵션 이미지이름<:태그>")
    assert accepted_answers(rmi).grade("docker image rm -f nginx:1.18").outcome == E
    forward = card("command", 0, "docker run", "docker pull + create + start 가 합쳐진 명령어", "docker run", None,
                   ("docker run",))
    assert accepted_answers(forward).prose and accepted_answers(forward).answers == (forward.back,)
    flag = card("flag", 1, "-d", "백그라운드 실행", "docker run", SEED_RUN, ("-d",))
    assert accepted_answers(flag).grade("--detach").outcome == E  # docker run's own spelling
    assert accepted_answers(flag).grade("docker run -d").outcome == E  # with its command
    assert accepted_answers(flag).grade("docker container run --detach nginx").outcome == E
    assert accepted_answers(flag).grade("docker run -p 80:80").outcome == W
    option = card("option", 1, "--all-tags, -a", "여러 이미지를 모두 다운", "docker pull", None, ("--all-tags", "-a"))
    assert accepted_answers(option).spellings["-a"] == "--all-tags"
    assert accepted_answers(option).grade("-a").outcome == E


@pytest.mark.skipif(not CORPUS.is_dir(), reason="corpus not found")
def test_every_note_accepts_its_own_answers() -> None:
    """Each spelling a note keeps (and its usage line), typed as written, is exact; so is its meaning."""
    sources = [ROOT / "decks" / "docker-containers.ko.md", *sorted(CORPUS.glob("*.md"))]
    checked = 0
    for path in sources:
        for note in extract(path.read_text(encoding="utf-8"), deck=path.stem, source=str(path)).notes:
            if note.kind.value not in ("command", "option", "flag"):
                continue
            accepted = [*(note.answers or (note.front,)), *((note.context,) if note.context else ())]
            for answer in accepted:
                assert grade(accepted, answer).outcome == E, (path.name, answer, accepted)
            assert grade([note.back], note.back, prose=True).outcome == E, (path.name, note.back)
            checked += len(accepted) + 1
    assert checked > 1000


_SHELLISH = st.text(alphabet=st.sampled_from(list("docker run -it--name=x'\"[]<>{}()|$:/.가힣ㄱ ᄀ ᅡ \t")), max_size=40)


@settings(max_examples=400, deadline=None)
@given(st.lists(_SHELLISH, min_size=1, max_size=3), _SHELLISH)
def test_grade_never_fails(answers: list[str], typed: str) -> None:
    verdict = grade(answers, typed)
    assert verdict.outcome in (E, A, W)
    assert verdict.typed == unicodedata.normalize("NFC", typed).strip()
    if verdict.outcome != E:
        assert verdict.explanation


@settings(max_examples=300, deadline=None)
@given(_SHELLISH)
@example(": >''")
def test_typed_as_written_is_exact(answer: str) -> None:
    if answer.strip():
        assert grade([answer], answer).outcome == E, answer


def test_a_redirect_is_read_as_the_shell_reads_it() -> None:
    assert grade(["echo hi >out"], "echo hi > out").outcome == E
    assert grade(["cmd 2> /dev/null"], "cmd 2>/dev/null").outcome == E
    assert grade([": >''"], ": > ''").outcome == E  # an empty target, quoted, with or without the space
    assert grade(["ls > <파일>"], "ls > list.txt").outcome == E  # the target is a placeholder
    assert grade(["echo hi >out"], "echo hi >> out").outcome != E  # appending is another line
    assert grade(["echo hi >out"], "echo hi > other").outcome != E


def test_a_whole_line_typed_for_a_bare_flag_is_explained() -> None:
    from quizzer.grading import typed_answers

    verdict = grade(["-d"], "docker run -d")  # the command is not known: it cannot count
    assert verdict.outcome == "wrong"
    assert verdict.explanation == "The answer is the option alone, without docker run."
    expected = typed_answers(kind="flag", front="-d", answers=("-d",), command="docker run", context=None)
    assert expected.grade("docker run -d").outcome == "exact"
    assert expected.grade("docker run --detach").outcome == "exact"
    other = expected.grade("docker ps -d")
    assert other.outcome == "wrong" and other.explanation == "docker ps is a different command from docker run."
    slip = expected.grade("docker run -x")
    assert slip.outcome == "wrong" and " from ." not in slip.explanation and "-x" in slip.explanation


def test_a_line_typed_without_its_command_says_the_command_is_missing() -> None:
    """'-e md' typed for 'fd -e md' was explained as '— is a different command from fd.' (found by
    u-campaign): no command was typed, so none was different; the command is missing."""
    verdict = grade(["fd -e md"], "-e md")
    assert verdict.outcome == "wrong"
    assert verdict.differences == ("Missing the command fd.",)
    assert "—" not in grade(["fd -e md"], "[/]").explanation


def test_a_flag_typed_as_written_under_another_command_is_no_slip() -> None:
    """'nginx -d' for 'docker run -d nginx' added '-d: did you mean -d?' (found by u-campaign): under
    another command '-d' is not read as docker run's --detach, but it was typed as the answer writes
    it; the command is the difference."""
    verdict = grade(["docker run -d nginx"], "nginx -d")
    assert verdict.outcome == "wrong"
    assert verdict.differences[0] == "nginx is a different command from docker run."
    assert not any("did you mean" in difference for difference in verdict.differences)


@pytest.mark.parametrize(("words", "same"), sorted(SAME_WORDS.items()))
def test_words_that_say_the_same_make_the_same_meaning(words: str, same: str) -> None:
    """"one line for each commit" for the notes' "one line per commit" was not right (u-campaign9)."""
    assert grade([f"show one line {same} commit"], f"Show one line {words.upper()} commit", prose=True).outcome == "exact"
    assert grade([f"show one line {words} commit"], f"show one line {same} commit", prose=True).outcome == "exact"
    assert grade([f"show one line {same} commit"], f"show one line {words} file", prose=True).outcome != "exact"
