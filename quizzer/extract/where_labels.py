"""Text above a block that says where its lines run, not what they do (pure).

::

    서버에서

    ```
    systemctl restart app
    ```

    **[Gateway]**

    ```
    iptables -L
    ```

Notes that walk across machines label each block with the machine: a short Korean place ending in ``에서``
(``서버에서``, ``사내 PC 에서``) or a name in square brackets (``[Gateway]``, ``[DB 서버]``), often in bold.
Either tells which machine to type the lines on; neither says what a line does, so no card is made from it.
"""

from __future__ import annotations

import re

__all__ = ["where"]

# "서버에서", "사내PC 에서", "로컬 PC에서:": three words at most, the last ending in the place particle
_PLACE = re.compile(r"^(?:\S+\s+){0,2}\S*에서\s*[:：]?$")
_BRACKETED = re.compile(r"^\[[^\[\]\n]{1,40}\]\s*[:：]?$")


def where(prose: str) -> bool:
    """``prose`` names only where the lines below run: a Korean place (``…에서``) or a name in brackets."""
    text = prose.strip()
    return bool(_PLACE.match(text) or _BRACKETED.match(text))
