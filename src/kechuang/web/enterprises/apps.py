from django.apps import AppConfig


class EnterprisesConfig(AppConfig):
    name = "kechuang.web.enterprises"
    label = "enterprises"
    verbose_name = "企业"

    def ready(self) -> None:
        """Every list's cached count follows the tables it reads (``kechuang.web.keyset`` listens to saves)."""
        from kechuang.web import keyset  # noqa: F401
