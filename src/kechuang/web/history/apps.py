from django.apps import AppConfig


class HistoryConfig(AppConfig):
    name = "kechuang.web.history"
    label = "history"
    verbose_name = "变更记录"
