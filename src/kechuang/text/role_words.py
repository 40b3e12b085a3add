"""The role words of a responsibility label (牵头, 配合, 责任…) and the role each gives: one vocabulary for the
text's table converter (``text/tables.py``: a task table's role columns) and the extractor's label grammar
(``kechuang.extract.label_words``, which reads labels with it and keeps ``ROLE_WORDS`` in its public names). It lives
in ``kechuang.text`` because ``kechuang.text`` imports nothing of ``kechuang.extract``."""

from __future__ import annotations

# The role words of keywords and of a table's columns alike (牵头单位:…, a column 协同单位): one vocabulary. 主办/协办
# are the verbs' keywords (连江 2021). The words of working with (协-) cooperate, whichever is printed: 协同 (滁州
# 2020), 协办 (连江 2021), 协作 (灵璧 2021 卫健委 `主要协作单位:`). A compound (牵头责任, 配合责任, 牵头负责) is read by
# the grammar (label_words.LINK_WORDS), its first role word deciding.
ROLE_WORDS = {"牵头": "lead", "主责": "lead", "主办": "lead", "责任": "responsible", "承办": "responsible",
              "配合": "cooperating", "协办": "cooperating", "协助": "cooperating", "协同": "cooperating",
              "协作": "cooperating", "参与": "cooperating",
              # 负责 names the units that answer for an item as 责任 does (spec: 负责 = responsible): 負責科室 heads the
              # unit column of a county bureau's 政务公开 table (dev, https://www.redwoodcoonhounds.com/public/15401/
              # 105053833.html), and the same word labels tails and lines (负责单位:…, 负责部门:…).
              "负责": "responsible",
              # A label naming the departments a task involves answers for it (corpus README, tails7 batch):
              # 相关部门 after each task of a district's plan (dev, 杨浦 2025 内部道路, https://www.shanghai.gov.cn/
              # zhengce/detail?businessId=0077680&siteId=0077), 涉项部门 under a measure's 责任领导 (dev, a county
              # transport bureau's 整改 measures, https://98523.com/fanwen/gongwenchuli/hdfa/201112/160171_2.html).
              # Labels only: read with a colon (or as a column's name), never in prose (由…组织相关部门共同确认).
              "相关": "responsible", "涉项": "responsible"}
