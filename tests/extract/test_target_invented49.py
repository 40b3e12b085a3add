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


# 度 after 万/亿 is the kilowatt-hour of speech: cq-liangping-cyxd2027 passage 4 (梁平 2023, dev) prints the goal
# 年发电量达60亿度以上 (gold: 60 亿度; it was read as 60 亿, an invented target beside a miss); nm-keyouqianqi-zfgzbg2024
# (科右前旗 2024 政府工作报告, dev) reports 发电量超过55亿度 in its review (history: no target). 度 alone stays no unit
# (gx-guangxi-wfgz2024, dev: 抗震设防烈度7度及7度以上地区).
LIANGPING = "到2027年,全区电力总装机容量达100万千瓦以上,年发电量达60亿度以上,川渝东北区域性能源保供基地基本建成。"
KEYOU = ("一、2023年工作回顾\n\n  ——项目建设迈上新台阶。实施亿元以上重大项目46个,完成投资32亿元;华盛2万千瓦、华能20万千瓦"
         "风电成功并网,清洁能源总装机规模突破180万千瓦、发电量超过55亿度;")
GUANGXI = "其唯一住房是危房或无房或抗震设防烈度7度及7度以上地区未达抗震标准"


def test_a_hundred_million_du_is_a_unit():
    found = [(t.value, t.unit) for t in extract_text(LIANGPING, plan_year=2023).targets]
    assert (60, "亿度") in found and (100, "万千瓦") in found
    assert _values(KEYOU, 2024) == []
    assert all(t.unit != "度" for t in extract_text(GUANGXI, plan_year=2024).targets)
