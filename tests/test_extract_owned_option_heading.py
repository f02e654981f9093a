"""A heading naming an option of a sub-command ("### commit의 --amend 옵션") and the bullet that says what it does."""

from __future__ import annotations

from tests.conftest import facts

TEXT = (
    "# git 정리\n\n"
    "## 그 외\n\n"
    "### commit의 --amend 옵션\n"
    "- `--amend` 옵션을 이용하면 마지막 커밋을 고쳐 쓸 수 있다.\n"
    "- 이미 push 했다면 조심해야 한다.\n"
)


def test_the_first_bullet_is_what_the_option_of_that_sub_command_does() -> None:
    found = facts(TEXT)
    assert (6, "option", "git commit", "--amend", "--amend 옵션을 이용하면 마지막 커밋을 고쳐 쓸 수 있다.") in found
    assert not any("조심" in f[4] for f in found)


def test_a_bullet_that_does_not_say_using_the_option_is_not_read_so() -> None:
    text = TEXT.replace("- `--amend` 옵션을 이용하면 마지막 커밋을 고쳐 쓸 수 있다.\n", "- 자주 쓰인다.\n")
    assert not any(f[3] == "--amend" for f in facts(text))


def test_a_word_that_is_no_sub_command_names_no_owner() -> None:
    text = TEXT.replace("### commit의 --amend 옵션", "### 실수의 --amend 옵션")
    assert not any(f[2] == "git 실수" for f in facts(text))


# (x-f31ko1) a heading that is the option alone, its gloss, then the block running it: the block's line says whose
BLOCK_BELOW = """# 되돌리기

### --keep

작업 트리의 변경은 그대로 두고 커밋만 되돌립니다.

```command
$ git reset --keep HEAD~2
```

### --ff

**기본 옵션**으로 할 수 있으면 빨리 감기로 합칩니다.

```command
$ git merge feature
```

### --quiet

결과를 적게 보여줍니다.

```command
$ git status
```
"""


def test_an_option_heading_over_its_gloss_is_of_the_command_the_block_below_passes_it_to() -> None:
    options = [f for f in facts(BLOCK_BELOW) if f[1] == "option"]
    assert (5, "option", "git reset", "--keep", "작업 트리의 변경은 그대로 두고 커밋만 되돌립니다.") in options
    # the gloss calls it the default, the line below passes no option: the line shows the default, its command's
    assert (13, "option", "git merge", "--ff", "기본 옵션으로 할 수 있으면 빨리 감기로 합칩니다.") in options
    # neither passed nor called the default: which git command's it is, nothing says
    assert not any(f[3] == "--quiet" for f in options)


# (lead, x-f31ko1's question) "기본 설정" or "by default" names the behaviour the option changes, not the option:
# the block below runs the command without it, which need not be the option's command (--no-pager is git's own)
BEHAVIOUR_BY_DEFAULT = """# 로그 보기

### --no-pager

기본 설정으로는 pager로 보여 주는데, 이 옵션은 바로 출력한다.

```command
$ git log
```

### --stat

By default git log shows only the messages; this option adds the files changed.

```command
$ git log
```

### --soft

The default option is --mixed; this one keeps the index.

```command
$ git reset HEAD~1
```

### --mixed

This is the default: it keeps the working tree and resets the index.

```command
$ git reset HEAD~1
```
"""


def test_a_gloss_naming_the_default_behaviour_does_not_make_the_line_the_options_command() -> None:
    options = [f for f in facts(BEHAVIOUR_BY_DEFAULT) if f[1] == "option"]
    assert not any(f[3] == "--no-pager" and f[2] == "git log" for f in options)
    assert not any(f[3] == "--stat" and f[2] == "git log" for f in options)
    assert not any(f[3] == "--soft" for f in options)  # the gloss calls another option the default
    assert (29, "option", "git reset", "--mixed", "This is the default: it keeps the working tree and resets the index.") in options
