"""Regions, departments, users' roles, API tokens and the permission rules."""
