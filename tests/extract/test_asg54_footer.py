"""asg54: a site's footer that opens with its sponsor's label (主办单位:…) names the site's owners, not a task's units.

Three dev pages print the footer line: 盘锦's two district portals (双台子区 2019, http://stq.gov.cn/2019_11/27_14/
content-161987.html, in simplified characters, which the chrome rules already drop; 兴隆台区, a mirror in traditional
characters with phonetic readings, http://www.anfibiosclimbing.com/2024_12/23_09/content-501551.html, which they do
not), and 咸宁's gazette (http://xianning.gov.cn/xxgk/xxgkml/qtzdgknr/zfgb/202206/t20220608_2656697.shtml,
`• 主办单位:咸宁市人民政府`, the gazette's sponsor among its metadata)."""

from __future__ import annotations

from kechuang.extract.pipeline import extract_text

_MIRROR = (
    "畢野委員您好:\n"
    "按照全市未來出臺(tái)的相關(guān)實(shí)施方案持續(xù)推進(jìn)充電基礎(chǔ)設(shè)施建設(shè)工作,保障人民群眾日常生活需要。\n"
    "主辦單位:興隆臺(tái)區(qū)人民政府 版權(quán)所有:盤錦市人民政府辦公室 網(wǎng)站地圖\n"
    "網(wǎng)站標(biāo)識(shí)碼:2111030012 ICP備案序號(hào):遼ICP備2020012352號(hào)-1\n"
)
_SIMPLIFIED = (
    "按照全市相关实施方案持续推进充电基础设施建设工作。\n"
    "主办单位:双台子区人民政府 版权所有:盘锦市人民政府办公室 网站地图\n"
)


def test_footer_in_traditional_characters_names_no_unit() -> None:
    assert extract_text(_MIRROR).assignments == []


def test_footer_in_simplified_characters_names_no_unit() -> None:
    assert extract_text(_SIMPLIFIED).assignments == []


def test_a_sponsor_label_closing_a_task_is_still_read() -> None:
    # 徐州 2010 (asg51's batch) prints 主办单位:… closing its tasks: a line without a footer's words is a tail
    text = "一、加快推进科技创新\n1.加快建设创新平台。\n主办单位:市科技局\n"
    assert [(a.role, a.unit) for a in extract_text(text).assignments] == [("lead", "市科技局")]
