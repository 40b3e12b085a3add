from django.apps import AppConfig

#: the words the history shows for this app's fields (kechuang.web.history.selectors.FIELD_NAMES)
FIELD_NAMES = {"jb_title": "榜单名称", "field": "技术领域", "problem": "技术难题与需求", "conditions": "揭榜条件",
               "jb_budget": "经费(万元)", "term_months": "实施期(月)", "apply_until": "揭榜截止", "step": "环节",
               "targets": "目标", "institution": "揭榜单位", "team_lead": "团队负责人", "team": "团队成员",
               "need": "需求名称",
               "status": "状态", "screen_reason": "审查意见", "expert": "评审专家", "conflicted": "利益冲突",
               "conflict_note": "利益冲突说明", "scores": "评分", "winner": "揭榜方", "winner_reason": "确定理由",
               "milestones": "里程碑", "evidence": "考核依据", "released_on": "拨付日期", "achieved": "实际值",
               "met": "达标", "accepted": "验收通过", "acceptance_note": "验收结论", "demand_ref": "需求库编号"}


class ChallengesConfig(AppConfig):
    name = "kechuang.web.challenges"
    label = "challenges"
    verbose_name = "揭榜挂帅"

    def ready(self) -> None:
        """Teach the history app this app's kinds and fields (without editing its modules)."""
        from kechuang.web.challenges.selectors import KINDS
        from kechuang.web.history import selectors as history
        from kechuang.web.history.services import kinds_register

        kinds_register(KINDS)
        for key, name in FIELD_NAMES.items():
            history.FIELD_NAMES.setdefault(key, name)
        history._ORDER.update({k: i for i, k in enumerate(history.FIELD_NAMES)})
