"""Rebuild scripts/data/target_filter_unseen.json: the targets the rules proposed on each dev passage *before* the
document was in the corpus (the rules of the parent of the commit that added its fixture), read from git history.

    .venv/bin/python scripts/target_filter_unseen.py      # about two minutes; needs git and the repository's history

Today's rules were written looking at every dev document, so their errors on dev are few and unlike their errors on
text never seen (validation). The earlier rules on a document they had not seen make the errors of unseen text:
those are the negatives the learned filter (scripts/train_target_filter.py) is trained and cross-validated on.
Only the dev split is read; a passage whose text today's normalisation reads differently is left out.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

from kechuang.extract.corpus import load_passages, split_of
from kechuang.text.normalise import normalise

REPO = Path(__file__).resolve().parent.parent
ROOT = REPO / "tests" / "fixtures" / "real"
OUT = Path(__file__).resolve().parent / "data" / "target_filter_unseen.json"
# The rules the experiment measured (the branch point of docs/target-filter.md): ``age`` counts the commits between
# the earlier rules and these, so that the file is rebuilt the same on any later commit.
REFERENCE = "32f5c7b848b1"
FIELDS = ("kind", "value", "unit", "year", "recurring", "indicator", "start", "end", "comparator", "value_max",
          "base_year")

# Run with the earlier source tree first on the path: extracts the named fixtures' passages and prints their targets.
_RUNNER = """
import inspect, json, sys
from kechuang.extract.pipeline import extract_text
root, names = sys.argv[1], sys.argv[2].split(",")
fields = sys.argv[3].split(",")
takes_title = "title" in inspect.signature(extract_text).parameters
out = {}
for name in names:
    data = json.load(open(f"{root}/passages/{name}.json", encoding="utf-8"))
    for i, p in enumerate(data.get("passages") or [], 1):
        kw = {"plan_year": data.get("plan_year")}
        if takes_title:
            kw["title"] = data.get("title") or None
        plan = extract_text(p["text"], **kw)
        out[f"{name}#{i}"] = {"text": plan.text,
                              "targets": [[getattr(t, f, None) for f in fields] for t in plan.targets]}
json.dump(out, sys.stdout, ensure_ascii=False)
"""


def digest(text: str) -> str:
    """The first 12 hex digits of the SHA-1 of a passage's normalised text: offsets hold only for that text."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


def _git(*args: str) -> str:
    return subprocess.run(["git", "-C", str(REPO), *args], capture_output=True, text=True, check=True).stdout


def added_by() -> dict[str, str]:
    """Each passages fixture's stem → the commit that first added it."""
    out: dict[str, str] = {}
    commit = ""
    for line in _git("log", "--diff-filter=A", "--format=C %H", "--name-only", "--",
                     "tests/fixtures/real/passages").splitlines():
        if line.startswith("C "):
            commit = line[2:]
        elif line.endswith(".json"):
            out[Path(line).stem] = commit  # newest first: the oldest addition is written last
    return out


def build() -> dict[str, dict]:
    dev = {p.name: p for p in load_passages(ROOT) if split_of(p.source) == "dev"}
    stems = sorted({name.split("#")[0] for name in dev})
    groups: dict[str, list[str]] = defaultdict(list)
    added = added_by()
    for stem in stems:
        if stem in added:
            groups[added[stem]].append(stem)
    head = int(_git("rev-list", "--count", REFERENCE))
    out: dict[str, dict] = {}
    for commit, names in sorted(groups.items()):
        parent = _git("rev-parse", commit + "^").strip()
        age = head - int(_git("rev-list", "--count", parent))
        with tempfile.TemporaryDirectory() as tmp:
            tree = subprocess.run(["git", "-C", str(REPO), "archive", parent, "src/kechuang"], capture_output=True,
                                  check=True).stdout
            subprocess.run(["tar", "-x", "-C", tmp], input=tree, check=True)
            run = subprocess.run([sys.executable, "-c", _RUNNER, str(ROOT), ",".join(names), ",".join(FIELDS)],
                                 capture_output=True, text=True, env={"PYTHONPATH": f"{tmp}/src", "PATH": ""})
        if run.returncode:
            print(f"{parent[:12]}: {run.stderr.strip().splitlines()[-1:]}", file=sys.stderr)
            continue
        for name, item in json.loads(run.stdout).items():
            if normalise(dev[name].text) == item["text"]:
                out[name] = {"rules": parent[:12], "age": age, "text": digest(item["text"]),
                             "targets": item["targets"]}
    return dict(sorted(out.items(), key=lambda kv: (kv[0].split("#")[0], int(kv[0].split("#")[1]))))


def write(data: dict[str, dict], path: Path = OUT) -> None:
    lines = [json.dumps(k, ensure_ascii=False) + ":" + json.dumps(v, ensure_ascii=False, separators=(",", ":"))
             for k, v in data.items()]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("{\n" + ",\n".join(lines) + "\n}\n", "utf-8")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Rebuild scripts/data/target_filter_unseen.json from git history "
                                     "(about two minutes; overwrites the file).")
    parser.add_argument("-o", "--output", type=Path, default=OUT, help="where to write (default: %(default)s)")
    args = parser.parse_args(argv)
    write(build(), args.output)


if __name__ == "__main__":
    main()
