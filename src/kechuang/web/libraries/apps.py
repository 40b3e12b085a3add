from django.apps import AppConfig


class LibrariesConfig(AppConfig):
    name = "kechuang.web.libraries"
    label = "libraries"
    verbose_name = "资源库"

    def ready(self) -> None:
        from django.db.backends.signals import connection_created

        from kechuang.web.libraries import records  # noqa: F401  (registers the projects source of the index store)
        from kechuang.web.libraries.textsearch import register

        connection_created.connect(register, dispatch_uid="kc-project-text")  # the text index's triggers call it
