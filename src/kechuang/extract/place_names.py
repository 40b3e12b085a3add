"""A place's name by its ending: one pattern for the readers that ask whether a word names a place (ref38).

A place's name ends in a level (苏州市, 连云港市, 某某县, 青海省, 某某镇), but so do words that name no place, told
apart by the character before the ending (``NO_PLACE_BEFORE_END``, for every reader): 城市, 超市, 门市, 上市, 夜市,
菜市, 股市; 校区; a level after a word of place (境内县, 省外市) or a class (县级市); 联盟, 红旗. 健康城市是卫生城市的
升级版 (爱卫会 2016 健康城市, http://www.9ask.cn/fagui/201607/389242_1.html, dev) opens no place's profile.

Two readers use it: targets/profiles.py (a profile opens with a place and 是: 青海是…, 开发区是我区经济发展的主战场,
行政管辖面积171平方公里 — 金坛 2018) and column_units.py (a place beside a body in a unit column's cell answers for
its row: 上海市交通委员会、苏州市、嘉兴市 — 长三角 2023). They differ in two kinds of words, which each reader states
where it uses the pattern:
- ``POINTING_HEADS``: words that point at a place rather than name it (全市, 本市, 该县, 我区, 各区, 辖区): a
  profile's subject may be one (我市是…), a unit column's name may not (no body answers as 全市);
- ``AREA_HEADS``: an area, a zone or a part of a place (市区, 主城都市区, 县区, 小区, 社区, 景区, 园区, 山区, 地区,
  示范区, 先行区, 保护区, 功能区…): a profile may describe one (主城都市区是我市国家中心城市建设的主要承载地: 重庆 2023,
  http://yx822.com/tanguwen/2023/0324/95647.html, dev; as 开发区是…), but no body answers for a row as one.
"""

from __future__ import annotations

PLACE_ENDINGS = "省市县区州旗盟镇乡"
NO_PLACE_BEFORE_END = "城超门上夜菜股校内外级联红"
POINTING_HEADS = "全本该我各辖"
AREA_HEADS = "市县区小社景片街地山库矿湖林牧灾农园郊专验范行护能"
# a place's ending, not after a character that makes a word naming no place (a regex piece, fixed width)
PLACE_END = rf"(?<![{NO_PLACE_BEFORE_END}])[{PLACE_ENDINGS}]"
