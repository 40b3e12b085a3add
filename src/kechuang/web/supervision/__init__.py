"""Supervision (督查督办): assignments, progress reports and review, reminders, board, 台账 and 通报."""
