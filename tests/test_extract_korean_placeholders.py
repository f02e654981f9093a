"""A usage line over a block whose placeholder is named in Korean ("chmod 600 [키파일명]") is still a usage,
not what the block does (quizzer.extract.code, x-f13ko), with examples of our own."""

from __future__ import annotations

from tests.conftest import facts


def test_a_usage_with_a_korean_placeholder_is_no_description() -> None:
    for usage in ("chmod 600 [키파일명]", "tar -xzf <압축파일>", "scp {원본} host:"):
        text = f"# 키 관리\n\n> {usage}\n\n`chmod 600 mykey.pem`\n"
        assert usage not in [back for *_, back in facts(text)]


def test_a_korean_sentence_naming_a_placeholder_still_describes() -> None:
    text = "# 키 관리\n\n키 파일 [이름]의 권한을 나만 읽게 바꾼다\n\n```sh\nchmod 600 mykey.pem\n```\n"
    assert [back for *_, back in facts(text)] == ["키 파일 [이름]의 권한을 나만 읽게 바꾼다"]
