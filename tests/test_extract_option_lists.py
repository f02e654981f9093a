"""Option lists read the way a careful reader reads them (own examples): whose options they are when a
section ran more than one program, values nested under an option, a setting listed among options, a
``# remark`` after an option's meaning, a dash inside a link's title, an input redirect typed whole."""

from __future__ import annotations

from tests.conftest import draft, facts

_TWO_PROGRAMS = (
    "# 백업 메모\n\n"
    "## {heading}\n\n"
    "1. 덤프 만들기\n"
    "```sh\n"
    "mysqldump -u root -p shop > shop.sql\n"
    "```\n\n"
    "2. 덤프 되살리기\n"
    "```sh\n"
    "mysql -u root -p shop < shop.sql  # 표준 입력으로 되살리기\n"
    "```\n\n"
    "### 옵션\n"
    "- -u : 사용자\n"
    "- -p : 암호 묻기\n"
)


def test_options_after_two_programs_belong_to_the_one_the_heading_names() -> None:
    notes = draft(_TWO_PROGRAMS.format(heading="mysqldump로 백업")).notes
    assert [(n.line, n.command, n.front, n.back) for n in notes if n.kind.value == "option"] == [
        (16, "mysqldump", "-u", "사용자"),
        (17, "mysqldump", "-p", "암호 묻기"),
    ]


def test_options_after_two_programs_no_heading_names_are_warned_not_guessed() -> None:
    text = _TWO_PROGRAMS.format(heading="백업과 복원")
    result = draft(text)
    assert [n for n in result.notes if n.kind.value == "option"] == []
    assert {w.line for w in result.warnings} >= {16, 17}
    assert all("no command" in w.message for w in result.warnings if w.line in (16, 17))


def test_an_input_redirect_typed_whole_is_a_right_answer() -> None:
    notes = draft(_TWO_PROGRAMS.format(heading="mysqldump로 백업")).notes
    restore = next(n for n in notes if n.command == "mysql")
    assert restore.line == 12 and restore.back.endswith("(표준 입력으로 되살리기)")
    assert "mysql -u root -p shop < shop.sql" in restore.answers


def test_one_program_in_the_section_still_owns_the_options_below_it() -> None:
    text = "# 메모\n\n## 압축\n\n가장 세게 압축\n```sh\ngzip -9 big.log\n```\n\n### 옵션\n- -d : 풀기\n"
    assert facts(text)[-1] == (11, "option", "gzip", "-d", "풀기")


def test_values_nested_under_an_option_are_that_options_values() -> None:
    text = (
        "# rsync 메모\n\n"
        "옵션\n"
        "- `-a` : 보관 모드\n"
        "- `--info` : 알려줄 정보 고르기\n"
        "  - progress2 : 전체 진행률\n"
        "  - stats : 끝난 뒤 통계\n"
        "- `-z` : 전송 중 압축\n"
    )
    assert [f for f in facts(text) if f[1] == "option"] == [
        (4, "option", "rsync", "-a", "보관 모드"),
        (5, "option", "rsync", "--info", "알려줄 정보 고르기"),
        (6, "option", "rsync", "--info progress2", "전체 진행률"),
        (7, "option", "rsync", "--info stats", "끝난 뒤 통계"),
        (8, "option", "rsync", "-z", "전송 중 압축"),
    ]


def test_a_setting_listed_among_options_is_warned() -> None:
    text = "# ps 메모\n\n옵션\n- `-e` : 모든 프로세스\n- `COLUMNS=200` : 출력 폭을 200으로\n"
    result = draft(text)
    assert [(n.line, n.command, n.front) for n in result.notes] == [(4, "ps", "-e")]
    assert [w.line for w in result.warnings] == [5]


def test_a_remark_after_a_hash_is_not_part_of_the_meaning() -> None:
    text = "# zip 메모\n\n## 옵션\n- -r : 하위 폴더까지   # zip -r out.zip dir\n- -q : 조용히\n"
    result = draft(text)
    assert [(n.line, n.front, n.back) for n in result.notes] == [(4, "-r", "하위 폴더까지"), (5, "-q", "조용히")]
    assert [w.line for w in result.warnings] == [4]
    assert "zip -r out.zip dir" in result.warnings[0].message


def test_a_hash_in_a_meaning_without_spaces_before_it_stays() -> None:
    text = "# zip 메모\n\n## 옵션\n- -n : 압축하지 않을 확장자 # 구분\n"
    assert [(n.front, n.back) for n in draft(text).notes] == [("-n", "압축하지 않을 확장자 # 구분")]


def test_a_dash_inside_a_link_title_is_not_a_term_and_its_meaning() -> None:
    text = "# 메모\n\nfrom [Wiki - Rsync](https://example.org/rsync)\n\n- `-a` : 보관 모드\n"
    result = draft(text)
    assert [n.front for n in result.notes if n.kind.value == "concept"] == []
    assert 3 in [w.line for w in result.warnings]
