"""URLs of the transfer libraries (mounted under /transfer/ by kechuang.web.urls)."""

from django.urls import path

from kechuang.web.transfer import docking_views, io_views, views

urlpatterns = [
    path("", views.home, name="kc-transfer"),
    path("demands/", views.demand_list, name="kc-transfer-demands"),
    path("demands/new/", views.demand_new, name="kc-transfer-demand-new"),
    path("demands/export.xlsx", io_views.demands_export, name="kc-transfer-demands-export"),
    path("demands/<int:pk>/", views.demand_detail, name="kc-transfer-demand"),
    path("demands/<int:pk>/edit/", views.demand_edit, name="kc-transfer-demand-edit"),
    path("demands/<int:pk>/dockings/", docking_views.docking_new, name="kc-transfer-docking-new"),
    path("achievements/", views.achievement_list, name="kc-transfer-achievements"),
    path("achievements/new/", views.achievement_new, name="kc-transfer-achievement-new"),
    path("achievements/export.xlsx", io_views.achievements_export, name="kc-transfer-achievements-export"),
    path("achievements/<int:pk>/", views.achievement_detail, name="kc-transfer-achievement"),
    path("achievements/<int:pk>/edit/", views.achievement_edit, name="kc-transfer-achievement-edit"),
    path("dockings/", docking_views.docking_list, name="kc-transfer-dockings"),
    path("dockings/export.xlsx", io_views.dockings_export, name="kc-transfer-dockings-export"),
    path("dockings/<int:pk>/edit/", docking_views.docking_edit, name="kc-transfer-docking-edit"),
    path("files/<int:pk>/", docking_views.docking_file, name="kc-transfer-file"),
    path("import/<str:library>/", io_views.import_upload, name="kc-transfer-import"),
    path("import/<str:library>/confirm/", io_views.import_confirm, name="kc-transfer-import-confirm"),
    path("import/<str:library>/template.xlsx", io_views.import_template, name="kc-transfer-template"),
]
