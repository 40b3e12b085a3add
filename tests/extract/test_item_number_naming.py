"""The number of a list item opening a clause (6)…, (3)…) is no number of the clause's thing: a bare verb after it
counts the thing that clause names (round targ54)."""

from kechuang.extract.pipeline import extract_text
from kechuang.extract.targets.naming import object_of


def test_bare_verb_after_a_numbered_item_counts_the_thing_of_the_item():
    # https://www.wuhe.gov.cn/xwzx/ztzl/ztzl/msgcjgzhly/81307938.html (安徽 2024 民生实事, item 6)
    text = ("经省委、省政府同意,2024 年我省实施 50 项民生实事,具\n体安排如下。\n"
            "6)加强城乡公益性公墓建设管理,推进不少于 60 个城\n乡公益性公墓新建、改扩建或配套设施改造以及提升管理维护\n"
            "水平。(牵头单位:省民政厅)")
    targets = extract_text(text, plan_year=2024).targets
    # the normaliser rejoins the page's hard wraps (robust41, text/reflow.py): the count's own noun follows it on one
    # line (60个城乡公益性公墓新建…), and the name is the gold's thing (城乡公益性公墓), not the item's clause
    assert [(t.value, t.unit) for t in targets] == [(60, "个")]
    assert targets[0].indicator.startswith("城乡公益性公墓")
    # the item's clause names the count when the count's own noun is cut (the wrap as the page printed it, kept)
    assert object_of("6)加强城乡公益性公墓建设管理") == "城乡公益性公墓建设管理"


def test_object_of_a_numbered_item_clause():
    # https://www.shucheng.gov.cn/public/6598641/37419678.html (舒城 2024 民生实事, item (6))
    assert object_of("(6)加强城乡公益性公墓建设") == "城乡公益性公墓建设"
    # http://yhg994208.cn/news/gg/2021112816182753542.htm (甘谷 2022 民生实事, item (3))
    assert object_of("(3)改造提升火車站站前廣場") == "火車站站前廣場"
    assert object_of("(9) 开展困难职工帮扶救助") == "困难职工帮扶救助"  # 舒城, item (9), a space after
    # https://www.wuhe.gov.cn/xwzx/ztzl/ztzl/msgcjgzhly/81307938.html (item 4)
    assert object_of("4)加强城乡低保人员和特困人员生活保障") == "城乡低保人员和特困人员生活保障"


def test_a_clause_with_a_number_of_its_own_still_names_nothing():
    # https://www.wuhe.gov.cn/xwzx/ztzl/ztzl/msgcjgzhly/81307938.html (item 3): the number is its own target's
    assert object_of("3)实施放心家政行动,培训家政服务人员 30 万人次") == ""
    assert object_of("新增城镇就业 68 万人左右") == ""
