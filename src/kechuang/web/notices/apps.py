from django.apps import AppConfig


class NoticesConfig(AppConfig):
    name = "kechuang.web.notices"
    label = "notices"
    verbose_name = "消息"
