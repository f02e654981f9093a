"""Which markdown shapes hold the facts the extractor missed on notes nobody had seen.

    python benchmarks/miss_shapes.py [--dumps DIR | --today] [--list SHAPE] [--set SET ...]

For each blind set's first-measurement cards (``data/checkdumps/c-SET-COMMIT.json``, written by
``check_simulation.py dump`` with the quizzer of the day the set was measured blind), the golden
facts no card matched are classified by the markdown shape of their source line: the block that
holds the line (bullet, numbered item, paragraph, table row, fence line, heading, quote), where
the fact's subject sits (on the line in a code span, bold or plain, first or inside a sentence;
on the heading above; on the parent item; in the block below or above) and the separator between
subject and meaning.  Shapes are ranked by the number of SETS (authors) they occur in, then by
count; for each, how many of those facts today's extractor still misses.

``--today`` classifies the facts today's extractor misses instead (no dumps needed; the corpus
may be named too); the "today" column then equals "missed".

``--list SHAPE`` prints the facts of one shape (set, file, line, fact, source line) to read them.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from extract_quality import SETS

ROOT = Path(__file__).resolve().parents[1]
DUMPS = ROOT / "data" / "checkdumps"  # each blind set's first-measurement cards (data/checkdumps/README.md)
# the sets whose first cards were dumped: a blind set gets its dump only once it is opened (data/checkdumps/README.md)
BLIND = tuple(s for s in SETS if any(DUMPS.glob(f"c-{s}-*.json")))


@dataclass(frozen=True)
class Miss:
    set: str
    name: str
    line: int
    fact: object  # quizzer.extract.score.Fact
    source: str
    shape: str


def _blocks(text: str) -> list[tuple[int, int, str, int]]:
    """Every block token with a map: (first line, end line, type, depth), 1-based first line."""
    from markdown_it import MarkdownIt

    md = MarkdownIt("commonmark").enable("table")
    out = []
    depth = 0
    for token in md.parse(text):
        if token.nesting == 1:
            if token.map:
                out.append((token.map[0] + 1, token.map[1], token.type, depth))
            depth += 1
        elif token.nesting == -1:
            depth -= 1
        elif token.map and token.type in ("fence", "code_block", "html_block", "hr"):
            out.append((token.map[0] + 1, token.map[1], token.type, depth))
    return out


_CODE = re.compile(r"`+([^`]+)`+")
_BOLD = re.compile(r"\*\*([^*]+)\*\*|__([^_]+)__")
_SEPS = ((" — ", "—"), (" – ", "–"), (" - ", "-"), (" -- ", "--"), ("->", "->"), ("→", "->"), ("=>", "->"),
         (" : ", ":"), (":", ":"), (" = ", "="), ("=", "="), ("\t", "tab"), ("  ", "spaces"), ("(", "("),
         (",", ","), ("|", "|"))
_LIST_MARK = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+(?:\[[ xX]\]\s+)?")
_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")


def _norm(text: str) -> str:
    return re.sub(r"\s+", "", text).lower()


def _front_spots(front: str, line: str) -> tuple[str, int] | None:
    """Where one of the fact's fronts sits on a line: ('code'|'bold'|'plain', column)."""
    f = _norm(front)
    if not f:
        return None
    for kind, pattern in (("code", _CODE), ("bold", _BOLD)):
        for m in pattern.finditer(line):
            inner = _norm(next(g for g in m.groups() if g is not None))
            if inner and (inner == f or inner.startswith(f) or f.startswith(inner) and len(inner) >= 2):
                return kind, m.start()
    at = _norm(line).find(f)
    if at >= 0:
        return "plain", at
    return None


def _separator(rest: str) -> str:
    rest = rest.lstrip("*`_ ")
    for text, name in _SEPS:
        if rest.startswith(text.strip() or text) if text.strip() else rest.startswith(text):
            return name
    return "none" if not rest.strip() else "words"


def _after_front(kind: str, line: str, front: str) -> str:
    """The text right after the subject on the line."""
    f = _norm(front)
    if kind in ("code", "bold"):
        pattern = _CODE if kind == "code" else _BOLD
        for m in pattern.finditer(line):
            inner = _norm(next(g for g in m.groups() if g is not None))
            if inner and (inner == f or inner.startswith(f) or f.startswith(inner)):
                return line[m.end():]
    low = line.lower()
    at = low.find(front.lower().strip())
    if at >= 0:
        return line[at + len(front.strip()):]
    return ""


def _under_heading(lines: list[str], number: int, fact) -> str:  # noqa: ANN001
    """What a heading whose text is the fact's meaning sits over: where the subject is written."""
    text = lines[number - 1]
    if any(_front_spots(f, _HEADING.sub(r"\2", text)) for f in fact.fronts):
        return "naming its subject"
    body: list[str] = []
    for line in lines[number:]:
        if _HEADING.match(line):
            break
        body.append(line)
    fences: list[list[str]] = []
    inside = None
    first = None
    for line in body:
        stripped = line.strip()
        if stripped.startswith(("```", "~~~")):
            if inside is None:
                inside = []
                first = first or "fence"
            else:
                fences.append(inside)
                inside = None
            continue
        if inside is not None:
            if stripped and not stripped.startswith("#"):
                inside.append(stripped)
            continue
        if stripped and first is None:
            first = "bullets" if _LIST_MARK.match(line) else "indented" if line.startswith("    ") else "text"
    commands = sum(len(f) for f in fences)
    if not fences:
        return f"over {first or 'nothing'} (no fence)"
    lead = "" if first == "fence" else f"{first} then "
    many = "one line" if commands == 1 else "several lines" if len(fences) == 1 else "several fences"
    return f"over {lead}a fence of {many}"


def classify(lines: list[str], blocks: list[tuple[int, int, str, int]], fact) -> str:  # noqa: ANN001
    number = fact.line
    text = lines[number - 1] if 0 < number <= len(lines) else ""
    holding = [b for b in blocks if b[0] <= number <= b[1] or (b[0] == number)]
    inner = max(holding, key=lambda b: (b[3], b[0]), default=None)
    types = {b[2] for b in holding}
    if "fence" in types or "code_block" in types:
        block = "fence"
    elif "table_open" in types or "tr_open" in types:
        block = "table"
    elif "heading_open" in types and inner and inner[2] == "heading_open":
        block = "heading"
    elif "list_item_open" in types:
        items = [b for b in holding if b[2] in ("bullet_list_open", "ordered_list_open")]
        lists = max(items, key=lambda b: b[3]) if items else None
        nested = sum(1 for b in holding if b[2] in ("bullet_list_open", "ordered_list_open")) > 1
        block = ("numbered" if lists and lists[2] == "ordered_list_open" else "bullet") + (" (nested)" if nested else "")
        if not _LIST_MARK.match(text):
            block += " continuation"
    elif "blockquote_open" in types:
        block = "quote"
    elif "paragraph_open" in types:
        block = "paragraph"
    else:
        block = "other"
    body = _LIST_MARK.sub("", text).strip()
    if block == "fence":
        stripped = text.strip()
        if stripped.startswith(("#", "//", "--", ";", '"')) and not stripped.startswith("#!"):
            return "fence: comment line"
        if re.search(r"\s#\s|\s//\s", stripped):
            return "fence: command with trailing comment"
    kinds = "+".join(sorted(k.value for k in fact.kinds))
    spot = None
    for front in fact.fronts:
        spot = _front_spots(front, body)
        if spot:
            break
    if block == "fence":
        return f"fence: line, meaning elsewhere ({kinds})" if spot else f"fence: other line ({kinds})"
    if block == "table":
        return "table row" + (" (subject in code)" if spot and spot[0] == "code" else "")
    if block == "heading":
        return "heading " + _under_heading(lines, number, fact)
    if spot:
        where, column = spot
        first = column <= 2
        rest = _after_front(where, body, next(f for f in fact.fronts if _front_spots(f, body)))
        sep = _separator(rest)
        if first:
            return f"{block}: {where} subject first, sep {sep}"
        return f"{block}: {where} subject inside the text"
    # subject not on the line: where is it?
    above = [lines[i] for i in range(max(0, number - 8), number - 1)]
    for i in range(number - 2, -1, -1):
        m = _HEADING.match(lines[i])
        if m:
            if any(_front_spots(f, m.group(2)) for f in fact.fronts):
                return f"{block}: subject in the heading above"
            break
    for prev in reversed(above):
        if any(_front_spots(f, prev) for f in fact.fronts):
            if prev.strip().startswith(("```", "~~~")) or prev.startswith("    "):
                return f"{block}: subject in a block above"
            if _LIST_MARK.match(prev) and len(prev) - len(prev.lstrip()) < len(text) - len(text.lstrip()):
                return f"{block}: subject on the parent item"
            return f"{block}: subject on a line above"
    below = lines[number:number + 8]
    if any(any(_front_spots(f, nxt) for f in fact.fronts) for nxt in below):
        return f"{block}: subject in the lines below (a block it describes)"
    if "step" in kinds:
        return f"{block}: step"
    return f"{block}: subject not written near"


def misses(set_name: str, dumps: Path) -> list[Miss]:
    from quizzer.extract.score import load_golden, matches
    from quizzer.kinds import Kind

    paths = sorted(dumps.glob(f"c-{set_name}-*.json"))
    if not paths:
        return []
    data = json.loads(paths[0].read_text(encoding="utf-8"))
    folder, goldens = SETS[set_name]
    out = []
    for document in data["documents"]:
        golden = load_golden((goldens / f"{document['name']}.json").read_text(encoding="utf-8"))
        text = (folder / f"{document['name']}.md").read_text(encoding="utf-8")
        lines = text.splitlines()
        blocks = _blocks(text)
        cards = [type("C", (), {**c, "kind": Kind(c["kind"]), "answers": tuple(c["answers"] or ())})
                 for c in document["cards"]]
        for fact in golden.facts:
            if any(matches(card, fact) for card in cards):
                continue
            out.append(Miss(set_name, document["name"], fact.line, fact,
                            lines[fact.line - 1] if 0 < fact.line <= len(lines) else "",
                            classify(lines, blocks, fact)))
    return out


def misses_today(set_name: str) -> list[Miss]:
    """The golden facts today's extractor misses on a set, classified like ``misses``."""
    from quizzer.extract import extract
    from quizzer.extract.score import load_golden, matches

    folder, goldens = SETS[set_name]
    out = []
    for path in sorted(goldens.glob("*.json")):
        golden = load_golden(path.read_text(encoding="utf-8"))
        text = (folder / f"{path.stem}.md").read_text(encoding="utf-8")
        lines = text.splitlines()
        blocks = _blocks(text)
        cards = list(extract(text, deck="corpus", source=path.stem).notes)
        for fact in golden.facts:
            if any(matches(card, fact) for card in cards):
                continue
            out.append(Miss(set_name, path.stem, fact.line, fact,
                            lines[fact.line - 1] if 0 < fact.line <= len(lines) else "",
                            classify(lines, blocks, fact)))
    return out


def found_today(set_name: str, names: set[str]) -> dict[str, list[object]]:
    from quizzer.extract import extract

    folder, _ = SETS[set_name]
    return {n: list(extract((folder / f"{n}.md").read_text(encoding="utf-8"), deck="corpus", source=n).notes)
            for n in names}


def main() -> None:
    from quizzer.extract.score import matches

    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--dumps", type=Path, default=DUMPS)
    parser.add_argument("--set", dest="sets", action="append", choices=("corpus", *BLIND))
    parser.add_argument("--today", action="store_true", help="classify what today's extractor misses (no dumps)")
    parser.add_argument("--list", metavar="SHAPE", help="print the facts of shapes starting with SHAPE")
    args = parser.parse_args()
    sets = args.sets or list(BLIND)
    every: list[tuple[Miss, bool]] = []
    for set_name in sets:
        if args.today:
            every.extend((miss, True) for miss in misses_today(set_name))
            continue
        found = misses(set_name, args.dumps)
        today = found_today(set_name, {m.name for m in found})
        for miss in found:
            still = not any(matches(card, miss.fact) for card in today[miss.name])
            every.append((miss, still))
    if args.list:
        for miss, still in every:
            if miss.shape.startswith(args.list):
                mark = "MISSED" if still else "found "
                print(f"{mark} {miss.set}/{miss.name}:{miss.line} {miss.fact.describe()}\n        | {miss.source.strip()[:150]}")
        return
    by_shape: dict[str, list[tuple[Miss, bool]]] = defaultdict(list)
    for miss, still in every:
        by_shape[miss.shape].append((miss, still))
    rows = sorted(by_shape.items(), key=lambda kv: (-len({m.set for m, _ in kv[1]}), -len(kv[1])))
    print(f"{'shape':<58} {'sets':>4} {'missed':>6} {'today':>6}  sets (missed then/today)")
    for shape, items in rows:
        per = defaultdict(lambda: [0, 0])
        for m, still in items:
            per[m.set][0] += 1
            per[m.set][1] += still
        where = " ".join(f"{s.removeprefix('fresh') or '1'}:{a}/{b}" for s, (a, b) in sorted(per.items()))
        print(f"{shape:<58} {len(per):>4} {len(items):>6} {sum(s for _, s in items):>6}  {where}")
    print(f"\n{len(every)} facts missed at first measurement over {len(sets)} sets; "
          f"{sum(s for _, s in every)} still missed today", file=sys.stderr)


if __name__ == "__main__":
    main()
