from django.apps import AppConfig


class PlansConfig(AppConfig):
    name = "kechuang.web.plans"
    label = "plans"
    verbose_name = "方案"
