from django.apps import AppConfig

KINDS = {"carrier": "载体/平台", "carrier-eval": "载体评价"}


class CarriersConfig(AppConfig):
    name = "kechuang.web.carriers"
    label = "carriers"
    verbose_name = "载体/平台"

    def ready(self) -> None:
        """Teach the history app this app's kinds (without editing its modules)."""
        from kechuang.web.history.services import kinds_register

        kinds_register(KINDS)
