from django.apps import AppConfig


class LibrariesConfig(AppConfig):
    name = "kechuang.web.libraries"
    label = "libraries"
    verbose_name = "资源库"

    def ready(self) -> None:
        from kechuang.web.libraries import records  # noqa: F401  (registers the projects source of the index store)
