"""The libraries the search box searches: dotted paths of ``search_hits(user, query, limit)`` functions
(returning dicts with ``kind``, ``title``, ``snippet``, ``url``, ``score``). Each library adds its own line."""

SEARCHERS = [
    "kechuang.web.libraries.selectors.search_hits",  # 科技计划项目库
]
