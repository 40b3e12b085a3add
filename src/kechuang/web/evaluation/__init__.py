"""The county evaluation in the platform: the 评价方 runs a framework over its regions' data in the background;
results, a published ranking, and each county's own result page (the core does the arithmetic)."""
