"""Pages of the libraries (included under /libraries/): the 科技计划项目库, its batch check, the search box."""

from django.urls import path

from kechuang.web.libraries import batch_views, io_views, search_views, views

urlpatterns = [
    path("search/", search_views.search_view, name="kc-library-search"),
    path("projects/", views.project_list_view, name="kc-projects"),
    path("projects/new/", views.project_new, name="kc-project-new"),
    path("projects/import/", io_views.import_view, name="kc-projects-import"),
    path("projects/import/confirm/", io_views.import_confirm, name="kc-projects-import-confirm"),
    path("projects/template.xlsx", io_views.template_view, name="kc-projects-template"),
    path("projects/export.xlsx", io_views.export_view, name="kc-projects-export"),
    path("projects/<int:pk>/", views.project_detail, name="kc-project"),
    path("projects/<int:pk>/edit/", views.project_edit, name="kc-project-edit"),
    path("projects/<int:pk>/status/", views.project_status, name="kc-project-status"),
    path("projects/batch/", batch_views.batch_list_view, name="kc-project-batches"),
    path("projects/batch/<int:pk>/", batch_views.batch_detail, name="kc-project-batch"),
    path("projects/batch/<int:pk>/status/", batch_views.batch_status, name="kc-project-batch-status"),
    path("projects/batch/<int:pk>/export.xlsx", batch_views.batch_export, name="kc-project-batch-export"),
    path("projects/pairs/<int:pk>/decide/", batch_views.pair_decide_view, name="kc-project-pair-decide"),
]
