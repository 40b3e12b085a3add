"""A news page that opens with its goals' summary and then its dateline (…地方收入增长5%以上……3月4日,…传来消息,2025年,
该区将…) leads with the year the dateline's sentence names: the numbers before the dateline are the headline's summary,
not commitments that name a year after them (years40)."""

from kechuang.extract.pipeline import extract_text

# 株洲 经开区 2025 news, verbatim: http://bk.zzlib.net:88/paper/daily/202503/441830.html (dev; gold 2025 for each goal)
ZHUZHOU = ("株洲日报讯(全媒体记者/李逸峰 通讯员/谢珂) 新增工业产值110亿元以上,实现规模工业增加值增长25%以上,完成固定资产投资"
           "120亿元以上;实现亩均税收、人均税收和亩均技工贸总收入增长20%以上;进出口总额增长20%以上;地方收入增长5%以上……3月4日,"
           "株洲经开区党工委(扩大)会议上传来消息,2025年,该区将紧扣创建国家级经开区目标,以“创新成果转化年”“项目攻坚提质年”"
           "“对外开放提效年”活动为抓手,持续奋战“双百亿”,加快建设新经开,全力推动园区高质量发展。")
# the same shape, summary then dateline: 白云 2023 民生项目 news (新增公共停车位1664个、…背街小巷22条…… 2月17日,记者从白云区
# 获悉,该区…明确2023年民生项目任务单: 贵阳, dev), whose title names its year already; 安宁 2016 政府工作报告 news
# (…新开建城中村改造安置房20万平方米。1月26日,兰州市安宁区第十七届人民代表大会第五次会议召开,…: dev), whose dateline
# sentence names no year. Commitments that name a year after them with no dateline between (汉寿 2018, plan_year.py) are
# no summary.


def _years(text: str, plan_year: int | None) -> list:
    return [(t.value, t.year) for t in extract_text(text, plan_year=plan_year).targets]


def test_the_summary_before_a_dateline_takes_the_year_its_lead_names():
    assert {year for _, year in _years(ZHUZHOU, 2025)} == {2025}


def test_without_a_dateline_or_with_a_lead_of_several_years_the_summary_stays_undated():
    no_dateline = ZHUZHOU.replace("……3月4日,", "……")
    assert {year for _, year in _years(no_dateline, 2025)} == {None}
    several = ZHUZHOU.replace("2025年,该区将", "2025年至2027年,该区将")
    assert {year for _, year in _years(several, 2025)} == {None}
