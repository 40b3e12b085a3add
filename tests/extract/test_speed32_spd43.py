"""Session 30's speed mend of Paragraph.run (spd43): one running scan of each sentence for _MAY_HOLD decides which
clauses are read, where each clause searched itself before. These tests hold that exactly the clauses holding such a
character are read, in order, on the seeds and on texts made to test the scan's edges."""

from __future__ import annotations

from pathlib import Path

from kechuang.extract import extract_text
from kechuang.extract.targets import paragraph
from kechuang.extract.targets.paragraph import _CLAUSE, _MAY_HOLD, Paragraph
from kechuang.text.normalise import normalise

_SEEDS = Path(__file__).resolve().parents[1] / "fixtures" / "seeds"
_MADE = [
    "到2025年,全市新增高新技术企业100家,科技型中小企业达到500家;研发投入占比提高到3%。",
    "加强统筹,推进落实,确保成效;每年新增10家,培育20个。推进改革:深化合作,提升水平。",
    "坚持创新驱动,强化企业主体地位,优化发展环境,引进人才;\n全力以赴,完成A类县创建,力争2个。",
    "加强管理三,推进改革,落实责任十。统筹推进,深化合作三。\n",
    "●优良天数不低于317天 ●PM2.5达到30.5微克/立方米左右,且占比提高,支出超3600亿元且占GDP比重3.4%。",
]


def _expected(para: Paragraph) -> list[tuple[int, str]]:
    """The clauses the earlier form read: each clause of a sentence that holds a character of _MAY_HOLD."""
    out = []
    for s_start, sentence in para.sentences:
        if not _MAY_HOLD.search(sentence):
            continue
        out += [(s_start + cm.start(), cm.group()) for cm in _CLAUSE.finditer(sentence) if _MAY_HOLD.search(cm.group())]
    return out


def test_the_clauses_read_are_those_holding_a_character_of_may_hold(monkeypatch):
    read: list[tuple[int, str]] = []
    checked = [0]
    clause, run = Paragraph.clause, Paragraph.run

    def recording_clause(self, text, c_start, *args):
        read.append((c_start, text))
        return clause(self, text, c_start, *args)

    def checking_run(self):
        read.clear()
        found = run(self)
        assert read == _expected(self)
        checked[0] += 1
        return found

    monkeypatch.setattr(paragraph.Paragraph, "clause", recording_clause)
    monkeypatch.setattr(paragraph.Paragraph, "run", checking_run)
    texts = [p.read_text(encoding="utf-8") for p in sorted(_SEEDS.glob("*.txt"))] + _MADE
    for text in texts:
        extract_text(normalise(text))
    assert checked[0] > 100
