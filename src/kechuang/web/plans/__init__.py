"""Plans: upload, extraction, review and correction, unit matching, confirmation, revisions."""
