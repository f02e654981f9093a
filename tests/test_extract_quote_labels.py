"""A quote between two code blocks: the label of the block below or what the block above does
(quizzer/extract/quote_labels.py), in examples of our own (x-f10)."""

from __future__ import annotations

from conftest import facts as _facts


def test_quotes_set_apart_from_the_block_above_head_the_block_below() -> None:
    text = (
        "> 디스크 사용량 확인\n\n```bash\n$ df -h\n```\n\n<br>\n\n"
        "> 큰 파일 찾기\n\n```bash\n$ du -ah /var | sort -rh\n```\n\n<br>\n\n"
        "> 마운트 목록\n\n```bash\n$ mount -l\n```\n"
    )
    assert [(line, front, back) for line, _kind, _cmd, front, back in _facts(text)] == [
        (4, "df -h", "디스크 사용량 확인"),
        (12, "du -ah /var | sort -rh", "큰 파일 찾기"),
        (20, "mount -l", "마운트 목록"),
    ]


def test_a_quote_nearer_the_block_below_heads_it() -> None:
    text = "> 포트 목록\n```\nss -tlnp\n```\n\n\n> 열린 파일 보기\n```\nlsof -i\n```\n"
    assert [(front, back) for _line, _kind, _cmd, front, back in _facts(text)] == [
        ("ss -tlnp", "포트 목록"), ("lsof -i", "열린 파일 보기"),
    ]


def test_a_quote_right_under_a_block_says_what_it_does() -> None:
    # the other habit: each block first, then a quote under it saying what it ran
    text = (
        "## 로그 보기\n\n```\njournalctl -u nginx\n```\n\n> nginx 서비스의 로그를 보는 명령\n\n"
        "```\njournalctl -f\n```\n\n> 새로 쌓이는 로그를 계속 보는 명령\n"
    )
    assert [(front, back) for _line, _kind, _cmd, front, back in _facts(text)] == [
        ("journalctl -u nginx", "nginx 서비스의 로그를 보는 명령"),
        ("journalctl -f", "새로 쌓이는 로그를 계속 보는 명령"),
    ]


def test_a_label_over_fences_that_follow_one_another_is_said_of_each() -> None:
    # fence_labels.py (x-f10)
    text = (
        "> 캐시 비우기\n\n```bash\nnpm cache clean --force\n```\n```bash\nyarn cache clean\n```\n\n"
        "> 서비스 시작/중지\n\n```bash\nsystemctl start redis\n```\n```bash\nsystemctl stop redis\n```\n"
    )
    assert [(front, back) for _line, _kind, _cmd, front, back in _facts(text)] == [
        ("npm cache clean --force", "캐시 비우기"), ("yarn cache clean", "캐시 비우기"),
        ("systemctl start redis", "서비스 시작"), ("systemctl stop redis", "서비스 중지"),
    ]


def test_a_fence_of_another_language_after_the_first_is_not_labelled() -> None:
    text = "Opens a console with await:\n\n```bash\npython -m asyncio\n```\n```pycon\n>>> import asyncio\n```\n"
    assert [front for _line, _kind, _cmd, front, _back in _facts(text)] == ["python -m asyncio"]


def test_a_one_word_label_is_kept_when_the_line_works_on_that_word() -> None:
    text = "> Archive\n\n```bash\n$ tar czf archive.tgz src/\n```\n\n<br>\n\n> Show\n\n```bash\n$ git show HEAD\n```\n"
    assert [(front, back) for _line, _kind, _cmd, front, back in _facts(text)] == [("tar czf archive.tgz src/", "Archive")]


def test_a_sentence_over_a_fence_is_not_passed_to_the_next() -> None:
    text = "> Used for the printed copy.\n\n```bash\nlatexmk -pdf cv.tex\n```\n```bash\ncp cv.pdf ../site/\n```\n"
    assert [front for _line, _kind, _cmd, front, _back in _facts(text)] == ["latexmk -pdf cv.tex"]


def test_a_results_label_under_a_block_is_no_description() -> None:
    text = "# fonts\n\n## List installed fonts\n\n```bash\nfc-list | grep Mono\n```\n\n> Results\n\n```\n/usr/share/fonts/DejaVuSansMono.ttf\n```\n"
    assert [(front, back) for _line, _kind, _cmd, front, back in _facts(text)] == [
        ("fc-list | grep Mono", "List installed fonts"),
    ]
