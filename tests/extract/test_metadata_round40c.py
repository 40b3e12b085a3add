"""Review 13's findings on round 40's document rules (meta9): the repros it gives, each the shape of a real page
(its sentences are the review's minimal inputs, built from dev pages' lines: /work/prompts/s17/rev13-findings.md)."""

from __future__ import annotations

from kechuang.extract.metadata.copies import copy_stamp
from kechuang.extract.metadata.region import national_title, township_of
from kechuang.extract.metadata.selfplace import named_place
from kechuang.text.chrome import is_chrome_line
from tests.extract.reading import document_of
from tests.timing import assert_linear

# F1: words before 市/县/区/省 in a body's sentence or a 责任单位 tail are no body's place
_BODY_WORDS = [
    "重点工作任务分解表\n1. 整治市容市貌,落实保洁措施。(责任单位:县城市管理行政执法局、县工商局)\n",
    "重点工作安排\n有意愿、有条件的相关区启动专项规划编制。(责任部门:市绿化市容局)\n",
    "重点任务\n1. 削减煤炭消费总量。\n市生态环境局\n各县区政府、开发区管委会\n",
    "工作总结\n组建泰兴市科技创新委员会,由市主要领导任主任。\n",
    "重点工作\n一、请及时向省政府报告进展情况。\n",
]


def test_words_before_a_level_in_the_body_are_no_place():
    for text in _BODY_WORDS:
        assert document_of(text)["region"] is None, text
        assert named_place(text.split("\n")) is None, text


# F2: a higher body's document cited as the basis (为贯彻落实《江苏省人民政府关于…》) is not the writer's place
_CITED_BASIS = ("关于加快科技创新的实施意见\n为贯彻落实《江苏省人民政府关于加快科技创新的意见》(苏政发〔2020〕1号)精神,"
                "结合我市实际,制定本意见。\n一、总体要求\n")


def test_a_cited_higher_body_places_nothing():
    assert document_of(_CITED_BASIS)["region"] is None


def test_a_body_printed_whole_in_the_head_still_places_the_page():
    assert named_place(["苏政办发〔2016〕85号江苏省政府办公厅关于全面治理拖欠农民工工资问题的实施意见"]) == "江苏省"
    assert named_place(["临渭区委、区政府"]) == "临渭区"


# F3: a local plan named for a national designation is the place's, not the nation's
_DESIGNATIONS = [
    "国家卫生县城创建工作方案", "全国文明城市创建工作实施方案", "国家全域旅游示范区创建工作方案",
    "国家森林城市建设总体规划(2021-2030年)", "国家生态文明示范县建设规划",
]


def test_a_national_designation_is_no_national_plan():
    for title in _DESIGNATIONS:
        assert not national_title(title), title
    assert national_title("国家职业教育改革实施方案") and national_title("全国沿海防护林体系建设工程规划")
    assert document_of("国家卫生县城创建工作方案\n为扎实推进国家卫生县城创建工作,结合我县实际,制定本方案。\n"
                     "一、工作目标\n")["region"] is None
    assert document_of("国家森林城市建设总体规划(2021-2030年)\n第一章 总则\n")["region"] is None


# F4: a kind of town or a count of towns is no township, and never overrides the issuer's place
_TOWN_KINDS = ["重点镇建设规划", "中心镇建设方案", "示范镇创建方案", "特色镇建设方案", "生态镇创建规划", "文明镇评选办法",
               "卫生镇", "一乡一品产业发展规划", "一镇一策实施方案", "百镇千村示范工程方案", "千镇万村行动计划",
               "两镇融合发展规划", "撤乡并镇工作方案"]


def test_a_kind_of_town_is_no_township():
    for title in _TOWN_KINDS:
        assert township_of(title) is None, title
    assert township_of("何家洞镇突发事件总体应急预案") == "何家洞镇"


def test_the_issuers_place_stands_against_a_township_word():
    assert document_of("发文机关:湘潭县人民政府办公室\n发布日期:2020-05-06\n特色镇建设三年行动方案\n"
                     "为推进全县特色镇建设,制定本方案。\n一、总体要求\n")["region"] == "湘潭县"
    assert document_of("一乡一品产业发展规划(2021-2025年)\n发布机构:临澧县农业农村局\n为推动我县农业产业发展,制定本规划。\n"
                     "一、发展目标\n")["region"] == "临澧县"


# F5: a portal's own stamp (发表时间 on 运城市科技局's column: seed 002; 来源: the city's 政务网 or 门户网站) is no copy's
def test_a_portals_own_stamp_is_no_copy():
    assert not copy_stamp("发表时间:2022-02-16 15:26")
    assert not copy_stamp("来源:南京市政务网 发布日期:2021-03-05")
    assert not copy_stamp("来源:宜昌市门户网站")
    assert copy_stamp("来源:人民网") and copy_stamp("发表于 2021-11-16 16:41:33 | 显示全部楼层")
    doc = document_of("南京市人民政府关于加快科技创新的实施意见\n来源:南京市政务网 发布日期:2021-03-05\n"
                    "为贯彻落实有关部署,提出如下意见。\n一、总体要求\n")
    assert doc["publish_date"] == "2021-03-05"


def test_seed_002_keeps_its_publish_date():
    from pathlib import Path
    text = (Path(__file__).parents[1] / "fixtures/seeds/002_9e2a620f0885846b.txt").read_text(encoding="utf-8")
    assert document_of(text)["publish_date"] == "2022-02-16"


# F6: a wrapped sentence quoting 各省、自治区、直辖市 is no list of addressees
def test_a_wrapped_sentence_is_no_address_list():
    assert document_of("关于加快推进科技创新的实施方案\n按照国务院部署,各省、自治区、直辖市要在年底前完成规划编制、\n"
                     "审批和备案工作。结合实际,制定本方案。\n一、总体目标\n")["region"] is None


# F7: only a site's banner is chrome, not a sentence opening with 欢迎
def test_a_sentence_opening_with_welcome_is_no_banner():
    assert not is_chrome_line("欢迎来到2025年,全县接待游客达到500万人次。")
    assert not is_chrome_line("欢迎来到美丽的江华瑶族自治县!")
    assert is_chrome_line("欢迎访问台江区人民政府门户网站") and is_chrome_line("您好,欢迎来到减贫研究数据库!")
    assert is_chrome_line("歡迎訪問甘肅經濟信息網!")


# 发表时间 after a copy's own fields or run on with the copied text stays a copy's stamp (dev: 砚山 2011 on renrendoc.com,
# 教育 2018 on a mirror); opening its own line it is the portal's (seed 002)
def test_a_publish_time_after_a_copys_fields_is_still_a_copys():
    # https://www.renrendoc.com/p-11989917.html
    assert copy_stamp("文山壮族、苗族自治州砚山县投资优惠政策 发表时间:2011 年 11 月 02 日 15:29 砚山县招商引资优惠政策(试行)")
    assert copy_stamp("文章出处:网责任编辑:作者:人气:-发表时间:2018-08-31 14:14:00")


# a report's speaker in the page's head (… 杭州市人民政府市长 徐立毅: 杭州 2019) is the body's;
# a joint issuer's line (中共梅州市委  梅州市人民政府: 梅州 2018) too
def test_a_reports_speaker_places_the_page():
    assert named_place(["政府工作报告 (2019年1月21日在杭州市第十三届人民代表大会第四次会议上) 杭州市人民政府市长徐立毅"]) == "杭州市"
    assert named_place(["中共梅州市委  梅州市人民政府"]) == "梅州市"


def test_named_place_is_linear():
    assert_linear(lambda texts: named_place(texts), lambda n: ["各部门认真落实市委、市政府部署,市长 " * n] * 12)
