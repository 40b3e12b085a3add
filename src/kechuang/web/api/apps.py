from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "kechuang.web.api"
    label = "kc_api"
    verbose_name = "API"
