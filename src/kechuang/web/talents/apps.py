from django.apps import AppConfig

#: the history's words for this app's kinds (kechuang.web.history.services.KIND_NAMES); a 特派员's assignment is
#: "dispatch": "assignment" is the plans' 分工 (whose 签收 rows it once relabelled)
KINDS = {"talent": "人才", "talent-event": "人才动态", "dispatch": "特派员选派", "service-log": "服务记录",
         "specialist-eval": "特派员考核", "village": "村庄名录"}


class TalentsConfig(AppConfig):
    name = "kechuang.web.talents"
    label = "talents"
    verbose_name = "人才库与科技特派员"

    def ready(self) -> None:
        """Teach the history app this app's kinds (without editing its modules)."""
        from kechuang.web.history.services import kinds_register

        kinds_register(KINDS)
