"""Words that end no indicator's name, from one list (rules/targets.yaml ``indicator_end_words``, read through
``vocab``), cut in two places with two entry points:

- ``without_holding`` (the entries of ``stage: clean``), inside common.clean_indicator: a verb of holding closing
  the name. It runs there because clean_indicator is what every reader of a name calls (the count, clause, naming
  and part readers judge a head by it, not only Paragraph.add) and because the list and change readings
  (own_item, after_list, changed) and the modal cut after it (要, 为) read the name without the verb.
- ``name_without_end`` (the others), in Paragraph.add after the change reading: it needs what is known only there,
  the target's kind (预期 ends a growth's name only) and the text printed before the value (过 only right before it).

So they cannot be one call without changing outputs; an end word is added in the one yaml list, with ``stage: clean``
when every reader of a name must see it gone.

Stage clean, a verb of holding or reaching that no rule lists as a level verb, left closing a name right before its
value: the value is what the thing is held at, and the verb no part of its name (the spec: the measured thing as
written).

- 在 after the thing (…达标率在85%以上, …机械化率均在60%, …亩均产值力争在1.5万元): 力争使全省一级水功能区达标率在85%以上
  (江西 2011 水利, http://www.gzjrw.com.cn/Item/41130.aspx), 土地規模經營比例在72%以上 (宁波 农业,
  http://b4dc4.cn/video/2022/0622/149094.html), 稳岗就业人数在3万人以上 (通辽 2024,
  https://jjcn.hczyw.com/2024/0314/72876.html);
- 保持, 维持在, 锁定在 (保持在, 稳定在 are level verbs already): 生活污水处理率保持97%以上 (贵州 县域经济,
  http://szb.eyesnews.cn/pc/cont/202402/19/content_117740.html), 农村公路列养率保持100% (上海 2020 农村公路,
  https://www.shanghai.gov.cn/zhengce/detail?businessId=0001-48503_65648&siteId=0001), 城镇调查失业率维持在5.5%左右
  (广东 2024, https://www.guandian.cn/m/show/379430);
- 发展到 (增加到, 扩大到 are): 全市茶园面积发展到35万亩 (宣城 茶产业, https://www.fjtea.cn/News/detail/id/16828.html),
  特色经济作物发展到8000万亩 (云南 高原特色农业, http://www.rosin-china.com/News/10218.htm);
- 稳定 before a verb of holding or reaching (稳定保持在, 稳定达到): 确保生猪存栏稳定保持在20万头以上 (厦门 2021 菜篮子,
  http://snsxw.org.cn/show-59464.html), 全社会研发支出占GDP比重稳定达到6%以上 (光明 2021,
  http://shenghuobao.net/thread-46008-1-1.html);
- 完成 before an amount (a verb of reaching here, no count verb: nothing is counted after it): 實際利用外資完成35億元
  (漳州 2022, http://www.kangjiegd.com/news/fj/mn/zz/202201/06/2043092.shtml), 村庄整治任务完成85% (宿松 2019,
  http://xxgk.susong.gov.cn/public/User/DisplayInfo2.aspx?ItemId=144709&unitId=59), 固定资产投资力争完成23亿元 (铜鼓
  旅游, http://clcgzc.com/html/html20170-3n6225799.html);
- 累计, the running total's word before a verb (累计达到, 累计超过): 返乡入乡创业人员累计超过100万人 (四川 2021 就业,
  http://swbd.cn/minsheng1/106853.html), 专精特新企业累计达到300家 (长宁 2026,
  https://www.shanghai.gov.cn/zhengce/detail?businessId=007480816&siteId=0074);
- 小于 (低于 and 大于 are level verbs): 个人卫生支出占卫生总费用小于28% (福州 卫生健康“十四五”,
  http://m.hxnews.com/news/fj/fz/202206/04/2070615.shtml), 孕產婦死亡率應小于18/10萬 (卫生与健康规划 news, below);
- 应 (a rule's modal, as 要 is): 我國人均預期壽命應大于77.3歲 (“十三五”卫生与健康规划 news,
  http://www.guangaqi.com/news/china/363192.html) — all dev; the gold names each without the verb.

A word that ends so stays whole: 所在, 存在, 现在, 正在, 实在, 内在; 响应, 适应, 供应, 对应, 相应, 效应, 反应.

The others, 双双, 预计, 预期 before a growth, 过 before the value.

The words are data (rules/targets.yaml ``indicator_end_words`` and the lists beside it, where their dev sentences are
cited), read through ``vocab``: a name ending in one loses it when three characters of the name stay
(新开工项目和储备项目的总投资额双双突破300亿元 names 新开工项目和储备项目的总投资额; 工业园区过百亿 names 工业园区).
"""

from __future__ import annotations

from kechuang.extract.targets.vocab import vocab

_KEPT = 3  # the characters of the name that must stay for an ending word (not of stage clean) to be cut
_HOLDING_SPAN = 6  # no cut of stage clean (before + word) is longer: the search starts this far from the end


def without_holding(text: str) -> str:
    """``text`` without a verb of holding closing it (达标率在 → 达标率; 列养率保持 → 列养率); as it is when nothing of
    two characters would be left."""
    v = vocab()
    if not text.endswith(v.holding_endings):
        return text
    m = v.holding_end.search(text, max(0, len(text) - _HOLDING_SPAN))
    return text[:m.start()] if m and m.start() >= 2 else text


def _cut(indicator: str, words: tuple[str, ...]) -> str | None:
    """``indicator`` without the first of ``words`` it ends with, when ``_KEPT`` characters stay; else None."""
    for word in words:
        if indicator.endswith(word) and len(indicator) >= len(word) + _KEPT:
            return indicator[:-len(word)]
    return None


def name_without_end(indicator: str, kind: str, mtext: str, ind_start: int, pos: int) -> str:
    """``indicator`` (of a ``kind`` target whose name runs in ``mtext`` from ``ind_start`` to its value at ``pos``)
    without the ending words that are no part of it: at most one of the end words (the growth's too for a growth),
    then a reaching word printed right before the value that ends no word of its own (超过, 通过 keep theirs)."""
    v = vocab()
    cut = _cut(indicator, v.end_words + v.growth_end_words if kind == "growth" else v.end_words)
    indicator = indicator if cut is None else cut
    reached = _cut(indicator, v.reach_end_words)
    if reached is not None and indicator[-2:-1] not in v.reach_word_heads \
            and mtext[ind_start:pos].rstrip().endswith(v.reach_end_words):
        return reached
    return indicator
