from django.apps import AppConfig


class EnterprisesConfig(AppConfig):
    name = "kechuang.web.enterprises"
    label = "enterprises"
    verbose_name = "企业"
