"""The real-text corpus (``tests/fixtures/real``): how generality is measured on text we did not write.

Two kinds of fixture, both hand-annotated in the plan/1 format:

- ``openings/<name>.txt`` + ``openings/<name>.json``: the opening of a real policy page as stored, and its
  ``document`` gold (title, doc_number, issuer, date, region, basis);
- ``passages/<name>.json``: verbatim passages of one real plan (one paragraph or a few lines each, with
  the heading or lead-in lines that govern them), each with its ``targets`` and ``assignments`` gold.

Every fixture names its ``source`` (the page's address) and ``province``. The split is fixed by the source
address (``split_of``), so that all passages of one page fall on the same side and nobody chooses it:
rules are written looking at the dev split only; the validation split is scored, never read.

Passages are scored as the reference scorer scores plans, except that paths are ignored (an excerpt has
no full heading tree): targets by kind, value (万/亿 folded), unit, year and indicator similarity;
assignments by role and unit.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kechuang.extract.pipeline import extract_text
from kechuang.extract.scoring import Counts, magnitude, norm, norm_loose, norm_unit, same_target, score_document

SPLITS = ("dev", "validation")
VALIDATION_TENTHS = 3  # three sources in ten are validation
# Validation sources that rules or tests cite: pages used as sources before the corpus held them (the issue's own
# 环县 plan, early metadata and target rounds), and one cited in error as dev (苍南 2022, round 8). Their fixtures
# are no untouched evidence; ``untouched`` leaves them out, and tests/extract/test_validation_untouched.py keeps the
# list from growing. One more was seen, not cited: the lead printed three passages of the 自贸试验区 measures
# (国发〔2018〕38号) on 2026-12-02 night while checking where a `负责部门` label occurs; no rule rests on it. And one
# more seen: on 2026-12-03 the trec3 engineer's grep for `/10万` gold units printed one quote line of 榆阳 2023's
# 健康行动 (`…10/10万`); the `/10万` rule rests on two dev pages, but its validation gain is not blind. Later that
# morning the tspan engineer's grep over every passage for sign conventions printed gold quotes of validation fixtures,
# among them 芜湖 2023's `社会物流总费用占GDP比重下降0.5个百分点`; no rule rests on it, but its page is no longer
# unseen.
CITED_VALIDATION = frozenset({
    "http://www.yuyang.gov.cn/zwgk/jcxxgk/zfwj/qzffw/1692000103917273090.html",
    "http://www.gov.cn/zhengce/content/2018-11/23/content_5342665.htm",
    "https://www.huanxian.gov.cn/kjj/wj/content_27902",
    "http://www.sangco.com.cn/gkmlpt/content/3/3608/post_3608759.html",
    "http://zb.gov.cn/zbxzf/xzfwj/202404/49ca3d0c669f4c2ebf6f7fabf563549c.shtml",
    "http://wdlc.gov.cn/wdlc/c102569/202405/c11_290634.shtml",
    "https://lr5.cn/2024/08/07/47893.html",
    "http://www.cncn.gov.cn/art/2022/12/14/art_1229664772_59047997.html",
    "http://big5.www.gov.cn/gate/big5/www.gov.cn/zhengce/zhengceku/202503/content_7015975.htm",
    "http://xyexam.com/html/2509/2021-05-25/content-93597.html",
    "http://ws.cq.gov.cn/cqws_zwxxgkml/zcwjjjdkcs/zczxwdkcs/zcwdbm/wskjj/202306/t20230616_12072892.html",
    "https://www.wuhu.gov.cn/openness/public/6596211/38569991.html",
    "https://newton.com.tw/wiki/%E9%B9%B9%E9%99%BD%E5%B8%822022%E5%B9%B4%E6%B7%B1%E5%8C%96%E2%80%9C%E6%94%BE%E7%AE%A1%E6%9C%8D%E2%80%9D%E6%94%B9%E9%9D%A9%E6%9C%80%E4%BD%B3%E5%8C%96%E7%87%9F%E5%95%86%E7%92%B0%E5%A2%83%E5%B7%A5%E4%BD%9C%E8%A6%81%E9%BB%9E/61994341",
    "http://www.daixian.gov.cn/dxzw/zwgk/rsxx_21644/202302/t20230224_3842115.html",
    # tails10 (2026-12-03): file names printed by a split-blind grep or a host check (fixtures README, "Validation
    # sources cited"); 四川 2015 and 嘉鱼 2021 also came as search answers' openings. No rule rests on them.
    "http://www.huzhou.gov.cn/art/2024/3/11/art_1229773587_59069686.html",
    "https://www.lishui.gov.cn/art/2023/7/11/art_1229738349_57348087.html",
    "http://2jc1.com/news/qgdt/20151012/113083.html",
    "http://jiayu.gov.cn/xxgk/dfbmptlj/bmxxgkpt/xjtysj/zc_21470/zfwj_21471/202107/t20210722_2364261.shtml",
    "https://linxia.gov.cn/lxz/fzlm/swtj/art/2025/art_9d46e8b7a44f469baaff06afa99f2ad9.html",
    # trec10 (2026-12-03 night): a split-blind grep for a figure over every fixture printed about 40 characters of 襄城
    # 2022's 粮食面积 sentence. No rule rests on it.
    "http://xiangchengxian.gov.cn/jrxc/001003/20220215/d32b6554-1021-4005-bc56-0eb37bb7ce46.html",
    # openings11 (2026-12-03 night): the search tool answered with these validation pages' openings (儋州 十四五 纲要,
    # 东宁 干旱预案, 山福镇 总体预案, 永德 城镇化 计划); nothing was taken or rests on them, but they were seen.
    "https://www.danzhou.gov.cn/danzhou/zfxxgkzl/bm/fgw/gkml/202111/t20211102_3085669.html",
    "https://www.dongning.gov.cn/index.php/cms/item-view-id-48360.shtml",
    "http://www.lucheng.gov.cn/art/2020/10/22/art_1229443018_2039002.html",
    "https://jlxk.wenyuanchain.com/yd/article/1421031699113889793",
    # 西城 2016's 十三五 纲要 opening: metadata/__init__.py's work-report step names its lost delivery date (an earlier
    # round's comment), and openings11's collector cited its cover for an issuer call (audit12 dropped the citation).
    "http://www.beijing.gov.cn/gate/big5/www.beijing.gov.cn/gongkai/guihua/wngh/qjghgy/201907/t20190701_100239.html",
    # round 44 (past1): a grep over every passage printed up to 12 characters after 位居/居全 in these (and in 代县
    # 2023, listed above); the rank cue was narrowed after it, so their figures are not blind.
    "https://zwgk.shcn.gov.cn/xxgk/qzfgzbg-zw/2025/17/76009.html",
    "http://jl.news.cn/20260127/428935c1f25440249f46d62b8bfd035c/c.html",
    "http://www.fsou.net/html/text/lar/169943/16994364_1.html",
    "http://henan.kjzch.com/xinxiang/2024-04-02/841501.html",
    # trec11 (2026-12-03 night): the search tool answered with 辽宁 2023's 任务分解 opening; nothing taken.
    "http://206843.jhzobq.asia/zwgkx/zfwj/szfwj/zfwj2011_158393/202301/t20230127_4731766.html",
    # trec19 and trec20 (2026-12-04, session 25): host and title greps run before filtering by split printed these
    # validation fixtures' file names (no text); no rule rests on them, but their names were seen.
    "http://www.kongzhi.net/news/details_14481.html",
    "https://kjj.wulanchabu.gov.cn/zcfg/1496941.html",
    "https://www.znzf.gov.cn/xxgk/zfgzbg/202602/t20260212_5171293.html",
    "http://www.cxs.gov.cn/info/egovinfo/1016/xxgkcontent/cxszfbgs-/2022-0130001.htm",
    "https://zwfw.gansu.gov.cn/gannan/tsfw/zsyzfwzq/zczx/art/2023/art_acc49be1e6fb4b4183058b49bd68c998.html",
    "https://www.zhumadian.gov.cn/zwgk/zfwj_zwgk/zz/2022n_zz/202203/t20220309_76428.html?slb=true",
    # tab38 (2026-12-06, session 38): a search answer's excerpt showed two rows of 南陵 2024's 任务分解表 (托位, 公办园
    # 在园幼儿占比); nothing was taken, but the page is no longer unseen.
    "https://www.nlx.gov.cn/openness/public/6605131/39230837.html",
})


def split_of(source: str) -> str:
    """``validation`` for three source addresses in ten (by SHA-1), ``dev`` for the rest."""
    digest = int(hashlib.sha1(source.strip().encode("utf-8")).hexdigest(), 16)
    return "validation" if digest % 10 < VALIDATION_TENTHS else "dev"


@dataclass
class Opening:
    name: str
    source: str
    province: str
    text: str
    gold: dict


@dataclass
class Passage:
    name: str  # file stem and index: "gd-guangzhou-2021#3"
    source: str
    province: str
    plan_year: int | None
    title: str
    text: str
    targets: list[dict]
    assignments: list[dict]


@dataclass
class Miss:
    name: str
    part: str
    kind: str  # "missed" (in gold, not found) or "spurious" (found, not in gold)
    item: Any


@dataclass
class Score:
    counts: dict[str, Counts] = field(default_factory=dict)
    misses: list[Miss] = field(default_factory=list)


def _json(path: Path) -> dict:
    data = json.loads(path.read_text("utf-8"))
    if not isinstance(data, dict) or not str(data.get("source", "")).startswith("http"):
        raise ValueError(f"{path}: a fixture needs a JSON object with its source address")
    return data


def load_openings(root: Path) -> Iterator[Opening]:
    for path in sorted((root / "openings").glob("*.json")):
        data = _json(path)
        text = path.with_suffix(".txt").read_text("utf-8")
        yield Opening(path.stem, data["source"], data.get("province", ""), text, data.get("document") or {})


def load_passages(root: Path) -> Iterator[Passage]:
    for path in sorted((root / "passages").glob("*.json")):
        data = _json(path)
        for i, p in enumerate(data.get("passages") or [], 1):
            yield Passage(f"{path.stem}#{i}", data["source"], data.get("province", ""), data.get("plan_year"),
                          data.get("title") or "", p["text"], p.get("targets") or [], p.get("assignments") or [])


def predicted(root: Path, split: str, part: str) -> Iterator[tuple[Passage, list[dict]]]:
    """Each passage of ``split`` with the extractor's ``part`` (``targets``, ``assignments``) for it, as the corpus
    scores it (the page's title and plan year given)."""
    for p in load_passages(root):
        if split_of(p.source) == split:
            plan = extract_text(p.text, plan_year=p.plan_year, title=p.title or None)
            yield p, json.loads(plan.to_json(include_text=False)).get(part) or []


def print_classes(rows: Iterator[tuple[str, str, Any, Any]], listed: str | None, show: Callable[[Any], Any]) -> None:
    """The error-class scripts' output: each row (class, passage name, gold, prediction) of the classes starting with
    ``listed`` with ``show`` of its gold and prediction; else the count of each class and of the documents it is on."""
    counts: dict[str, int] = {}
    documents: dict[str, set] = {}
    for label, name, g, q in rows:
        counts[label] = counts.get(label, 0) + 1
        documents.setdefault(label, set()).add(name.split("#")[0])
        if listed and label.startswith(listed):
            print(name, "| gold:", g and show(g), "| predicted:", q and show(q),
                  *(("|", ((g or q).get("quote") or "")[:80].replace("\n", " / ")) if (g or q).get("quote") else ()))
    if not listed:
        for label, n in sorted(counts.items(), key=lambda item: -item[1]):
            print(f"{n:5d}  {len(documents[label]):4d} documents  {label}")


def match_items(gold: list, pred: list, same: Callable[[Any, Any], bool]) -> tuple[list, list]:
    """Greedy one-to-one matching as the reference scorer does it; returns (unmatched gold, unmatched pred)."""
    used: set[int] = set()
    missed = []
    for g in gold:
        j = next((j for j, q in enumerate(pred) if j not in used and same(g, q)), None)
        if j is None:
            missed.append(g)
        else:
            used.add(j)
    return missed, [q for j, q in enumerate(pred) if j not in used]



_SIMPLE_UNITS = str.maketrans("萬億", "万亿")


def simple_unit(unit):
    """萬/億 as 万/亿 (a page of traditional characters prints 萬人 where the reader gives 万人: one magnitude)."""
    return unit.translate(_SIMPLE_UNITS) if isinstance(unit, str) else unit


def same_value(gold: dict, value, unit) -> bool:
    """Whether a predicted value is the gold's at one magnitude (320 万 and 3200000 alike; ``simple_unit``)."""
    gv, _ = magnitude(gold.get("value"), simple_unit(gold.get("unit")))
    qv, _ = magnitude(value, simple_unit(unit))
    try:
        return abs(float(gv) - float(qv)) <= 1e-9 * max(1.0, abs(float(gv)))
    except (TypeError, ValueError):
        return str(gv) == str(qv)


def unread(root: Path, split: str, extract: Callable[[Passage], Any]) -> Iterator[tuple[Passage, Any, dict]]:
    """(passage, plan, gold target) for each gold target of ``split``'s passages that is missed and that no spurious
    target of its passage has the value of: a number the extractor made nothing of (not merely a wrong name or year).
    ``extract`` makes a passage's plan. The miss maps (scripts/recall_families.py, scripts/miss_stages.py) ask dev."""
    for p in load_passages(root):
        if split_of(p.source) != split or not p.targets:
            continue
        plan = extract(p)
        pred = json.loads(plan.to_json(include_text=False)).get("targets") or []
        missed, spurious = match_items(p.targets, pred, same_target)
        for g in missed:
            if not any(same_value(g, q.get("value"), q.get("unit")) for q in spurious):
                yield p, plan, g


def same_assignment(g: dict, q: dict) -> bool:
    """Whether a predicted assignment is the gold's: one role, one unit (as the scorer compares them)."""
    return norm(g.get("role")) == norm(q.get("role")) and norm_unit(g.get("unit")) == norm_unit(q.get("unit"))




def _add(score: Score, name: str, part: str, gold: list, pred: list, same) -> None:
    missed, spurious = match_items(gold, pred, same)
    score.counts[part] += Counts(len(pred) - len(spurious), len(pred), len(gold))
    score.misses += [Miss(name, part, "missed", g) for g in missed]
    score.misses += [Miss(name, part, "spurious", q) for q in spurious]


def untouched(root: Path) -> set[str]:
    """The stems of the validation fixtures that no rule or test cites (``CITED_VALIDATION`` left out)."""
    return {o.name for o in load_openings(root) if split_of(o.source) == "validation"
            and o.source not in CITED_VALIDATION} | {p.name.split("#")[0] for p in load_passages(root)
                                                    if split_of(p.source) == "validation"
                                                    and p.source not in CITED_VALIDATION}


def score_corpus(root: Path, split: str, only: set[str] | None = None) -> Score:
    """Extract every fixture of ``split`` and score it against its gold (document, assignments, targets);
    ``only``: the file stems to score (a batch of new text), else all."""
    score = Score({part: Counts() for part in ("document", "assignments", "targets")})
    for o in load_openings(root):
        if split_of(o.source) == split and (only is None or o.name in only):
            pred = json.loads(extract_text(o.text).to_json(include_text=False))
            score.counts["document"] += score_document({"document": o.gold}, pred)
            got = pred.get("document") or {}
            for key, value in o.gold.items():
                if _doc_value(value) != _doc_value(got.get(key)):
                    score.misses.append(Miss(o.name, "document", f"{key}: gold {value!r}", got.get(key)))
    for p in load_passages(root):
        if split_of(p.source) == split and (only is None or p.name.split("#")[0] in only):
            plan = extract_text(p.text, plan_year=p.plan_year, title=p.title or None)
            pred = json.loads(plan.to_json(include_text=False))
            _add(score, p.name, "targets", p.targets, pred.get("targets") or [], same_target)
            _add(score, p.name, "assignments", p.assignments, pred.get("assignments") or [], same_assignment)
    return score


def _doc_value(value: Any) -> Any:
    """A field as the scorer compares it (spaces and punctuation aside), so that the misses listed are the misses
    counted: `中共中央 国务院关于…` as printed and `中共中央国务院关于…` are the same title."""
    if isinstance(value, list):
        return sorted(norm_loose(v) for v in value)
    return norm_loose(value) if value is not None else None


_PROVINCE_SUFFIXES = ("壮族自治区", "回族自治区", "维吾尔自治区", "特别行政区", "自治区", "省", "市")


def province_key(name: str) -> str:
    """浙江省 and 浙江, 广西壮族自治区 and 广西 name one province."""
    name = name.strip()
    for suffix in _PROVINCE_SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix) + 1:
            return name[: -len(suffix)]
    return name


def corpus_size(root: Path) -> dict[str, Any]:
    """What the corpus holds: page openings, passages, gold targets, annotation tails, provinces, per split."""
    size: dict[str, Any] = {s: {"openings": 0, "passages": 0, "targets": 0, "tails": 0} for s in SPLITS}
    provinces: set[str] = set()
    for o in load_openings(root):
        size[split_of(o.source)]["openings"] += 1
        provinces.add(province_key(o.province))
    for p in load_passages(root):
        s = size[split_of(p.source)]
        s["passages"] += 1
        s["targets"] += len(p.targets)
        s["tails"] += bool(p.assignments)
        provinces.add(province_key(p.province))
    size["provinces"] = sorted(x for x in provinces if x)
    return size
