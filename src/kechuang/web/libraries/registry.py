"""The libraries the search box searches: dotted paths of ``search_hits(user, query, limit)`` functions
(returning dicts with ``kind``, ``title``, ``snippet``, ``url``, ``score``). Each library adds its own line."""

SEARCHERS = [
    "kechuang.web.libraries.selectors.search_hits",  # 科技计划项目库
    "kechuang.web.challenges.selectors.search_hits",  # 揭榜挂帅
    "kechuang.web.talents.selectors.search_hits",  # 人才库
    "kechuang.web.carriers.selectors.search_hits",  # 载体/平台
    "kechuang.web.transfer.selectors.search_hits",  # 需求库、成果库
]
