from django.apps import AppConfig


class CockpitConfig(AppConfig):
    name = "kechuang.web.cockpit"
    label = "cockpit"
    verbose_name = "目标监测与领导驾驶舱"
