"""invented49: a paragraph of things done (成功培育…) whose only 争取 wins a fund and whose only 计划 is a programme's
name is history (targets/paragraph_scope.py). Sentences verbatim from dev fixtures; values read by hand per
tests/fixtures/real/README.md's conventions."""

from __future__ import annotations

from kechuang.extract import extract_text


def _values(text: str, plan_year: int | None):
    return [t.value for t in extract_text(text, plan_year=plan_year).targets]


# ah-jingde-kjcx2022 passage 2 (旌德 2022 news, http://ah.people.com.cn/n2/2022/0914/c374164-40123790.html, dev): 争取
# before a fund reports money won, as nx-guyuan-kjcxzt2024's review does (固原 2024 news, dev: 爭取科技項目資金1.88億元,
# 爭取項目資金165萬元); 科技计划项目 is the projects of science programmes, as in gz-guizhou-kjgzhy2022 (贵州 2022
# news, dev: 全年立项实施省级科技计划项目1351项) — no plan of the paragraph's own.
JINGDE = ("真金白银育主体。累计实施国家、省各类科技计划项目40余项,争取科技专项资金1800余万元,兑现科技创新奖励2000余万元。"
          "成功培育国家高新技术企业13家、工信部专精特新“小巨人”企业2家、国家级绿色工厂2家。")

# Must stay targets: a year's 争取 of funds with no word of a thing done (hn-yueyangxian-kjgz passage 1, 岳阳县 科技
# 工作, dev), and a goal about science programmes' projects (hi-hainan-kjcxfsz2021 passage 1, 海南 2021, dev).
YUEYANG = ("1、全力争取科技项目资金与研发奖补资金。及时关注省市网站申报通知,加强项目申报与研发奖补资金申报指导。"
           "全年争取国家、省、市科技项目资金200万元以上;研发投入奖补资金200万元以上。")
HAINAN = "到2023年,国家科技计划项目批准数量翻一番,三年累计突破1000个。"


def test_a_review_of_funds_won_and_programmes_projects_is_history():
    assert _values(JINGDE, 2022) == []


def test_funds_sought_and_programme_goals_stay_targets():
    assert 200 in _values(YUEYANG, None)
    assert 1000 in _values(HAINAN, None)
