"""The golden scorer itself, on small hand-made goldens and cards (tests/corpus/README.md's rule)."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from quizzer.extract import Kind
from quizzer.extract.score import Fact, Golden, card_status, golden_problems, load_golden, matches, normal, score, strip_placeholders, total


@dataclass(frozen=True)
class C:
    kind: Kind
    command: str | None
    front: str
    back: str
    answers: tuple[str, ...] = ()
    position: int | None = None
    line: int = 1


def fact(kind: str | list[str], command: str | None, front: list[str], back: str, *, line: int = 1,
         position: int | None = None) -> Fact:
    data: dict[str, object] = {"line": line, "kind": kind, "command": command, "front": front, "back": back}
    if position is not None:
        data["position"] = position
    return Fact.from_json(data)


START = fact("command", "systemctl start", ["systemctl start"], "서비스를 시작", line=12)


def test_normal_folds_case_markup_punctuation_and_space() -> None:
    assert normal("**Git** `add`,  <br> “files”!") == normal("git add files")
    assert normal("서비스를 시작한다.") == "서비스를시작한다"
    assert normal("e\u0301") == normal("\u00e9")  # NFD → NFC
    assert normal("*") == "*"  # a key that is all punctuation still says something
    assert normal("-a") == normal("a")


def test_normal_reads_pod_codes_as_markup() -> None:
    """A golden written from a POD page keeps its codes; the card shows the page as a reader sees it."""
    assert normal("B<ncdu> [I<options>] I<dir>") == normal("ncdu [options] dir")
    assert normal("see L<du(1)> and C<-x>") == normal("see du(1) and -x")
    assert normal("vim's <C-n> key") != normal("vim's n key")  # a key in angle brackets is not a POD code


def test_placeholders_removed_from_command_fronts() -> None:
    assert strip_placeholders("git add <file>") == "git add"
    assert strip_placeholders("docker rename 현재이름 바꿀이름") == "docker rename"
    assert strip_placeholders("cp SOURCE DEST") == "cp"
    assert strip_placeholders("git reset --hard HEAD^") == "git reset --hard HEAD^"
    assert strip_placeholders("pip install --name <my env name> --user") == "pip install --name --user"  # one placeholder
    assert strip_placeholders("kubectl label [resource name] --all") == "kubectl label --all"  # square, spaced: one too
    assert strip_placeholders("echo 'a [b c]'") == "echo 'a [b c]'"
    assert strip_placeholders("echo 'a <b c>'") == "echo 'a <b c>'"  # inside quotes: typed as written
    assert strip_placeholders("docker ps --format {{.Names}}") == "docker ps --format {{.Names}}"
    # a term keeps its words; only bracketed placeholders go
    assert strip_placeholders("SSH 키 만들기", command_like=False) == "SSH 키 만들기"


def test_a_card_matches_on_kind_command_front_and_contained_back() -> None:
    card = C(Kind.COMMAND, "systemctl start", "systemctl start", "서비스를 시작한다.", ("systemctl start <unit>",))
    assert matches(card, START)
    assert not matches(C(Kind.CONCEPT, "systemctl start", "systemctl start", "서비스를 시작한다."), START)
    assert not matches(C(Kind.COMMAND, "systemctl enable", "systemctl start", "서비스를 시작한다."), START)
    # a card naming no program, whose front is the command, says nothing wrong (a claim of another one does)
    assert matches(C(Kind.COMMAND, None, "systemctl start", "서비스를 시작한다."), START)
    assert not matches(C(Kind.COMMAND, None, "systemctl stop", "서비스를 시작한다."), START)
    assert not matches(C(Kind.COMMAND, "systemctl start", "systemctl stop", "서비스를 시작한다."), START)
    assert not matches(C(Kind.COMMAND, "systemctl start", "systemctl start", "서비스를 중지"), START)


def test_fronts_keep_case_and_punctuation_when_short() -> None:
    word = fact("command", "vim", ["w"], "다음 단어")
    assert matches(C(Kind.COMMAND, "vim", "w", "다음 단어로"), word)
    assert not matches(C(Kind.COMMAND, "vim", "W", "다음 단어로"), word)
    split = fact("command", "tmux", ["Ctrl+b %"], "세로 분할")
    assert matches(C(Kind.COMMAND, "tmux", "Ctrl+b  %", "세로 분할"), split)
    assert not matches(C(Kind.COMMAND, "tmux", 'Ctrl+b "', "세로 분할"), split)
    assert not matches(C(Kind.COMMAND, "tmux", "Ctrl-b %", "세로 분할"), split)
    # longer than three characters: case does not matter; markup never does
    assert matches(C(Kind.COMMAND, "docker ps", "Docker ps", "컨테이너 목록"),
                   fact("command", "docker ps", ["`docker ps`"], "컨테이너 목록"))
    assert matches(C(Kind.COMMAND, "Docker PS", "docker ps", "컨테이너 목록"),
                   fact("command", "docker ps", ["docker ps"], "컨테이너 목록"))


def test_a_fact_of_a_sub_command_accepts_a_card_of_its_tool_naming_it_in_front() -> None:
    new = fact("command", "tmux new", ["tmux new -s"], "새 세션")
    assert matches(C(Kind.COMMAND, "tmux", "tmux new -s", "새 세션 만들기"), new)
    assert not matches(C(Kind.COMMAND, "tmux", "tmux attach", "새 세션 만들기"), new)
    flag = fact("flag", "tmux new", ["-s"], "세션 이름")
    assert not matches(C(Kind.FLAG, "tmux", "-s", "세션 이름"), flag)


def test_a_fact_of_a_tool_accepts_a_card_of_its_sub_command_whose_front_is_that_line() -> None:
    enable = fact("command", "systemctl", ["systemctl enable sshd"], "부팅할 때 켜기")
    assert matches(C(Kind.COMMAND, "systemctl enable", "systemctl enable sshd", "부팅할 때 켜기"), enable)
    assert matches(C(Kind.COMMAND, "systemctl enable", "sudo systemctl enable sshd", "부팅할 때 켜기"),
                   fact("command", "systemctl", ["sudo systemctl enable sshd"], "부팅할 때 켜기"))
    # the card's sub-command must be what its front runs, and an option stays the option of the fact's command
    assert not matches(C(Kind.COMMAND, "systemctl disable", "systemctl enable sshd", "부팅할 때 켜기"), enable)
    assert not matches(C(Kind.COMMAND, "systemd enable", "systemd enable sshd", "부팅할 때 켜기"),
                       fact("command", "system", ["systemd enable sshd"], "부팅할 때 켜기"))
    assert not matches(C(Kind.OPTION, "tar czf", "-v", "자세히"), fact("option", "tar", ["-v"], "자세히"))


def test_a_sub_command_fact_looks_past_sudo_in_the_front() -> None:
    status = fact("command", "ufw status", ["sudo ufw status", "ufw status"], "방화벽 상태")
    assert matches(C(Kind.COMMAND, "ufw", "sudo ufw status", "방화벽 상태"), status)
    assert matches(C(Kind.COMMAND, "ufw", "doas ufw status verbose", "방화벽 상태 자세히"), fact(
        "command", "ufw status", ["doas ufw status verbose", "ufw status verbose"], "방화벽 상태 자세히"))
    assert not matches(C(Kind.COMMAND, "ufw", "sudo ufw enable", "방화벽 상태"), status)


def test_a_card_naming_no_command_matches_when_its_front_is_the_facts_command() -> None:
    listing = fact("command", "Get-Item", ["Get-Item <path>", "Get-Item"], "항목 하나 가져오기")
    assert matches(C(Kind.COMMAND, None, "Get-Item <path>", "항목 하나 가져오기"), listing)
    assert not matches(C(Kind.COMMAND, None, "Set-Item <path>", "항목 하나 가져오기"), listing)
    # naming another program is still a wrong claim, and an option of no command is no option of tar
    assert not matches(C(Kind.COMMAND, "pwsh", "Get-Item <path>", "항목 하나 가져오기"), listing)
    assert not matches(C(Kind.OPTION, None, "-x", "extract"), fact("option", "tar", ["-x"], "extract"))


def test_front_matches_through_an_answer_and_placeholders() -> None:
    option = fact("option", "docker pull", ["-a", "--all-tags"], "모두 다운")
    card = C(Kind.OPTION, "docker pull", "--all-tags, -a", "저장소의 이미지를 모두 다운", ("--all-tags", "-a"))
    assert matches(card, option)
    usage = fact("command", "git add", ["git add <파일>"], "staging area에 추가")
    assert matches(C(Kind.COMMAND, "git add", "git add", "파일을 staging area에 추가"), usage)


def test_a_fact_of_two_kinds_and_no_command() -> None:
    either = fact(["option", "flag"], "tar", ["-x"], "extract")
    assert matches(C(Kind.FLAG, "tar", "-x", "extract"), either)
    assert matches(C(Kind.OPTION, "tar", "-x", "extract files"), either)
    concept = fact("concept", None, ["inode"], "파일의 메타데이터")
    assert matches(C(Kind.CONCEPT, None, "inode", "파일의 메타데이터를 담는 구조"), concept)


def test_a_step_matches_on_back_and_position() -> None:
    step = fact("step", None, ["서비스 등록"], "unit 파일 작성", position=2)
    assert matches(C(Kind.STEP, None, "서비스 등록 — step 2", "unit 파일 작성", position=2), step)
    assert not matches(C(Kind.STEP, None, "서비스 등록 — step 3", "unit 파일 작성", position=3), step)


def test_a_step_naming_no_command_matches_a_step_fact_filed_under_its_program() -> None:
    step = fact("step", "mytool", ["Getting started"], "Fetch the installer", position=1)
    assert matches(C(Kind.STEP, None, "Getting started — step 1", "Fetch the installer first", position=1), step)
    assert not matches(C(Kind.STEP, "othertool", "Getting started — step 1", "Fetch the installer", position=1), step)
    assert not matches(C(Kind.STEP, None, "Getting started — step 2", "Fetch the installer", position=2), step)


def test_recall_and_wrong_cards() -> None:
    stop = fact("command", "systemctl stop", ["systemctl stop"], "서비스를 중지", line=13)
    golden = Golden("x.md", (START, stop), (fact("syntax", "systemctl", ["systemctl"], "systemctl COMMAND"),))
    cards = [
        C(Kind.COMMAND, "systemctl start", "systemctl start", "서비스를 시작"),
        C(Kind.SYNTAX, "systemctl", "systemctl", "systemctl COMMAND UNIT"),  # optional: neither right nor wrong
        C(Kind.CONCEPT, None, "Use cases", "서버 관리"),  # a label as a front: matches nothing
    ]
    result = score(cards, golden)
    assert (result.facts, result.matched, result.cards, result.wrong) == (2, 1, 3, 1)
    assert result.recall == 0.5 and result.wrong_rate == pytest.approx(1 / 3)
    assert result.misses == (stop,)
    assert [(w.card.front, w.reason) for w in result.wrong_cards] == [("Use cases", "matches no fact")]


def test_each_card_has_the_status_score_counts_it_with() -> None:
    stop = fact("command", "systemctl stop", ["systemctl stop"], "서비스를 중지", line=13)
    golden = Golden("x.md", (START, stop), (fact("syntax", "systemctl", ["systemctl"], "systemctl COMMAND"),))
    cards = {
        "matched": C(Kind.COMMAND, "systemctl start", "systemctl start", "서비스를 시작"),
        "optional": C(Kind.SYNTAX, "systemctl", "systemctl", "systemctl COMMAND UNIT"),
        "wrong": C(Kind.CONCEPT, None, "Use cases", "서버 관리"),
    }
    assert {status: card_status(card, golden) for status, card in cards.items()} == {s: s for s in cards}
    joined = C(Kind.COMMAND, "systemctl start", "systemctl start", "서비스를 시작\nsystemctl stop: 서비스를 중지")
    assert card_status(joined, golden) == "wrong"  # it states a fact, and joins a second one to it
    assert score([joined], golden).wrong == 1


def test_a_card_joining_two_facts_is_wrong_even_when_it_matches_one() -> None:
    a = fact("concept", None, ["PID"], "프로세스 번호", line=3)
    b = fact("concept", None, ["PPID"], "부모 프로세스 번호", line=4)
    c = fact("concept", None, ["UID"], "사용자 번호", line=5)
    joined = C(Kind.CONCEPT, None, "PID", "프로세스 번호\nUID: 사용자 번호")
    result = score([joined], Golden("x.md", (a, b, c)))
    assert result.matched == 1 and result.wrong == 1
    assert result.wrong_cards[0].reason == "joins the facts of lines 3, 5"


def test_a_back_inside_another_is_not_a_second_fact() -> None:
    # "부모 프로세스 번호" holds "프로세스 번호": the PPID card states one fact
    a = fact("concept", None, ["PID"], "프로세스 번호", line=3)
    b = fact("concept", None, ["PPID"], "부모 프로세스 번호", line=4)
    result = score([C(Kind.CONCEPT, None, "PPID", "부모 프로세스 번호")], Golden("x.md", (a, b)))
    assert (result.matched, result.wrong) == (1, 0)


def test_one_subject_described_twice_is_not_a_join() -> None:
    # two usages that differ only in placeholders may share a note
    a = fact("command", "git branch", ["git branch"], "Lists all branches", line=3)
    b = fact("command", "git branch", ["git branch <name>"], "Creates a new branch", line=4)
    card = C(Kind.COMMAND, "git branch", "git branch", "Lists all branches.\nCreates a new branch.")
    result = score([card], Golden("x.md", (a, b)))
    assert (result.matched, result.wrong) == (2, 0)


def test_total_pools_facts_and_cards() -> None:
    golden = Golden("x.md", (START,))
    right = score([C(Kind.COMMAND, "systemctl start", "systemctl start", "서비스를 시작")], golden)
    empty = score([C(Kind.CONCEPT, None, "x", "y")], Golden("y.md", (START, START)))
    pooled = total([right, empty])
    assert (pooled.facts, pooled.matched, pooled.cards, pooled.wrong) == (3, 1, 2, 1)


def test_load_golden_reads_the_readme_format() -> None:
    golden = load_golden(
        '{"source": "01.md", "notes": "", "facts": [{"line": 12, "kind": "command", "command": "systemctl",'
        ' "front": ["systemctl start"], "back": "서비스를 시작"}], "optional": []}'
    )
    assert golden.source == "01.md"
    assert golden.facts[0].kinds == frozenset({Kind.COMMAND}) and golden.facts[0].fronts == ("systemctl start",)
    assert golden.optional == ()


def test_golden_problems_name_a_back_off_its_line() -> None:
    document = "# systemctl\n\nService를 시작한다.\n\nService를 정지\n한다.\n"
    golden = Golden("x.md", (
        fact("command", "systemctl start", ["systemctl start"], "Service를 시작", line=3),
        fact("command", "systemctl stop", ["systemctl stop"], "Service를 정지한다", line=5),  # wraps: fine
        fact("command", "systemctl start", ["systemctl start"], "Service를 시작", line=2),  # blank line above
        fact("command", "systemctl stop", ["systemctl stop"], "서비스 중지", line=5),
        fact("command", "systemctl stop", ["systemctl stop"], "서비스 중지", line=50),
    ))
    problems = golden_problems(golden, document)
    assert [p.split(":")[0] for p in problems] == [
        "back not at line 2 (elsewhere in the document)", "back not at line 5 (not in the document)",
        "line 50 is outside the document (7 lines)",
    ]


def test_one_back_shared_by_two_facts_does_not_join() -> None:
    a = fact("command", "git switch", ["git switch"], "브랜치 이동", line=3)
    b = fact("command", "git checkout", ["git checkout"], "브랜치 이동", line=4)
    result = score([C(Kind.COMMAND, "git switch", "git switch", "브랜치 이동")], Golden("x.md", (a, b)))
    assert (result.matched, result.wrong) == (1, 0)


def test_two_backs_inside_a_third_facts_back_do_not_join() -> None:
    # "## `free` 메모리/스왑 사용량" with tab labels "메모리" and "스왑" as optional facts of their own
    whole = fact("command", "free", ["free"], "메모리/스왑 사용량", line=3)
    mem = fact("command", "free", ["free -m"], "메모리", line=8)
    swap = fact("command", "free", ["free -s"], "스왑", line=12)
    result = score([C(Kind.COMMAND, "free", "free", "메모리/스왑 사용량")], Golden("x.md", (whole,), (mem, swap)))
    assert (result.matched, result.wrong) == (1, 0)
    # a card that states the two short facts without the third still joins them
    joined = score([C(Kind.COMMAND, "free", "free", "메모리 / 스왑")], Golden("x.md", (whole,), (mem, swap)))
    assert joined.wrong == 1


def test_a_back_that_is_a_small_number_does_not_join() -> None:
    # "jq '. | length' => 2": the back "2" sits inside any card with a 2 in it
    count = fact("command", "jq", ["jq '. | length'"], "2", line=3)
    join = fact("command", "jq", ["jq '.a + .b'"], "string join", line=5)
    result = score([C(Kind.COMMAND, "jq", "jq '.a + .b'", "string join of field1 and field2")], Golden("x.md", (count, join)))
    assert (result.matched, result.wrong) == (1, 0)
    # two real backs still join
    other = fact("command", "jq", ["jq 'keys'"], "list the keys", line=7)
    joined = score([C(Kind.COMMAND, "jq", "jq '.a + .b'", "string join / list the keys")], Golden("x.md", (count, join, other)))
    assert joined.wrong == 1


def test_a_one_word_back_inside_a_longer_word_does_not_join() -> None:
    # an alias `git a` → "add" sits inside "address" of another subject's sentence, which says something else
    alias = fact("command", "git a", ["git a"], "add", line=3)
    status = fact("command", "git s", ["git s"], "show the status", line=9)
    card = C(Kind.COMMAND, "git s", "git s", "show the status of the address book")
    assert card_status(card, Golden("x.md", (status,), (alias,))) == "matched"
    # as a word of its own it still joins, and a back of several words still counts across its spaces
    word = C(Kind.COMMAND, "git s", "git s", "show the status, then add")
    assert card_status(word, Golden("x.md", (status,), (alias,))) == "wrong"
    staged = fact("command", "git u", ["git u"], "staged changes", line=5)
    both = C(Kind.COMMAND, "git s", "git s", "show the status of staged changes")
    assert card_status(both, Golden("x.md", (status,), (staged,))) == "wrong"


def test_a_fact_that_may_be_a_step_or_a_command_is_the_same_subject_as_the_command() -> None:
    # "* Tunnel the web port" over "# (1) connect and map ports" / "ssh -L 8080:localhost:80 web": one line, two readings
    purpose = fact("command", "ssh", ["ssh -L 8080:localhost:80 web"], "Tunnel the web port", line=3)
    step = Fact.from_json({
        "line": 6, "kind": ["step", "command"], "command": "ssh", "front": ["Tunnel the web port", "ssh -L 8080:localhost:80 web"],
        "back": "map ports to localhost", "position": 1,
    })
    card = C(Kind.COMMAND, "ssh", "ssh -L 8080:localhost:80 web", "Tunnel the web port ((1) connect and map ports to localhost)")
    assert score([card], Golden("x.md", (purpose, step))).wrong == 0


def test_words_shared_by_two_subjects_are_stated_of_the_cards_own() -> None:
    # "-x tcp" and "-x udp" both "wait for a client": a card of -x tcp stating it says nothing of -x udp
    tcp = fact("option", None, ["-x tcp"], "open a tcp server", line=3)
    tcp_wait = fact("option", None, ["-x tcp"], "wait for a client", line=3)
    udp = fact("option", None, ["-x udp"], "open a udp server", line=6)
    udp_wait = fact("option", None, ["-x udp"], "wait for a client", line=6)
    golden = Golden("x.md", (tcp, udp), (tcp_wait, udp_wait))
    card = C(Kind.OPTION, None, "-x tcp", "open a tcp server and wait for a client")
    assert (score([card], golden).matched, score([card], golden).wrong) == (1, 0)
    # stating the other subject's own words still joins
    joined = C(Kind.OPTION, None, "-x tcp", "open a tcp server; open a udp server")
    assert score([joined], golden).wrong == 1


def test_a_short_back_inside_the_cards_own_fact_is_not_a_second_fact() -> None:
    # "savevm → Create" and a card "-x tcp → Create a tcp server": the word is part of -x tcp's own fact
    tcp = fact("option", None, ["-x tcp"], "Create a tcp server", line=3)
    save = fact("command", None, ["savevm"], "Create", line=9)
    load = fact("command", None, ["loadvm"], "Load", line=9)
    golden = Golden("x.md", (tcp, save, load))
    assert score([C(Kind.OPTION, None, "-x tcp", "Create a tcp server")], golden).wrong == 0
    assert score([C(Kind.OPTION, None, "-x tcp", "Create a tcp server, Load it")], golden).wrong == 1


def test_two_facts_that_may_be_commands_or_terms_are_one_subject_only_when_both_readings_agree() -> None:
    # "ssh -D포트 서버" and "ssh -W호스트:포트 서버" are both "ssh" as command lines (the Korean words are
    # placeholders) but two different things as terms: a card holding both backs joins two facts, in every run
    a = fact(["command", "flag", "concept"], "ssh", ["ssh -D포트 서버"], "동적 포워딩", line=3)
    b = fact(["command", "flag", "concept"], "ssh", ["ssh -W호스트:포트 서버"], "표준 입출력 중계", line=7)
    joined = C(Kind.COMMAND, "ssh", "ssh", "동적 포워딩\n표준 입출력 중계")
    assert score([joined], Golden("x.md", (), (a, b))).wrong == 1
