"""What a run printed, shown in a block, is not read as commands or as what they do (issue 6).
Examples are our own."""

from __future__ import annotations

from conftest import draft, facts, warned


def test_a_block_showing_a_file_with_cat_is_its_contents() -> None:
    text = (
        "# Cron notes\n\n## A nightly job\n\nThe job runs the backup at two and mails the log.\n\n"
        "```\n# cat /etc/cron.d/backup\nMAILTO=ops\n0 2 * * * root tar czf /srv/b.tgz /home\n```\n"
    )
    assert [n.front for n in draft(text).notes if n.kind.value == "command"] == []
    assert 7 in warned(text)


def test_a_cat_among_other_prompts_is_still_a_session_of_commands() -> None:
    text = "# Notes\n\n## Hosts\n\nShow the hosts file\n\n```\n$ cat /etc/hosts\n$ grep web /etc/hosts\n```\n"
    assert 7 not in warned(text)


def test_an_error_message_under_a_root_prompt_line_is_no_command() -> None:
    text = (
        "# Mount notes\n\n## Remount\n\nCannot remount the disk:\n\n"
        "```\n# mount -o remount,rw /data\nmount_helper error: device is busy\n```\n"
    )
    assert [n for n in draft(text).notes if "mount_helper" in n.front] == []
    assert 9 in warned(text)


def test_bullets_that_read_the_printed_log_are_not_what_the_command_does() -> None:
    text = (
        "# Web notes\n\n## A failed login\n\n```\n$ grep 4411 /var/log/auth.log\n"
        "Jan 03 10:01:02 sshd[4411]: Failed password for bob\n"
        "Jan 03 10:01:09 sshd[4411]: Connection closed by 10.0.0.7\n```\n\n"
        "- At 10:01:02 process sshd[4411] refused bob's password.\n"
        "- Seven seconds later the client at 10.0.0.7 hung up.\n"
    )
    assert [n for n in draft(text).notes if n.front.startswith("grep")] == []
    assert 11 in warned(text)


def test_bullets_that_say_what_a_command_does_after_its_output_still_describe_it() -> None:
    text = (
        "# Disk notes\n\n## Space\n\n```\n$ df -h /srv\nFilesystem  Size  Used Avail Use% Mounted on\n"
        "/dev/sdb1   100G   40G   60G  40% /srv\n```\n\n- shows how full the disk holding the folder is\n"
    )
    assert facts(text) == [(6, "command", "df", "df -h /srv", "shows how full the disk holding the folder is")]


def test_a_statement_over_a_block_is_not_what_its_command_does() -> None:
    text = (
        "# Disk notes\n\n## Full disk\n\n"
        "This is due to the old dumps in the cache folder:\n\n```\n$ du -sh /var/cache/dumps\n41G /var/cache/dumps\n```\n\n"
        "Another is to move the cache to a bigger disk:\n\n```\n$ mv /var/cache/dumps /srv/dumps\n```\n"
    )
    assert [n for n in draft(text).notes if n.kind.value == "command"] == []
    assert {7, 14} <= set(warned(text))


def test_a_statement_that_goes_on_to_say_what_the_command_is_still_describes_it() -> None:
    text = (
        "# Python notes\n\n## Tokens\n\nThis is handy - it prints the tokens of a file:\n\n"
        "```\npython -m tokenize app.py\n```\n"
    )
    assert [(n.line, n.front) for n in draft(text).notes] == [(8, "python -m tokenize app.py")]


_LONG = (
    "# Server notes\n\n## Start the database server\n\n```bash\ndocker run --detach \\\n"
    "  --name main-db \\\n  --restart unless-stopped \\\n  --network backend \\\n"
    "  --publish 5432:5432 \\\n  --volume pgdata:/var/lib/postgresql/data \\\n  --env POSTGRES_USER=app \\\n"
    "  --env POSTGRES_PASSWORD=Secret1 \\\n  --memory 2g \\\n  postgres:15\n```\n"
)


def test_a_long_recipe_line_said_only_by_a_heading_is_warned() -> None:
    assert [n for n in draft(_LONG).notes if n.kind.value == "command"] == []
    assert 6 in warned(_LONG)


def test_a_short_line_under_a_task_heading_is_still_read() -> None:
    text = "# Server notes\n\n## List the running containers\n\n```bash\ndocker ps --format table\n```\n"
    assert [(n.line, n.front, n.back) for n in draft(text).notes] == [
        (6, "docker ps --format table", "List the running containers"),
    ]
