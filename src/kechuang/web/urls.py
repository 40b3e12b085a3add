"""URL map: pages (names prefixed kc-), the API under /api/v1/, /healthz."""

from django.urls import include, path

from kechuang.web.accounts import security_views as security
from kechuang.web.accounts import views as accounts
from kechuang.web.api.routes import api
from kechuang.web.cockpit import views as cockpit
from kechuang.web.evaluation import views as evaluation
from kechuang.web.indicators import views as indicators
from kechuang.web.jobs import views as jobs
from kechuang.web.notices import views as notices
from kechuang.web.plans import target_views as targets
from kechuang.web.plans import views as plans
from kechuang.web.supervision import cycle_views as cycle
from kechuang.web.supervision import views as supervision

urlpatterns = [
    path("", accounts.home, name="kc-home"),
    path("healthz", accounts.healthz, name="kc-healthz"),
    path("login/", accounts.login_view, name="kc-login"),
    path("logout/", accounts.logout_view, name="kc-logout"),
    path("account/token/", security.token_page, name="kc-token"),
    path("account/token/<int:pk>/revoke/", security.token_revoke_view, name="kc-token-revoke"),
    path("account/password/", security.password_view, name="kc-password"),
    path("account/password/done/", accounts.password_done, name="kc-password-done"),
    path("departments/", accounts.department_list, name="kc-departments"),
    path("departments/<int:pk>/alias/", accounts.department_alias, name="kc-department-alias"),
    path("departments/<int:pk>/members/", accounts.department_members, name="kc-department-members"),
    path("users/", accounts.user_list, name="kc-users"),
    path("users/<int:pk>/password/", accounts.user_password, name="kc-user-password"),
    path("users/<int:pk>/active/", accounts.user_active, name="kc-user-active"),
    path("security/lockouts/", security.lockout_list, name="kc-lockouts"),
    path("security/lockouts/unlock/", security.lockout_unlock_view, name="kc-lockout-unlock"),
    path("plans/", plans.plan_list, name="kc-plans"),
    path("plans/<int:pk>/", plans.plan_detail, name="kc-plan"),
    path("plans/<int:pk>/units/", plans.plan_units, name="kc-plan-units"),
    path("plans/<int:pk>/confirm/", plans.plan_confirm_view, name="kc-plan-confirm"),
    path("plans/<int:pk>/revise/", plans.plan_revise, name="kc-plan-revise"),
    path("plans/<int:pk>/diff/", plans.plan_diff, name="kc-plan-diff"),
    path("plans/<int:pk>/tasks/add/", plans.task_add_view, name="kc-task-add"),
    path("tasks/<int:pk>/edit/", plans.task_edit, name="kc-task-edit"),
    path("tasks/<int:pk>/delete/", plans.task_delete_view, name="kc-task-delete"),
    path("plans/<int:pk>/delete/", plans.plan_delete_view, name="kc-plan-delete"),
    path("plans/<int:pk>/archive/", plans.plan_archive_view, name="kc-plan-archive"),
    path("tasks/<int:pk>/targets/add/", targets.target_add_view, name="kc-target-add"),
    path("targets/<int:pk>/edit/", targets.target_edit, name="kc-target-edit"),
    path("targets/<int:pk>/delete/", targets.target_delete_view, name="kc-target-delete"),
    path("plans/<int:pk>/board/", supervision.board, name="kc-board"),
    path("plans/<int:pk>/ledger.xlsx", supervision.export, {"kind": "ledger"}, name="kc-ledger"),
    path("plans/<int:pk>/bulletin.docx", supervision.export, {"kind": "bulletin-docx"}, name="kc-bulletin-docx"),
    path("plans/<int:pk>/bulletin.pdf", supervision.export, {"kind": "bulletin-pdf"}, name="kc-bulletin-pdf"),
    path("plans/<int:pk>/reminders/", supervision.reminders, name="kc-reminders"),
    path("tasks/<int:pk>/", supervision.task_detail, name="kc-task"),
    path("tasks/<int:pk>/report/", supervision.report_new, name="kc-report-new"),
    path("reports/<int:pk>/approve/", supervision.report_approve_view, name="kc-report-approve"),
    path("reports/<int:pk>/return/", supervision.report_return_view, name="kc-report-return"),
    path("attachments/<int:pk>/", supervision.attachment_download, name="kc-attachment"),
    path("my/tasks/", supervision.my_tasks, name="kc-my-tasks"),
    path("tasks/<int:pk>/acknowledge/", cycle.acknowledge_view, name="kc-acknowledge"),
    path("tasks/<int:pk>/reviewer/", cycle.reviewer_view, name="kc-reviewer"),
    path("tasks/<int:pk>/completion/", cycle.request_view, {"kind": "completion"}, name="kc-completion"),
    path("tasks/<int:pk>/extension/", cycle.request_view, {"kind": "extension"}, name="kc-extension"),
    path("completions/<int:pk>/decide/", cycle.decide_view, {"kind": "completion"}, name="kc-completion-decide"),
    path("extensions/<int:pk>/decide/", cycle.decide_view, {"kind": "extension"}, name="kc-extension-decide"),
    path("inbox/", cycle.inbox, name="kc-inbox"),
    path("reminders/<int:pk>/sheet.docx", supervision.reminder_sheet, name="kc-reminder-sheet"),
    path("messages/", notices.notification_list, name="kc-notifications"),
    path("messages/read/", notices.notification_read, name="kc-notifications-read"),
    path("jobs/<int:pk>/", jobs.job_detail, name="kc-job"),
    path("jobs/<int:pk>/status/", jobs.job_status, name="kc-job-status"),
    path("evaluations/", evaluation.evaluation_list, name="kc-evaluations"),
    path("evaluations/<int:pk>/", evaluation.evaluation_detail, name="kc-evaluation"),
    path("evaluations/<int:pk>/status/", evaluation.evaluation_status, name="kc-evaluation-status"),
    path("evaluations/<int:pk>/results.xlsx", evaluation.evaluation_xlsx, name="kc-evaluation-xlsx"),
    path("evaluations/<int:pk>/publish/", evaluation.evaluation_publish, name="kc-evaluation-publish"),
    path("evaluations/<int:pk>/ranking/", evaluation.evaluation_ranking, name="kc-evaluation-ranking"),
    path("evaluation/results/<int:pk>/", evaluation.evaluation_result, name="kc-evaluation-result"),
    path("evaluation/", evaluation.my_evaluation, name="kc-my-evaluation"),
    path("plans/<int:pk>/targets/monitor/", cockpit.plan_monitor, name="kc-plan-monitor"),
    path("targets/<int:pk>/link/", cockpit.target_link, name="kc-target-link"),
    path("dashboard/", cockpit.dashboard, name="kc-dashboard"),
    path("indicators/", indicators.indicator_list, name="kc-indicators"),
    path("indicators/<int:pk>/", indicators.indicator_detail, name="kc-indicator"),
    path("indicators/local/", indicators.indicator_add, name="kc-indicator-add"),
    path("indicators/template.xlsx", indicators.import_template, name="kc-indicator-template"),
    path("indicators/import/", indicators.import_page, name="kc-indicator-import"),
    path("indicators/import/<int:pk>/", indicators.batch_detail, name="kc-indicator-batch"),
    path("indicators/import/<int:pk>/confirm/", indicators.batch_confirm, name="kc-indicator-batch-confirm"),
    path("indicators/regions/<int:pk>/", indicators.region_data, name="kc-region-data"),
    path("indicators/regions/<int:pk>/history/", indicators.observation_history, name="kc-observation-history"),
    path("indicators/entry/", indicators.entry_page, name="kc-indicator-entry"),
    path("enterprises/", include("kechuang.web.enterprises.urls")),
    path("vouchers/", include("kechuang.web.vouchers.urls")),
    path("libraries/", include("kechuang.web.libraries.urls")),
    path("challenges/", include("kechuang.web.challenges.urls")),
    path("talents/", include("kechuang.web.talents.urls")),
    path("carriers/", include("kechuang.web.carriers.urls")),
    path("transfer/", include("kechuang.web.transfer.urls")),
    path("api/v1/", api.urls),
]

handler400 = "kechuang.web.errors.bad_request"
handler403 = "kechuang.web.errors.permission_denied"
handler404 = "kechuang.web.errors.page_not_found"
handler500 = "kechuang.web.errors.server_error"
