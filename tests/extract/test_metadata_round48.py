"""Round 48 (meta15): 解读 pages (docs/extraction.md, "Round 48, document"). A 解读 is annotated for the plan it explains
(tests/fixtures/real/openings/DECISIONS.md): its heading names the plan, its own 发布机构, signer and stamp are not the
plan's, and its 决策依据 / 起草依据 names the plan's basis. Each case is a dev page's lines, its address given."""

from __future__ import annotations

from tests.extract.reading import assert_reads, document_of

# dev http://www.ytlaishan.gov.cn/art/2022/7/19/art_54470_2931383.html (莱山 2022)
_LAISHAN = ("首页\n > 政府信息公开 > 政务专题 > 政策解读与评估 > 政策解读 > 文件解读 > 文字解读\n"
            "索引号: 113706000042603877LS/2022-06178 成文日期: 2022-07-19\n"
            "发布机构: 莱山区教育和体育局 组配分类: 文字解读\n"
            "【文字解读】《莱山区“十四五”教育事业发展规划》的解读\n"
            "发布日期: 2022- 07- 19 17: 18 访问次数: 字号:[ ]\n\n一、政策背景\n\n"
            "“十四五”教育事业发展规划编制工作由区教育体育局牵头,结合莱山区经济发展和人口规模实际,制定烟台市莱山区教育事业"
            "发展第十四个五年规划和2035年远景目标纲要。\n\n二、决策依据\n\n"
            "根据《烟台市莱山区2021年政府工作报告》等要求,规划莱山区未来五年发展。\n\n三、出台目的\n\n"
            "莱山区始终坚持以人民为中心推进教育改革,把教育摆在优先发展位置。\n")
# dev http://linshu.gov.cn/info/4114/216169.htm (临沭 2022)
_LINSHU = ("欢迎访问临沭县人民政府门户网站\n"
           "当前位置: 首页>>公开>>政府信息公开>>法定主动公开内容>>履职依据>>政策解读>>文字解读>>正文\n"
           "文字解读:临沭县创建省级全域旅游示范区工作方案\n2022-06-30    点击数:  \n"
           " 索引号  linshuxianxzfbgs/2022-0000465  公开目录  公开目录\n"
           " 发布机构  临沭县政府办公室  发布日期  2022-06-30\n 公开方式  主动公开  文号 \n"
           " 标题  文字解读:临沭县创建省级全域旅游示范区工作方案\n发布机构: 临沭县政府办公室\n发布日期: 2022-06-30\n\n"
           "根据市、县工作部署要求,县文化和旅游局研究起草了《临沭县创建省级全域旅游示范区工作方案》(以下简称“方案”)。"
           "现将起草编制情况汇报如下:\n\n一、起草背景和形成过程\n")
# dev http://tzchery.com/zwgk/zcjd/content/post_63465.html (遂溪 2018)
_SUIXI = ("關于《遂溪縣縣城“門前三包”責任實施方案》的政策解讀\n關于《遂溪縣縣城“門前三包”責任實施方案》\n的政策解讀\n?\n"
          "為進一步加強我縣縣城市容市貌和環境衛生管理,建立和完善城區管理長效機制,現結合我縣實際,特制定本方案。\n"
          "特此說明。\n?\n遂溪縣住房和城鄉規劃建設局\n2018年1月8日\n")
# dev http://www.hipisoho.com/zwgk/xzfxxgkml/jdhy/wjjd/20220922/i2798013.html (衡東 2022)
_HENGDONG = ("關于《關于健康衡東行動實施方案》文件解讀\n\n來源:縣司法局 ???? 發(fā)布時間:2022-09-22\n\n"
             "關于《關于健康衡東行動實施方案》文件解讀\n\n\n一、出臺《關于健康衡東行動實施方案》的必要性\n\n"
             "全面實施健康衡東行動,既是貫徹落實決策部署的需要。\n\n二、起草依據(jù)\n\n"
             "1、湖南省人民政府《關于健康湖南行動的實施意見》(湘政發(fā)[2019]23號);\n\n"
             "2、湖南省愛衛(wèi)會《關于加強愛國衛(wèi)生工作推進健康湖南建設的實施意見》(湘愛衛(wèi)發(fā)[2020]3號);\n\n"
             "3、衡陽市人民政府《關于健康衡陽行動的實施意見》(衡政發(fā)[2020]11號)\n\n三、主要內容\n")
# dev https://www.tjnk.gov.cn/NKQZF/ZWGK5712/zcjdx/bmjd/202012/t20201215_5023264.html (南开 2019)
_NANKAI = ("今天是:2021年09月26日 星期日\n《南开区推进夜间经济发展工作方案》政策解读\n"
           "来源:天津市南开区人民政府 时间:2019-05-30 10:49:18\n"
           "  《南开区推进夜间经济发展工作方案》(以下简称《方案》)是根据《天津市人民政府办公厅关于加快推进夜间经济发展的实施"
           "意见》(津政办发〔2018〕45号)文件精神,为加快推进南开区夜间经济发展,制订的工作方案。\n\n"
           "  《方案》经区人民政府同意,于2019年1月17日正式印发实施。\n\n  一、背景情况\n")
# dev http://www.hhsp.gov.cn/zfxxgk/fdzdgknr/zcjd_15995/202107/t20210712_531642.html (石屏 2021)
_SHIPING = ("索引号\n000014348/2021-02097\n信息分类\n政府文件;政策解读\n发布机构\n石屏县政府办\n文号\n发布日期\n2021-07-12\n"
            "信息名称\n解读《石屏县加快食用菌产业发展实施办法》\n\n"
            "  近日,石屏县人民政府办公室印发了《石屏县加快食用菌产业发展实施方案》(石政办函〔2021〕16号),以下简称《实施方案》,"
            "现就《实施方案》的出台背景和主要内容解读如下。\n\n  一、文件起草背景及依据\n\n"
            "  为贯彻落实省委、省政府全力打造世界一流“绿色食品牌”的决策部署,按照《云南省人民政府办公厅关于印发云南省加快食用菌"
            "产业发展的指导意见的通知》(云政办函〔2020〕97号)、《红河州人民政府办公室关于印发红河州加快食用菌产业发展的实施办法的"
            "通知》(红政办函〔2021〕28号)要求,结合石屏实际,我社草拟了《石屏县加快食用菌产业发展实施办法》,现报县人民政府办公室"
            "批准印发实施。\n\n  二、文件主要内容\n")
# dev https://www.huoqiu.gov.cn/public/6600461/35753648.html (霍邱 2022): a heading naming the notice keeps the notice's reading, its stamp no date
_HUOQIU = ("网站首页 > 信息公开 >霍邱县农业农村局(乡村振兴局) > 政策解读 > 其他解读\n\n"
           "【政策解读】霍邱县人民政府办公室关于印发霍邱县2022年农作物秸秆综合利用实施方案的通知\n\n"
           "浏览次数: 来源:霍邱县农业农村局 时间:2022-10-14 16:43    文字大小:[ ]   背景色:       \n\n"
           "一、方案的制定背景和依据是什么?\n\n二、此次方案的制定意义和总体考虑是什么?\n")


def test_a_explanation_heading_names_the_plan():
    assert_reads([
        (_LAISHAN, "莱山区“十四五”教育事业发展规划"),
        (_LINSHU, "临沭县创建省级全域旅游示范区工作方案"),
        (_SUIXI, "遂溪縣縣城“門前三包”責任實施方案"),
        (_HENGDONG, "關于健康衡東行動實施方案"),
        (_SHIPING, "石屏县加快食用菌产业发展实施方案"),  # the cited form first (openings14)
    ], "title")


def test_an_explanation_page_s_publisher_and_signer_issue_nothing():
    assert_reads([(_LAISHAN, []), (_LINSHU, []), (_SUIXI, []), (_SHIPING, [])], "issuer")
    assert document_of(_HUOQIU)["issuer"] == ["霍邱县人民政府办公室"]  # the notice's title names it


def test_an_explanation_page_s_stamp_dates_no_plan():
    assert_reads([(_LAISHAN, None), (_SUIXI, None), (_HENGDONG, None), (_HUOQIU, None),
                  (_NANKAI, "2019-01-17")], "date")  # the date the page states for the plan


def test_an_explanation_s_basis_heading_names_the_basis():
    assert_reads([
        (_LAISHAN, ["烟台市莱山区2021年政府工作报告"]),
        (_HENGDONG, ["關于健康湖南行動的實施意見", "關于加強愛國衛(wèi)生工作推進健康湖南建設的實施意見",
                     "關于健康衡陽行動的實施意見"]),
        (_SHIPING, ["云南省人民政府办公厅关于印发云南省加快食用菌产业发展的指导意见的通知",
                    "红河州人民政府办公室关于印发红河州加快食用菌产业发展的实施办法的通知"]),
    ], "basis")


def test_a_link_to_an_explanation_heads_no_explanation_page():
    from kechuang.extract.lines import split_lines
    from kechuang.extract.metadata.explaining import explaining_heading

    # a notice's page linking its 图文解读 (dev 潞城 2022) and a plan's linking its 政策解读 (dev 民乐 2020)
    for line in ("图文解读:《长治市潞城区人民政府关于公布第一批区级非物质文化遗产代表性项目名录的通知》",
                 "政策解读链接:《民乐县突发公共事件总体应急预案》政策解读"):
        assert explaining_heading(split_lines(line + "\n")) is None


def test_the_explanation_readers_are_linear():
    from kechuang.extract.lines import split_lines
    from kechuang.extract.metadata.explaining import explaining_heading, stated_date
    from tests.timing import assert_linear

    def make(n: int) -> list:
        return [split_lines("【文字解读】《" + "规" * 200 + "》的解读x\n" * 60 + "于2019年1月17日印" * 30 + "\n")] * n

    assert_linear(lambda pages: [(explaining_heading(p), stated_date(p[:80])) for p in pages], make, 16)


# Villages and towns as a kind (健康村镇) and a verb before a designation (开展健康城市) name no place:
# dev http://stq.gov.cn/2019_11/27_14/content-161987.html (双台子 2019, a 解读 of 双台子区健康村镇建设实施方案),
# dev http://www.9ask.cn/fagui/201607/389242_1.html (全国爱卫会 2016: 关于开展健康城市健康村镇建设的指导意见).
def test_villages_and_towns_as_a_kind_are_no_place():
    from kechuang.extract.metadata.region import region_of

    assert region_of("双台子区健康村镇建设实施方案") == "双台子区"
    assert region_of("关于开展健康城市健康村镇建设的指导意见") is None
    assert region_of("王村镇人民政府") == "王村镇"  # a town's own name of three characters stays
