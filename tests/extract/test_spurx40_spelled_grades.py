"""spurx40: a size grade spelled by one round character before the thing it grades (千畝高產示范片, 万亩高产示范基地,
百万羽蛋鸡养殖场) names a class of the thing, no amount the plan commits to; the count of the graded things is the
target. The gold of dev pages of two places (四川, two documents; 重庆) reads no such grade. The sentences are
verbatim; each dev page is cited by its address."""

from __future__ import annotations

from tests.extract.passages import target_rows as _rows

# 四川 2024 政府工作报告 (http://sxsishuo.net/jjsc/2024-01-22/203168.html, sc-sichuan-zfgzbg2024; readings as printed)
SICHUAN_2024 = ("持續(xù)實(shí)施主要糧油作物單產(chǎn)提升行動,確保糧食播面穩(wěn)定在9600萬畝以上,"
                "高水平建設(shè)千畝高產(chǎn)示范片1000個(gè)。")
# 四川 2023 农村工作 (http://chuangye.news9.cn/chuangye/2023/0811/401424.html, sc-sichuan-snzd2023)
SICHUAN_2023 = ("组织专家团队实施“技术到田”,在90个粮食生产重点县分别建成1个万亩高产示范基地,在38个县开展绿色高质高效创建,"
                "力争大春粮食单产提高7公斤以上。")
# 重庆 2025 农业发展 (http://bg.zgcqxs.net/paper.asp?Aid=25817&Fid=16060, cq-zgcqxs-nyfz2025)
CHONGQING = "新建生猪标准化养殖场8个,加快创建全国生猪调出大县。建成投用百万羽蛋鸡养殖场(二期)。"


def test_a_spelled_grade_before_its_thing_is_no_target():
    assert [r[2:4] for r in _rows(SICHUAN_2024, 2024)] == [(9600, "萬畝"), (1000, "個(gè)")]
    assert [r for r in _rows(SICHUAN_2023, 2023) if r[3] == "万亩"] == []
    assert [r[2:4] for r in _rows(CHONGQING, 2025)] == [(8, "个")]


def test_an_amount_spelled_or_in_digits_stays_read():
    assert [r[2:4] for r in _rows("今年完成造林千亩。", 2023)] == [(1000, "亩")]
    assert [r[2:4] for r in _rows("建设高标准农田10万亩示范区。新增水产养殖面积2.7万亩。", 2023)][-1] == (2.7, "万亩")
