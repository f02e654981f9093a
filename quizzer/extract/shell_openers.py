"""A line that opens a shell somewhere else, and the lines typed in it (pure).

    To count the databases:

        docker run -it --network app redis:7 bash
        redis-cli -h cache INFO | grep ^db

The first line only gets a shell inside a container (``docker run -it … bash``, ``docker exec -it … sh``,
``kubectl exec -it … -- sh``, ``ssh host``); what the sentence above says is done by the line typed there.  A
careful reader gives the description to that line and does not teach the opener as doing it (it is warned
about, with its line, unless another rule reads it).
"""

from __future__ import annotations

from quizzer.shell import Invocation, tokenize

__all__ = ["opens_shell"]

_SHELLS = frozenset({"bash", "sh", "zsh", "ash", "fish", "/bin/bash", "/bin/sh", "/bin/zsh", "/bin/ash"})
_IN_CONTAINER = frozenset({"docker run", "docker exec", "docker container run", "docker container exec",
                           "podman run", "podman exec", "kubectl exec", "docker compose exec", "docker-compose exec"})


def opens_shell(invocation: Invocation) -> bool:
    """``docker run -it … bash``, ``kubectl exec -it pod -- sh``, ``ssh user@host``: the line gives a shell."""
    tokens = tokenize(invocation.line)
    if not tokens or invocation.piped:
        return False
    if invocation.command in _IN_CONTAINER:
        interactive = any(flag in ("-it", "-ti", "-i", "--interactive") for flag in invocation.flags)
        return interactive and tokens[-1] in _SHELLS
    if invocation.command == "ssh":
        # "ssh user@host", "ssh -p 2222 host": the host is the last word (a remote command after it runs there)
        words = [t for t in tokens[1:] if not t.startswith("-")]
        return len(words) == 1 or len(words) == 2 and any(f in ("-p", "-i", "-l") for f in invocation.flags)
    return False
