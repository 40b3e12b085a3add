"""The bodies a news lead names, read for the document's place (round 57, meta22).

A news lead's bodies place the document it reports (``news.Reported.bodies``, read by
``region.body_region`` and ``region.is_national``), but a lead prints them in forms the place readers
do not take:

- after a wire's byline, run into it once the spaces between them are normalised away (review 25, F1):
  `本報訊 記者黃海報道 福建省委辦公廳、省政府辦公廳近日印發《…》` (中國綠色時報 2021 on zymeiwanjia.com,
  fj-fujian-lzz2021), `中新網3月29日電 國務院辦公廳日前印發《…》` (中新网 2007, cn-guoban-ssmz115),
  `记者从…新闻发布会上获悉:江西省委、省政府近日印发《…》` (江西 2024, jx-jiangxi-qcsf2024, where the
  bodies stand before the lead's time): the byline, up to its last 讯, 电, 报道 or 获悉, is no body;
- with their count after 等 (`退役军人事务部等军地12个部门联合印发《…》`: 新华社 2018 on 中国访谈网,
  cn-tyjrswb-jycy2018; `四川省商務廳等17部門印發《…》`, sc-sichuan-xysy2022; `山西省商务厅等10部门日前
  联合印发《…》`, sx-shanxi-xysy2023): the first body is the one named, the count names none;
- with the time run into them (`山西省商务厅等10部门日前`, the same page).
"""

from __future__ import annotations

import re

# a wire's byline: up to its last 讯 (本报讯, 中国质量新闻网讯), a dateline's 电 (新华社北京8月2日电,
# 中新网3月29日电), a reporter's 报道 (记者黄海报道) or a 获悉 (记者从…获悉:), and a name in brackets after it
_BYLINE = re.compile(r"^.{0,60}(?:[报報网網社司][讯訊]|日[电電]|[报報]道|[获獲]悉)(?:\s*[((][^()()]{1,20}[))])?[::]?")
_SENTENCE = re.compile(r"[。!?;,,::]")
# a run that is a list of bodies: each item ends as a body's name does
_BODY = re.compile(r"(?:[厅廳部局委府院署办辦社会會室]|政府)(?:\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü ]{1,8}\))?$")
_TIME = re.compile(r"(?:近日|日前|今天|今日|昨日|昨天)$")
# 等N个部门, N部门 after the bodies: a count, no body
_COUNT = re.compile(r"(?:等[^、\d]{0,4}?)?(?:\d{1,2}|[一二三四五六七八九十]{1,3})[个個]?(?:部[门門]|[单單]位)"
                    r"(?:\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü ]{1,8}\))?$")  # a mirror's reading after it: 部門(mén)
_BEFORE = 80  # the bodies before a time stand within the characters before it


def lead_bodies(bodies: list[str], before: str) -> list[str]:
    """The lead's bodies as the place readers take them: ``bodies`` (those after its time) cut of their count and
    time, or, when it names none there, those ``before`` its time (the printed text of its line up to the time)."""
    if not bodies:
        run = _SENTENCE.split(before[-_BEFORE:])[-1]
        bodies = [b.strip() for b in run.split("、")] if run.strip() else []
        # each a body once its count is cut (国家发展改革委等11部门印发的《…》: round 61)
        if not bodies or not all(_BODY.search(_COUNT.sub("", b)) for b in bodies):
            return []
    # the byline run into the first body (本報訊記者黃海報道福建省委辦公廳): review 25, F1
    bodies = [_BYLINE.sub("", bodies[0]).strip(), *bodies[1:]]
    return [cut for b in bodies if (cut := _COUNT.sub("", _TIME.sub("", b)))]
