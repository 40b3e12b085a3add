"""揭榜挂帅 (open competition for a technical problem), the pure part: the steps as data (``rules/jiebang.yaml``),
the order they must follow, the expert scores (conflicted experts excluded, ties kept), the staged funding of a
任务书 and 公示 periods in working days. No Django here; ``kechuang.web.challenges`` stores and presents it."""

from kechuang.challenges.funding import Tranche, check_tranches, term_end
from kechuang.challenges.machine import Rules, Step, load_rules
from kechuang.challenges.scoring import Ranked, SheetScore, expert_total, rank_applications
from kechuang.challenges.workdays import add_working_days

__all__ = ["Ranked", "Rules", "SheetScore", "Step", "Tranche", "add_working_days", "check_tranches",
           "expert_total", "load_rules", "rank_applications", "term_end"]
