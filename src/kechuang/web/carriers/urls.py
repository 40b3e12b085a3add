"""Pages of the 载体/平台 library (included under /carriers/)."""

from django.urls import path

from kechuang.web.carriers import views

urlpatterns = [
    path("", views.carrier_list_view, name="kc-carriers"),
    path("new/", views.carrier_new, name="kc-carrier-new"),
    path("import/", views.import_view, name="kc-carriers-import"),
    path("import/confirm/", views.import_confirm, name="kc-carriers-import-confirm"),
    path("template.xlsx", views.template_view, name="kc-carriers-template"),
    path("export.xlsx", views.export_view, name="kc-carriers-export"),
    path("<int:pk>/", views.carrier_detail, name="kc-carrier"),
    path("<int:pk>/edit/", views.carrier_edit, name="kc-carrier-edit"),
    path("<int:pk>/evaluate/", views.carrier_evaluate, name="kc-carrier-evaluate"),
]
