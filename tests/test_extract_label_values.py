"""A label item and the path it names under it (issue 6, x-f11), our own examples."""

from __future__ import annotations

from conftest import draft as _draft


def test_a_label_item_then_a_path_on_its_next_line_or_in_a_quote_under_it() -> None:
    text = (
        "# Nginx on a Mac\n\n## Files\n\n* Configuration file\n/opt/homebrew/etc/nginx/nginx.conf\n\n"
        "* Serves pages from\n> /opt/homebrew/var/www\n"
    )
    assert [(n.kind.value, n.front, n.back, n.line) for n in _draft(text).notes] == [
        ("concept", "Configuration file", "/opt/homebrew/etc/nginx/nginx.conf", 6),
        ("concept", "Serves pages from", "/opt/homebrew/var/www", 9),
    ]


def test_a_sentence_or_more_than_a_path_under_the_label_is_not_read_so() -> None:
    for text in (
        "# Notes\n\n* Edit the file and restart it.\n/etc/hosts\n",
        "# Notes\n\n* Logs\n> see /var/log/nginx for them\n",
    ):
        assert all(n.reason != "label item, the path it names under it" for n in _draft(text).notes)
