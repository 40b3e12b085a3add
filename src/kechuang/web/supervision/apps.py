from django.apps import AppConfig


class SupervisionConfig(AppConfig):
    name = "kechuang.web.supervision"
    label = "supervision"
    verbose_name = "督查督办"
