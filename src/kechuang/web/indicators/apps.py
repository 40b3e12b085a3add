from django.apps import AppConfig
from django.db.models.signals import post_migrate


def _sync_catalog(sender, **kwargs) -> None:
    """After every migrate: the catalog in the database follows the core's ``catalog.yaml`` (versioned edits)."""
    from kechuang.web.indicators.services import catalog_sync

    catalog_sync()


class IndicatorsConfig(AppConfig):
    name = "kechuang.web.indicators"
    label = "indicators"
    verbose_name = "指标数据"

    def ready(self) -> None:
        post_migrate.connect(_sync_catalog, sender=self, dispatch_uid="kechuang-indicators-catalog-sync")
