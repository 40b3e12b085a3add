"""Generality on real text the project did not write: the corpus of tests/fixtures/real, both splits gated.

Rules are written looking at the dev split only (scripts/score_real.py lists its misses); the validation split
is measured here and never tuned on. See tests/fixtures/real/README.md and SOURCES.md.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kechuang.extract.corpus import corpus_size, load_openings, load_passages, score_corpus

ROOT = Path(__file__).resolve().parent.parent / "fixtures" / "real"

# Neither split meets the issue's gates on the corpus as it has grown (dev 0.90 / 0.95 / 0.90 was met before the
# ext-corpus5 pages came). The gates are the figures reached so far (docs/extraction.md reports both), so that no
# change makes them worse unnoticed; raise them as the rules generalise. The issue's goal on validation: document 0.90, assignments 0.95, targets 0.90.
GATES = {
    # dev targets and assignments: the issue asks 0.90 / 0.95; the ext-corpus5 dev pages (measured before any rule
    # change; assignments: 滁州 2020's `牵头责任单位:` / `协同责任单位:` paragraphs and 旌阳 2016's `监考单位` column, none
    # found) bring them to the figures below until the rules branch learns their shapes; restore 0.90 / 0.95 when it does
    # ext-corpus6 added dev pages (tables, livelihood lists); measured before any rule change: 0.933 / 0.893 / 0.809
    # ext-targets6 (passages read with their page's title, then round-5 rules): dev targets 0.901 on this corpus
    # ext-doc6 (round 5, document and assignments rules): 0.962 / 0.945 on the dev split with all ext-corpus6 pages
    # merged (both rule branches): 0.965 / 0.938 / 0.901 — assignments 0.007 under ext-doc6 alone
    # ext-corpus7 added dev pages (a State Council plan's `…等负责。列第一位者为牵头单位` tails among them); measured
    # before any rule change: assignments 0.892, targets 0.885 (document 0.961, still above its gate)
    # ext-doc7 (round 6, document and assignments rules) on this corpus: 0.968 / 0.923 (main's rules 0.961 / 0.892)
    # ext-targets7 (round 6 target rules; 0.885 on this corpus before them): dev targets 0.910
    # ext-corpus8 added dev pages; measured before any rule change: document 0.964, assignments 0.874, targets 0.887
    # ext-targets8 (round 7 target rules) on this corpus: dev targets 0.901 (main's rules 0.887)
    # ext-doc8 (round 7, document and assignments rules) on the corpus with ext-corpus8's pages: 0.968 / 0.950
    # ext-audit9 (gold audit of the eighth batch, AUDIT.md) on main's rules: dev targets 0.900 (2 × 900 / (973 + 1027))
    # ext-tables9 (round 8, tables flattened to text: quota table by place, turned goal tables): dev targets 0.938
    # ext-doc9 (round 8, document rules: a basis named without 《》, 《X》,现印发给你们): dev document 0.968 → 0.969
    # ext-doc9 with ext-audit9's gold (the 下同 rule's words kept as a line in later passages, read): assignments
    # 0.953 → 0.977; a lone unit under that rule stays responsible (README): 0.979
    # ext-corpus10 added dev pages; measured with main's rules before any rule change: 0.952 / 0.965 / 0.917, then
    # document 0.951 with its last pages (assignments and targets still above the figures above)
    # ext-targets10 (round 10) on the corpus with ext-corpus10's first three batches merged (main's rules: dev targets
    # 0.921): 0.940; with all of ext-corpus10's pages (main's rules 0.917): 0.939; the turned-table reader removed
    # (it rested on one dev page, cn-yiyang-xczxzb2022, and read nothing on validation or fresh text): 0.9249; a cell
    # holding a value names no target: 0.929; an item after 、 with a comparison of its own ends the value: 0.930
    # ext-audit10 (gold audit of the ninth batch, tests/fixtures/real/AUDIT.md: 3 beneficiary-count targets added) on
    # main's rules: dev targets 0.91695 (2 × 1071 / (1152 + 1184); score_real.py prints 0.917, under the 0.917 gate by
    # rounding): gate set after the audit to 0.916
    # ext-doc10 (round 10, document and assignments rules) on this corpus: document 0.972, assignments 0.990
    # merged (ext-targets10, ext-audit10, ext-doc10, the lead's list-count fix): 0.972 / 0.990 / 0.930
    # ext-targets11 (round 11: 条 counts after an open verb, not a policy's articles; one clause is no list of
    # names): dev targets 0.930 → 0.93045 (2 × 1077 / (1131 + 1184))
    # ext-targets12 (round 12): dev targets unchanged, 0.93045; ext-corpus10's dev pages (b2c39ba..) 0.818 under the rules
    # ext-targets14 (round 14): a count of percentage points is an increase: 0.930 → 0.931; the quota-table-by-place
    # reader removed (it rested on one dev page, cn-guoban-xzbkz1996, no second source found; nothing on validation or
    # the held-out lists): 0.91253 (2 × 1038 / (1091 + 1184)) — the gate follows the removal, as in round 10
    # ext-meta12 (document round 14): dev document 0.97236 → 0.97335 (985/998 → 986/998 of 1028) — its rules +0.003,
    # the full-title-under-a-short-header rule (天津 2016, one dev page) removed −0.002; validation unchanged
    # ext-corpus11 added dev pages; measured with main's rules before any rule change: 0.954 / 0.966 / 0.924
    # (score_real.py's rounding; the gates are the figures to four places, 0.95399 / 0.96603 / 0.92374)
    # merged at 11:05 (ext-targets14, ext-meta12, ext-doc13, ext-corpus11): 0.95614 / 0.96603 / 0.90743
    # ext-audit12 (a reprint's posting stamp is no document date: ah-anhui-zdgz2021 → null): document 0.95569, gate set
    # after the audit
    # ext-targets15 (round 15: allocations are funding, a paragraph of accomplishments is history, 全长 measures the
    # work named before, 包括 naming fewer items than counted is no listing): 0.91253 → 0.91630 (2 × 1040 / (1086 + 1184))
    # merged with ext-targets15 on the grown corpus: targets 0.90743 → 0.91083
    # ext-doc15 (round 16 assignments, the tenth batch's task-division pages): dev assignments 0.96603 → 0.98137
    # ext-meta13 (document round 16: report openings, a purpose clause with its verb after the title): dev document
    # 0.95569 → 0.96534; with the notice over its attached table and the congress line's deepest place: 0.9671
    # merged with ext-meta13 and ext-notice: document 0.9671
    # ext-targets16 (round 16: a standard per head after its verb, a progress column found by 序号): 0.91394
    # (2 × 1147 / (1207 + 1303)); a bare 万 before the people it counts: 0.91481 (2 × 1149 / (1209 + 1303));
    # a baseline amount names no target: 0.91554 (2 × 1149 / (1207 + 1303)); a count of aspects or fields is none:
    # 0.91627 (2 × 1149 / (1205 + 1303)); 幢 counts buildings: 0.91670 (2 × 1150 / (1206 + 1303)); a progress row of
    # another length than its header keeps its progress column: 0.91816 (2 × 1150 / (1202 + 1303))
    # ext-audit13 (gold audit, issue 10: regions by one rule, a plan year the page does not print): dev document 0.9662
    # ext-title (round 17: an explanation page titled for the document it explains; a page that opens with its own
    # heading): dev document 0.9671 → 0.97199
    # ext-corpus12 added dev pages; measured with main's rules before any rule change: document 0.95234, targets
    # 0.90176 (assignments 0.98137, above its gate): gates set to those figures (four places, rounded down)
    # with ext-corpus12's pages, scored with the session's rules before any rule was written from them (its dev
    # pages alone: 0.867 / 0.981 / 0.764): 0.96723 / 0.98183 / 0.91011
    # ext-meta14 (document round 18, the eleventh batch's openings: a congress-adopted report as basis, zones and
    # designated areas as regions, a province in the title's form, bulleted fields, 深入实施): dev document 0.96723 →
    # 0.97478 (1179 / 1200 of 1219); the batch's dev pages alone 0.867 → 0.915
    # without ext-meta14's bullet-field rule (written after a validation page of that shape was seen; taken out by the
    # lead): 0.97436
    # ext-targets17 (round 17: a lead that deploys one year's work dates the page's undated targets): dev targets
    # 0.91011 → 0.91535 (2 × 1222 / (1284 + 1386)); a growth held as the goal at a sentence's end (…增长4%的目标。):
    # 0.91582 (2 × 1224 / (1287 + 1386)); a stretch after a comma keeps its indicator and kind (…增长2%,力争3%): 0.91657
    # (2 × 1225 / (1287 + 1386)); its new dev pages 0.764 → 0.855; validation unchanged
    # audit of 2026-12-02 (gold only, AUDIT.md; main's rules): dev document 0.97436 → 0.96870 (1176 / 1199 of 1229): nine
    # breakdowns gain the basis `政府工作报告` their notice says they divide, four titles take the marks of their
    # unenclosed printing, 湖南 2014 its portal's publishing date — the gate follows the gold, not a change of rules;
    # dev targets 0.91657 → 0.92147 (汉寿 2018 #2 keeps the lead line that dates it, 肇庆 gains the 1.6倍 floor)
    # tails (round 19): the twelfth batch (8 dev pages of tail shapes the rules had not seen, 62 units and 5 targets)
    # scored alone before any rule was written from it: assignments 0.635, targets 0.667; on the grown corpus with main's
    # rules 0.97436 / 0.96618 / 0.91518 — the targets gate is lowered to that figure because the batch's pages hold
    # award amounts and funds the target rules read as targets (no target rule was changed this round); round 19's
    # assignments rules: 0.96618 → 0.98456 (1148 / 1167 of 1165), targets 0.91558; the batch's second part (2 pages,
    # after round 19): main's rules 0.97436 / 0.96661 / 0.91382, round 19's 0.97436 / 0.98476 (1163 / 1182 of 1180) /
    # 0.91422 — its two targets are dated by an edition mark, 《…目录》(2019年本), one page, no target rule written
    # merged (audit + tails): 0.96870 / 0.98476 / 0.91908
    # ext-years19 (round 19: the year of one-year plans from lead-ins and titles never seen, held-out list
    # heldout/years.yaml): dev targets 0.91657 → 0.9229; its thirteenth batch (4 dev pages, 65 targets annotated before
    # the extractor ran: out of sample 0.621 under both main's and the round's rules; 0.845 under both once 余杭's
    # passages keep the lead-in that dates them, as the README asks): dev targets 0.91966 (main's rules 0.91359)
    # merged (audit + tails + years): 0.96870 / 0.98476 / 0.91705 (the years batch's pages, 0.845 alone, weigh it down)
    # tails2 (round 20): its fourteenth batch (1 dev page, 7 units annotated before the extractor ran: out of sample
    # 0.714) → 1.000; dev assignments 0.98316 (main's rules on the grown corpus) → 0.98611; validation unchanged
    # openings (round 19): a batch of 26 dev page openings on hosts the corpus did not hold, scored alone before any
    # rule was written from it: document 0.902 (P 0.971, R 0.843, 159 fields); one page (三水 2007, jxtv3.com) then
    # dropped, as main's years held-out list had meanwhile taken it: 25 pages, 0.907; on the grown corpus with main's
    # rules 0.96212 / 0.98476 / 0.91908; round 19's metadata rules (titles with the marks of their unenclosed printing,
    # phonetic readings read through, a notice to every province is national, a breakdown's report said the other way
    # round, a reprint's counted stamp): document 0.96212 → 0.97141 (1325 / 1344 of 1384), the batch 0.936
    # merged with main (audit + tails + years + openings): 0.97141 / 0.98476 / 0.91705 (main's rules: 0.96212 document)
    # merged (… + tails2 + openings): 0.97141 / 0.98611 / 0.91705
    # ext-indicator (round 20, the indicator of a target: a list closed by 等 before the thing, a bare verb of a stage
    # of work, a noun after the number that runs on into another quantity): 11 fresh dev pages (97 targets, out of
    # sample 0.880 under main's rules, 5 of their misses right but for the indicator); dev targets 0.91480 (main's
    # rules, with those pages) → 0.91984
    # merged (… + openings + indicator): 0.97141 / 0.98611 / 0.91984
    # tails3 (round 21, no rule written): the seventeenth batch (2 dev pages, 20 units and 1 target annotated before the
    # extractor ran: out of sample assignments 1.000, targets 0.000 — a road length read with the villages before it
    # as its indicator, and a project's design area 設計面積約99927平方米 read as a target, one page, no second source in
    # dev for a rule) on main's rules: 0.97141 / 0.98634 (1191 / 1208 of 1207) / 0.91892 (2 × 1377 / (1440 + 1557)) —
    # the targets gate is lowered to that figure because of the batch's page, as the twelfth batch's was
    # tails4 (round 22): its eighteenth batch (10 dev pages, 56 units and 17 targets annotated before the extractor ran:
    # out of sample assignments 0.622, targets 0.829); on the grown corpus with main's rules 0.97141 / 0.97282 / 0.91862
    # — the targets gate is lowered to that figure because the batch's progress columns hold last quarter's growth rates
    # the target rules read as targets (宣城 2022, 一季度…增速7.7%; no target rule was changed this round); round 22's
    # assignments rules: 0.97282 → 0.97650 (1205 / 1225 of 1243), the batch 0.622 → 0.731; validation unchanged (0.86082);
    # a person beside a unit under a person column (肇庆 2020, 青阳 2023): 0.97936 (1210 / 1228); its second part (华容
    # 2021, people-only tails) reads no assignment; the batch 0.774; 协作 cooperating as 协同 and 协办 do (灵璧 2021):
    # 0.98429 (1222 / 1240), the batch 0.914
    # merged (tails3 + attach + tails4): 0.97141 / 0.98454 / 0.91782 — both batches' pages, no target rule changed
    # tprec (round 22, numbers that are not targets): its nineteenth batch (28 dev pages, 63 passages rich in numbers
    # that are not targets, 10 targets, annotated before the extractor ran: out of sample P 0.133, R 1.000, 65 spurious)
    # takes dev targets to 0.90094 under main's rules (P 0.917); round 22's rules (an estimate reports, criteria under
    # a 申报条件 label, items a completion report says reached, a title naming the months gone by, design figures) → 0.91702 (1387 / 1459 of 1566; P 0.951): the gate is lowered to it,
    # from 0.919, because the batch was gathered to be hard for precision; validation unchanged (0.8319). The batch's
    # second part (11 pages, 21 passages, 1 target) scored under round 22's rules before any further rule: nothing read
    # (no spurious; its one target missed, as under main's); its third part (3 pages of news of the year so far, 9
    # passages, no target): 17 spurious, 10 after the last two rules (今年以来 opening a sentence, 成功培育/提前实现 as
    # things done); dev targets on the grown corpus: main's rules 0.89571 (P 0.907), round 22's 0.91310 (1387 / 1471 of
    # 1567; P 0.943): the gate follows the grown corpus. Its fourth part (3 pages, 4 passages, no target: a panel's
    # make-up, an assessment's scope): 3 spurious, each shape on one page, no rule; dev targets 0.89484 (main's rules)
    # / 0.91220 (round 22's; 1387 / 1474 of 1567, P 0.941)
    # merged (tails3 + attach + tails4 + tprec): 0.97141 / 0.98454 / 0.91033 (P 0.936) — the batches' pages
    # trec (round 23): its twentieth batch (25 dev pages on new hosts, 251 targets annotated before the extractor ran:
    # out of sample 0.811) brings dev targets to 0.90465 under main's rules — the gate is lowered for the new text, not
    # for a rule (the old dev pages stay 0.91984); round 23's rules (a place between a count verb and its count, the
    # class of a scenic area, a year and a count that is no date): the batch 0.811 → 0.843, dev 0.90888
    # merged (tails3 + attach + tails4 + tprec + trec): 0.97141 / 0.98454 / 0.90098 (P 0.924, R 0.879) — the five
    # batches' pages (trec's 251 targets alone 0.843 under its rules)
    # openings3 (round 21): a twenty-first batch of 42 dev page openings on hosts the corpus did not hold, committed and
    # scored alone before any rule was written from it: document 0.765 (P 0.853, R 0.694, 209 fields) — news items that
    # report a document, mirrors with readings inside names and dates, document-site copies, national notices; three
    # pages whose excerpt prints no title were then replaced by three fresh ones (the final 42: 0.748 under main's
    # rules). With it dev document fell to 0.94479 under main's rules; round 21's metadata rules: 0.94479 → 0.96182
    # (1499 / 1529 of 1588; the batch 0.748 → 0.881, the older dev openings 0.97141 → 0.97327). The dev gate is lowered
    # to the figure, rounded down, because the batch joined the split, not because a page read worse. Then a signature
    # run into the notice's last sentence, a signature date read through its readings, a law library's 颁布部门: 0.96182
    # → 0.96410 (1504 / 1532 of 1588; the batch 0.895, the older dev openings 0.97399). Then a news lead with its time
    # after the bodies and a headline's decorations ((全文), a province's tag): 0.96572 (1507 / 1533; the batch 0.903,
    # the older openings 0.97471).
    # merged (tails3 + attach + tails4 + tprec + trec + openings3): 0.96572 / 0.98454 / 0.90098
    # shtails (twenty-third batch, 57 passages of 12 whole Shanghai plans, annotated before the extractor ran): the batch
    # read at assignments 0.842 / targets 0.789 out of sample (142 units, 23 targets: 相关部门 label lines, a header-less
    # indicator row and count targets of a 3-year plan, each of one document), 0.859 after round 23's rules; the older
    # dev passages are unchanged (0.98454 / 0.90098). The dev gates are lowered to the figures with the batch, rounded
    # down (0.97258 / 0.89981): new unseen shapes, not a loss on any passage read before.
    # shtargets (round 24): a twenty-second batch of 13 whole Shanghai plans (dev by their official address; 50
    # passages, 152 targets annotated before the extractor ran: out of sample 0.553, P 0.693, R 0.461 — indicator and
    # planning tables printed one cell a line) brings dev targets to 0.87845 under main's rules (1685 / 1848 of 1990);
    # round 24's rules (period columns named with their role, a 属性 cell before the values, a two-level header, rows in
    # words; planning tables by place): the batch 0.553 → 0.825, dev 0.89506 (1740 / 1898), the older dev pages
    # unchanged at 0.90098. The gate is lowered to the figure, rounded down, because the batch joined the split, not
    # because a page read worse. Its second part (长宁 2026, 18 targets, scored under these rules first: 0.788), then a
    # unit per unit and a value in words that ends its row: dev 0.89580 (1758 / 1917 of 2008), the batch 0.841. Its
    # third part (上海 2021 绿色建筑十四五, 11 targets; 0.818 under round 24b, both misses the gold's, corrected): dev
    # 0.89638 (1769 / 1928 of 2019; main's rules 0.87648), the batch's 181 targets 0.851.
    # merged (… + shtails + shtargets, both Shanghai batches; 宝山 2019's passages taken by both engineers are kept
    # in one fixture): 0.96572 / 0.97223 / 0.89536 (P 0.918, R 0.874)
    # tails5 (twenty-eighth batch: 43 passages, 227 units, scored alone under main's rules first: assignments 0.989,
    # only the 負責科室 table read as nothing) then a note pointing to an attachment is no tail: dev assignments
    # 0.97547 (1571 / 1589 of 1632; the batch joined, before the rule 0.97517)
    # spaces (round 25): the twenty-fifth batch (12 dev pages, 9 openings and 20 passages, scored before any rule: document
    # 0.850, assignments 0.231, targets 0.688) brings dev to 0.96143 / 0.96606 / 0.89370 under main's rules; the round's
    # spaces give assignments 0.96717, document and targets unchanged. The gates are lowered to these figures, rounded
    # down, because the batch joined the split (徐庄镇's table of unnumbered rows, 23 units, is read by no reader), not
    # because a page read worse. Its second part (3 pages, scored under round 25's rules first: document 0.545 on 13
    # fields, targets 0.857 on 4; the same under main's) brings dev to 0.95863 / 0.96717 / 0.89364.
    # merged (2026-12-02 night: tails5 + spaces + openings4 + tprec2 + trec2, four fresh batches joined dev): 0.96080 /
    # 0.97046 / 0.89106 (P 0.895, R 0.888; one passage taken by two batches kept once); the gates follow the grown corpus, rounded down
    # sources (twenty-ninth batch, 2026-12-03: 42 passages of 8 whole Shanghai plans of zhiyao87/Shanghai-Gov-Docs-Index,
    # dev by address, 75 targets annotated before the extractor ran; out of sample 0.386 as committed, 0.443 after its
    # indicators were rewritten as printed, the spec's rule; the 3-value indicator table of 崇明 水务“十四五” (baseline,
    # 2025, 2035) read as nothing): dev targets 0.87782 (2080 / 2356 of 2383) under main's rules. The gate is lowered to
    # the figure, rounded down, because the batch joined the split, not because a page read worse.
    # tables2 (round 27, rows between bars without a number: 徐庄镇 2017's schedule, 仙居's 負責科室 table): dev
    # assignments 0.97046 → 0.97740 (1600 / 1619 of 1655); document and targets unchanged
    # the merge keeps tails6's reader of these rows (bar_rows) and not tables2's (bar_tables): dev 0.974 against 0.973
    # tails6 (round 27: rows between bars that open with the task's name, extract/bar_rows.py; 负责 as a role word of
    # labels and columns): dev assignments 0.97046 → 0.97740 (徐庄镇 2017 and the 負責科室 table read), document and
    # targets unchanged; with the round's batch joined (18 passages, 21 units, scored under the round's first rules
    # before any rule was written from it: 0.500) and a cell's verbs read as a tail's: 0.97397
    # tprec3 (round 27, numbers beside targets that are not targets): its twenty-ninth batch (25 dev pages, 55 passages,
    # 29 targets, annotated before the extractor ran) scored out of sample 0.473 (P 0.321, R 0.897) under main's rules
    # and takes dev targets from 0.89106 to 0.881; round 27's rules (an amount with the growth it reached in a sentence
    # that commits to nothing; funds a body arranges or sets up, and a grant's cap; 22 spurious gone on dev, no gold
    # lost) → 0.88543 (2075 / 2350 of 2337; the dev split without the batch 0.89106 → 0.89184): the gate follows the grown corpus, as after
    # tprec and tprec2, whose batches were also gathered to be hard for precision
    # merged with sources and tails6: dev targets 0.873 (the sources and tprec3 batches both joined dev)
    # trec3 (round 27): a twenty-ninth batch of 26 dev pages (65 passages, 131 targets annotated before the extractor ran:
    # out of sample 0.791, P 0.774, R 0.809) brings dev targets to 0.88556 under main's rules (2155 / 2428 of 2439);
    # round 27's rules (a rate per 100,000 is /10万, not a share; 羽, 箱, 吉瓦 as units) → 0.88670 (2160 / 2433), the
    # batch 0.809, the older dev passages 0.89106 → 0.89130; then a place between 对/为 and the count (对辖区80条…):
    # 0.88693 (2161 / 2434), the older dev passages 0.89155; then one gold correction to the corpus convention (甘肃
    # 2014's 旅游人数和旅游总收入年均增长20%以上 is one target): 0.88711 (2161 / 2434 of 2438), the batch 0.812 (0.794 under
    # main's rules). Then a count printed before its measure (农村公路5条37.7公里, targets/paired.py): 0.88757 (2163 / 2436),
    # the batch 0.816, the older dev passages 0.89179. The gate is lowered to the figure, rounded down, because the batch
    # joined the split, not because a page read worse.
    # merged with trec3 (its batch joined dev): dev targets 0.87025; validation targets 0.83832
    # openings5 (round 27): a batch of 30 dev page openings on hosts the project did not hold, committed and scored
    # alone under main's rules first (document 0.797, P 0.909, R 0.710, 169 fields), brings dev document to 0.94825
    # (1860 / 1908 of 2015); the gate is lowered to it, rounded down, because the batch joined the split, not because a
    # page read worse; round 27's run-on openings (a 文号 over a title, a notice's title and 文号 run into its text):
    # 0.95224 (1874 / 1921 of 2015); a stamp whose count is lost beside a website or printed on the next line, and
    # addressees read through a mirror's readings: 0.95323 (1875 / 1919 of 2015); 【】 as a lead's title marks and two
    # offices glued in traditional script: 0.95453 (1879 / 1922 of 2015); the batch's second part (6 openings, 0.940 under
    # these rules and main's alike) joined: 0.95423 (1918 / 1963 of 2057); a notice's title and 文号 closing a line:
    # 0.95501 (1921 / 1966 of 2057); a city's document about a zone of its own is placed in the zone: 0.95600 (1923 /
    # 1966 of 2057)
    # merged with openings5 (its 36 openings joined dev, round 27 metadata rules): dev document 0.95600
    # gtab (round 28, indicator tables whose header cells wrap over lines): its thirtieth batch (25 passages of the
    # indicator tables of 5 dev Shanghai 十五五 plans, 46 targets annotated before the extractor ran: out of sample 0.667,
    # P 1.000, R 0.500) takes dev targets to 0.87479 under main's rules; round 28's rules (roles above their years, a cell
    # over three lines, wrapped names, a `/` unit cell, 增加N, a period caption, a unit in the value header): the batch
    # 0.966, the older dev passages 0.87782 → 0.88123 (崇明 水务“十四五”'s table read), dev 0.88279 (2139 / 2417 of 2429)
    # merged with gtab (its 25 passages joined dev; indicator tables read, 崇明 水务 among them): dev targets 0.87502
    # streak (round 28: a streak of years gone by is no duration, streaks.py; a money threshold inside the thing
    # counted names it, size_class.py): dev targets 0.87259 → 0.87591 (17 spurious gone, one count found), validation
    # unchanged (0.83333)
    # merged with streak (连续N年 as a streak, a money threshold inside the thing counted): dev targets 0.87811
    # openings6 (round 29): a batch of 30 dev page openings on hosts the project did not hold, committed and scored
    # alone under main's rules first, brings dev document to 0.95428 (2056 / 2106 of 2203); the gate is lowered to it,
    # rounded down, because the batch joined the split, not because a page read worse; round 29's readings (a breakdown's
    # lead names the report it divides, breakdown.py; a site's 更新时间 and 本站发布时间 date no document): 0.95545 (2059 /
    # 2107 of 2203), validation unchanged (425 / 456 of 503); a lead's 下发 and 批复, a day without its month after
    # the bodies, 乡村 naming no township: 0.95664 (2063 / 2110 of 2203), validation unchanged; the batch's second part
    # (6 openings gathered after these rules, 0.947 under them and main's alike) joined: 0.95652 (2090 / 2137 of 2233);
    # a lead's 发出: 0.95700 (2092 / 2139 of 2233), validation unchanged
    # tails7 (round 30, labels 相关部门 / 涉项部门, a time cell before a lone unit, a 主要部门 column): its thirty-sixth batch
    # (first 33 passages, 258 units, out of sample 0.890 under main's rules; then cut to 4 passages of 2 documents, 9 units
    # read 0 of 9 by main's rules, its Shanghai documents left to the shplans batch); the round's rules: the older dev
    # passages 0.974 → 0.98381 (杨浦 2025's 相关部门 lines read), dev 0.98390 (1650 / 1669 of 1685); validation unchanged
    # (0.905)
    # tspan (thirty-seventh batch, changes, baselines, per-place counts, dated lines; 74 gold, 0.690 alone under main's rules):
    # dev targets 0.878 → 0.87211 (2339 right of 2702 read, 2662 gold) — lowered because the batch joined the split
    # tspan (round 31, baselines and second values of a change, multiples against a five-year period): dev targets
    # 0.87211 → 0.87323 (2342 right of 2702 read) → 0.87407 with counts a place each is to have (2346 of 2706); validation
    # unchanged (490 right of 580 read); the batch 0.690 → 0.698
    # trec4 (thirty-eighth batch, 41 passages, 92 targets, out of sample 0.902 under main's rules) then round 32's
    # count inside a count's scope (为全区78所中小学的95间舞蹈教室安装地暖, targets/nested.py): dev targets 0.87955 (P 0.876,
    # R 0.883), validation unchanged (0.838); round 32b's item led by its own verb (、建成移动公厕12座, verb_led.py): dev
    # targets 0.88017 (2369 / 2703 of 2680), validation unchanged (490 / 580 of 589); round 32c (帮助 as a beneficiary
    # verb): dev 0.88039 (2370 / 2704), validation unchanged
    # merged (openings6, tails7, tspan, trec4; the four batches in dev): document 0.95699, assignments 0.98392, targets
    # 0.87657
    # shplans (round 33, whole Shanghai plans): its thirty-ninth batch (89 passages of 11 dev Shanghai documents, 185
    # targets and 77 tail units annotated before the extractor ran: out of sample targets 0.626, assignments 0.974) takes
    # dev targets from 0.87811 to 0.86251 under main's rules (2387 / 2762 of 2773); the gate is lowered because the batch
    # joined the split, not because a page read worse; round 33's rules (N年累计 as a duration, 人/亿元 and 万标准箱, a
    # goals table's 【累计N】 and 每年N cells): the batch 0.712, dev 0.86760 (2405 / 2771 of 2773), the rest unchanged;
    # an unheaded goals lead's deadline ending the per-year commitments after it: the batch 0.735, dev 0.86905 (2409 / 2771)
    # merged with shplans (its 89 passages in dev): assignments 0.98462, targets 0.86852
    # tprec4 (round 34): its batch (44 passages of 18 dev pages on new hosts, 31 targets, annotated before the extractor
    # ran: out of sample 0.390, P 0.261, R 0.774) takes dev targets to 0.86682 (2304 / 2697 of 2619) under main's rules;
    # the gate is lowered to the figure after the round's rules, rounded down, because the batch joined the split, not
    # because a page read worse: a share of a planned figure reached (progress_shares.py) 0.86911 (2304 / 2683 of 2619);
    # 去年 as a past year (last_year.py): 0.86960 (2304 / 2680 of 2619); a bound set 原则上 as a standard
    # (in_principle.py): 0.87025 (2304 / 2676 of 2619); 至此 as a word of a thing done: 0.87058 (2304 / 2674 of 2619)
    # merged with tprec4 (its 44 passages in dev, P 0.279 before its rules: numbers that are no commitments): targets
    # 0.86236; on the fixtures dev held at the session's start (d1ed5ff) targets 0.87811 → 0.88430
    # review 4 (fixn): 帮助 held back as a beneficiary verb (the 上海 2023 list item 帮助8000名… is a miss again): targets
    # 0.86217 (2596 / 3044 of 2978); inner counts of things only (nested.py): unchanged
    # lists (batch lists: 35 passages, 67 targets, out of sample 0.593 under main's rules) joined dev: targets 0.86938
    # (2486 / 2890 of 2829) → round 36's place between a count verb and its count (targets/placed.py): 0.87076 (2493 /
    # 2897 of 2829); round 36b's nameless list count taking its neighbour's thing (targets/shared_noun.py): 0.87116
    # (2495 / 2899 of 2829); round 36c's count after a named first item (柳东大桥、19条市政道路, placed.py): 0.87155 (2497 /
    # 2901 of 2829); document and assignments unchanged
    # merged with lists (its 35 passages in dev): targets 0.85788; on the fixtures dev held at d1ed5ff, 0.88559
    # after the session's review fixes (fixm, fixa, fixn, fixy, fixp, fixl): document 0.95699, assignments 0.98462,
    # targets 0.85807; on the fixtures dev held at d1ed5ff: 0.95752 / 0.98381 / 0.88581 (0.956 / 0.974 / 0.878 at the
    # session's start)
    # wholeplans (round 37, selfplace.py: 我市 beside a body or a title of its place): dev document 0.956 → 0.957
    # (2095 / 2142 of 2233)
    # tprec5 batch (31 passages of reviews, progress reports and bulletins beside goals, 14 gold targets) joined the
    # dev split, measured before any rule: targets 0.85189 (2663 right of 3193 read, 3059 gold); the gate is lowered
    # to that figure because the batch's pages hold history that main's rules read as targets
    # tprec5 (round 37, a statistics bulletin and a plan-execution report's review part read from their titles, 取得的成就
    # as a history heading): dev targets 0.85189 → 0.85986 (2663 right of 3135 read), recall unchanged
    # units2 (round 37): its forty-fourth batch (README; dev pages of unit names in prose, annotated before the extractor
    # ran) reads no unit it should not; its gold targets take dev targets 0.85807 → 0.85733 under main's rules (the
    # land quantities of a speech, 1 of 4 read): the gate follows the corpus, no rule changed a target. Glued section
    # names (派出所工商质监所, section_names.py): dev assignments 0.98462 → 0.98634 (1733 / 1750 of 1764); the batch's
    # third part, scored after that rule, adds 7 units of 科室:任务 lines under 责任分工 (株洲 统计局 2022, one page, none
    # read): 0.98438 (1733 / 1750 of 1771); a row's lead repeated among its responsible units read once (莲都 2023, 青阳
    # 2023, repeated_units.py): 0.98831 (1733 / 1736 of 1771); validation assignments unchanged (0.90482)
    # tails8 (batch tails8: 4 dev pages on new hosts, 12 passages, 19 tail units, 35 targets; out of sample under main's
    # rules assignments 0.483, targets 0.250) joined dev: assignments 0.98051 (1736 / 1758 of 1783), targets 0.85416
    # (2656 / 3139 of 3080: 昭化's 29 quotas per town and its total unread) — the gates follow the grown corpus; round
    # 37's small bodies glued in a cell (small_bodies.py, merged as section_names.py): assignments 0.98222 (1740 / 1760 of 1783); the batch's third
    # part (眉山 2017, 9 passages, 11 units, 8 targets; out of sample 0.222 / 0.000): assignments 0.97838 (1742 / 1767 of
    # 1794), targets 0.85306 (2656 / 3139 of 3088); round 37's long broken names (broken_names.py, 市人力资源 / 社会保障局):
    # assignments 0.97921 (1743 / 1766 of 1794)
    # trec5 (batch trec5: 39 passages, 74 targets, out of sample 0.785 under main's rules) joined dev: targets 0.85651
    # (2704 / 3195 of 3119), under the 0.858 gate because the batch joined the split; round 37's five-year period
    # heading a plan's goals (targets/period_leads.py: 江西 “十二五”期间…主要目标 lead, 上海 （三）“十四五”重点安排
    # caption): 0.86506 (2731 / 3195 of 3119); round 37b's lead announcing the year's goals (全年…目标任务, 年度重点
    # 工作, 今年,将…: 全国 2020, 四川 2023, 漳州 2014): 0.86760 (2739 / 3195 of 3119); document and assignments unchanged
    # openings7 (round 37): a forty-seventh batch of 36 dev page openings (批复, 复函 and replies to proposals, 通告 and
    # 公告 of towns, a gazette page, law-database and mirror prints) on hosts the corpus did not hold, committed
    # before any rule was written from it: dev document 0.95699 → 0.94824 on main's rules (the gate follows the grown split);
    # round 37's readings (a reply to a proposal is titled by its own heading, 对 opens no place): 0.94936, the batch 0.848;
    # a reply is placed where its title says it is about (reply_place.py): 0.95149 (2236 / 2292 of 2408), the batch 0.872;
    # a second part of 9 dev page openings gathered after these rules and scored under them before any further rule
    # (公示, a 表彰 通报, a 禁鞭 notice page, an 通告, news, a 说明): the part 0.588 (P 0.789, R 0.469, 32 fields),
    # dev document 0.94759 (2251 / 2311 of 2440; the gate follows the grown split)
    # fixe (review 8 of round 37): an execution report's review is skipped only where the text itself opens it (its
    # heading, a paragraph led by the executed year), for an excerpt of the plan part given with the report's title
    # looks the same as one from the middle of the review; 福建 2023's, 东丽 2023's and 黄陂 2022's second passages (the
    # middle of their review, 10 spurious) are read again: dev targets 0.85413 → 0.85276 (2670 right of 3155 read, was
    # 3145; recall unchanged) on main of ecb2d72, 0.86363 → 0.86228 merged with main of 8afa30f, the same figure as with
    # execution.py removed; validation unchanged (0.85269, 0.84609 without the rule): the gate follows
    # tsel batch (44 passages of talent-programme selections, level and quoted goals and reviews holding none, 59 gold
    # targets; README, forty-eighth batch) joined the dev split, measured before any rule: the batch 0.555, dev targets
    # 0.864 → 0.85631 (2801 right of 3302 read, 3240 gold); the gate follows the grown split
    # tsel (round 39, steps to reach and steps crossed, a programme's cap on its selection): dev targets 0.85631 →
    # 0.85736 (2804 right of 3301 read), the batch 0.555 → 0.566; validation unchanged (no validation text read)
    # tables2 (round 38, wrapped_cells.py: a unit cell or a value's unit wrapped onto the next line of a one-cell-a-line
    # table, 普陀 2026 and 崇明 2021): dev targets 0.86363 → 0.86519 (2766 / 3213 of 3181); validation unchanged (no
    # validation text read); its batch (one passage of the 十三五 全国农业现代化规划's indicator table, 2 targets, both
    # missed under these rules): dev targets 0.86492 (2766 / 3213 of 3183) — the gate follows the grown split
    # openings8 (round 38, a headline over its stamp or dateline, headline.py): dev document 0.94759 → 0.94982
    # (2262 / 2323 of 2440); validation unchanged, 0.8875 (no validation text read)
    # openings8 batch (12 fresh dev page openings gathered after round 38's rules, scored under them before any further
    # rule: 0.642, P 0.743 R 0.565, 46 fields): dev document 0.94467 (2288 / 2358 of 2486; the gate follows the grown
    # split); round 38b (information lines beside a date, a title printed again under the stamp): 0.94554 (2292 / 2362),
    # the batch 0.706, validation unchanged (0.8875)
    # openings9a joined dev before its rules: its 14 page openings scored alone 0.827 (P 0.859, R 0.797, 69 fields);
    # dev document 0.94257 (2347 / 2425 of 2555), the gate follows the grown split
    # tails9 batch (9 passages of tails of three new measures documents, 31 units; README, fifty-third batch) joined
    # the dev split, scored alone before any rule: 0.800; dev assignments 0.98120 → 0.97819 on main's rules (the gate
    # follows the grown split); round 40 (unit_lists._sharing_places: place names sharing the ending of the name after
    # them, 监利 2022 and 黑龙江 稳增长措施): 0.97960, the batch 0.892; the split without the batch unchanged (0.98120);
    # its 镇江 document removed on merging (a held-out page's host): 0.97941, the batch 0.538 -> 0.774
    # tgt9 (round 40, six families of dev target misses: a count of 方面, N部门, 提高 by a quantity, existing items worked
    # on, a title counting the year's 实事, an unnumbered caption of the past): dev targets 0.85732 → 0.86456 (2831 right
    # of 3307 read, 3242 gold); validation unchanged (no validation text read); with tails9's batch 0.86489
    # trec6 joined dev before its rules: 32 passages, 70 targets of 13 new dev pages (README, fifty-fourth batch), scored
    # alone 0.810 (P 0.747, R 0.886); dev targets 0.85766 → 0.85659 (2882 right of 3409 read, 3320 gold) on main's rules,
    # the dev targets gate follows the grown split (0.857 → 0.856); nothing else changes. Merged after tgt9: the batch
    # alone still 0.810 under tgt9's rules (none of its six families touches the batch); merged: dev targets 0.86353
    # tgt10 (round 41: a count summed since a past start or as of a date with no plan year is history, and so is its
    # 其中 breakdown; a threshold inside the next value's indicator is none; 确保/守住 before a count): dev targets
    # 0.86353 → 0.86619 (2900 right of 3379 read, 3317 gold); trec6 alone 0.810 → 0.881
    # meta9 (round 40, document: copies' stamps, townships, readings, own titles' bodies, titles printed twice or with
    # their 文号, first-named bodies' places, welcome banners): dev document 0.94257 → 0.95666 (2395 / 2452 of 2555),
    # openings9a 0.827 → 0.919 (0.830 under the rules written before it merged)
    # openings9b joined dev before its rules (20 fresh dev page openings, scored alone 0.814, P 0.889 R 0.750, 96 fields):
    # dev document 0.94554 → 0.94108 (2364 / 2442 of 2582); the gate follows the grown split, validation unchanged
    # (at its branch point). Merged after meta9, whose rules it tests: the batch 0.814 → 0.843 (P 0.915, R 0.781) out of
    # sample; dev document 0.95666 → 0.95275 with it
    # fix13 (review 13: round 40's first-named body's place read words in sentences, 《》 and cited documents as places;
    # now only a body printed whole at a line's start or a report's speaker): dev document 0.95275 → 0.95194
    # (2466 / 2530 of 2651): 饶平 (in 《》), 新密 (cited), 上海 and 临渭 (in a sentence) lose their region, the cost of a
    # harmful rule's removal the brief allows
    # tgt11 (round 42: a share before its verb, 规模 naming no thing, a funding body's amount, an income ratio with no
    # unit, a scenic class right after 创建, times of a thing done): dev targets 0.86619 → 0.87024 (2914 right of 3380
    # read, 3317 gold)
    # trec7 joined dev before its rules: 39 passages, 70 targets of 16 new dev pages (README, fifty-sixth batch), scored
    # alone 0.786 (P 0.760, R 0.814); dev targets 0.86619 → 0.86449 (2957 right of 3454 read, 3387 gold) on main's
    # rules, the dev targets gate follows the grown split (0.866 → 0.864); assignments 0.97941 → 0.97922 (a news
    # print's closing source credit read as a unit), still above its gate; nothing else changes
    # merged: tgt11's rules over the grown dev (trec7 in it, audited: 69 targets): dev targets 0.86859; trec7 alone under
    # tgt11's rules 0.792, the same as under main's (out of sample: the round's rules moved fresh text by 0.000)
    # tails10 batch (4 passages of tails of three new measures documents, 26 units; README, fifty-seventh batch) joined
    # dev, scored alone before any rule: 0.786 (0.807 with 楚雄's 等州级有关部门 kept, AUDIT.md); dev assignments 0.97941 →
    # 0.97672 on main's rules; round 42 (a tail's first-place note in any bracket, 江门 2018; a collective's kinds read
    # in simplified characters with 特区 among them, 六盘水): 0.97970 (1786 / 1800 / 1846), the older pages unchanged
    # meta10 (round 42, document: a headline quoted whole, the table's title cell and its weight against standalone
    # lines, titles opening with a tag or a province, cut titles, trailers after a signature date, labels alone over
    # dates, labels glued to the issuer field): dev document 0.95194 → 0.95707 (2486 / 2544 of 2651); openings9b alone
    # 0.843 → 0.896, openings9a 0.919 → 0.926
    # openings10 joined dev before its rules (27 fresh dev page openings, scored alone 0.908, P 0.937 R 0.881,
    # 218 fields): dev document 0.95194 → 0.94861 (2658 / 2735 of 2869); the gate follows the grown split
    # merged after meta10, whose rules it tests (written while it stayed unseen on its branch): the 27 pages give the
    # same fields under meta10's rules as under main's (0.908 → 0.908, no field changed); dev document 0.95707 → 0.95336
    # fix14 (review 14 of tgt11's round 42: five of its six rules dropped for the regressions the review's probes
    # showed in common shapes the corpus does not hold; only 全覆盖 after a share stays, narrowed): dev targets
    # 0.86859 → 0.86537 (2960 right of 3455 read, 3386 gold). The gate falls with them, 0.868 → 0.865: the one
    # exception to "gates only rise", a harmful rule's removal (docs/extraction.md, Review 14)
    # tgt12 (round 42b, an indicator's bounds: a bracketed aside after a value, a noun after a count up to its clause's
    # predicate, a count's bracketed parts read once): dev targets 0.86859 → 0.87109 (2980 / 3456 / 3386); validation
    # targets 0.85442 → 0.85492 (495 / 569; no validation text read)
    # merged with fix14 (five of tgt11's rules dropped): dev targets 0.86537 → 0.86787 with tgt12's bounds
    # trec8 joined dev before its rules (51 passages, 73 targets of 19 fresh pages; README, fifty-eighth batch): scored
    # alone on main's rules 0.706 (P 0.619, R 0.822); dev targets 0.86859 → 0.86464 (3031 right of 3552 read, 3459
    # gold), the dev targets gate follows the grown split (0.868 → 0.864); nothing else changes
    # merged after tgt12 and spur, whose rules and filter it tests (both written while it stayed unseen on its branch):
    # trec8 (audited, 73 targets) 0.706 under main's rules before them and 0.706 under tgt12's; dev targets 0.86787 → 0.86395
    # trec9 joined dev before its rules (62 passages, 87 targets of 20 fresh pages; README, fifty-ninth batch): scored
    # alone on main's rules 0.660 (P 0.578, R 0.770); dev targets 0.86395 → 0.85821 (3096 right of 3669 read, 3546
    # gold), the dev targets gate follows the grown split (0.863 → 0.858); nothing else changes
    # round 43 (year1, the year step) with review 16's fixes (fix16): dev targets 0.86395 → 0.86594 before trec9 joined
    # merged after them, whose out-of-sample test it is (kept unseen on its branch while they were written): trec9
    # (audited; three report passages keep their review heading, audit9) 0.694 under main's rules before them and 0.694
    # under round 43's; dev targets 0.86594 → 0.86135 with trec9 (gate 0.861)
    # openings11 joined dev before its rules (25 fresh dev page openings, scored alone 0.918, P 0.955 R 0.883,
    # 145 fields): dev document 0.95336 → 0.95167 (2806 / 2883 of 3014); the gate follows the grown split
    # past1 (round 44, the mode of a paragraph: a report's cue up to a goal's, targets/passage_mode.py; on year1):
    # dev targets 0.86594 → 0.87066 (3036 right of 3553 → 3515 read, 3459 gold; no right target lost)
    # merged together (round 44 with review 17's fixes, fix17, after trec9 and openings11): dev targets 0.86135 → 0.86615;
    # trec9, kept unseen while round 44 was written, 0.694 → 0.694 under it
    # round 44 (meta11, the document's date): dev document 0.95167 → 0.95582 (2823 / 2893 of 3014), validation unchanged
    # openings12 joined dev before its rules (24 fresh dev page openings, scored alone 0.871, P 0.894 R 0.849,
    # 139 fields): dev document 0.95167 → 0.94812 (2924 / 3015 of 3153); the gate follows the grown split
    # merged after meta11, whose out-of-sample test it is (kept unseen while the date rules were written): openings12
    # (audited by audit13, no gold change) 0.871 under main's rules before them and 0.875 under meta11's; dev document
    # 0.95582 → 0.95226 with openings12 (gate 0.952)
    # trec10 (audited by audit11; its copy of 兴平 2025 dropped, trec9 holds that page: 47 passages, 81 targets) merged
    # after round 43 and round 44, kept unseen while they were written: 0.878 under main's rules before them, 0.878
    # under round 43's, 0.906 under round 44's with review 17's fixes; dev targets 0.86615 → 0.86701 (gate 0.867)
    # trec11 (audited by audit14, no gold change: 34 passages, 58 targets of 9 fresh plan pages, 8 provinces) scored alone
    # 0.957 on main's rules after round 44 (0.957 on the session's start too); dev targets 0.86701 → 0.86843 (gate 0.868)
    # round 45 (targets not read: a past year in a bracketed note, a noted value cell of a goal table, a total after a
    # count; scripts/recall_families.py): dev targets 0.86843 → 0.87040 (3231 → 3244 right of 3756 → 3769 read, 3685
    # gold; spurious 525 → 525), validation unchanged (0.855)
    # round 45 (meta12, title and region): dev document 0.95226 → 0.95583 (2942 / 3026 → 2954 / 3028 of 3153), validation
    # unchanged (gate 0.955)
    # trec12 joined dev before its rules (31 passages, 59 targets of 14 fresh plan pages, 10 provinces; README, sixty-fourth
    # batch), scored alone 0.780 on main's rules before round 45 and 0.780 under it: dev targets 0.87041 → 0.86895 (gate 0.868)
    # openings13 joined dev before its rules (28 fresh dev page openings, scored alone 0.942, P 0.950 R 0.934, 183 fields):
    # dev document 0.95226 (2942 / 3026 of 3153) → 0.95170 (3113 / 3206 of 3336); the gate follows the grown split
    # openings13 scored alone 0.942 before round 45 and under it (meta12): with it, dev document 0.95583 → 0.95507 (gate 0.955)
    # audit15 gave five of trec12's review passages their headings, review 18's fixes to totals.py: dev targets 0.86895 → 0.86986
    # round 46 (meta13, issuer, date and number recall): dev document 0.95507 → 0.95776 (3125 / 3208 → 3140 / 3221 of
    # 3336), validation 0.89741 → 0.89969 (433 / 462 → 435 / 464 of 503; not tuned on, gate left) (gate 0.957)
    # round 46 (targ46: count verbs of renewing, adding, continuing, dredging, replacing; a span of years to reach; a
    # headline of 今年 dates its page): dev targets 0.86986 → 0.87279 (3292 → 3307 right of 3825 → 3834 read, 3744 gold;
    # spurious 533 → 527), validation unchanged (0.855) (gate 0.872)
    # openings14 joined dev before its rules (23 fresh dev page openings, scored alone 0.826, P 0.856 R 0.798, 119 fields):
    # dev document 0.95507 → 0.95069 (3220 / 3319 of 3455); the gate follows the grown split; with its second part (24 pages,
    # scored alone 0.836, P 0.864 R 0.810, 126 fields): 0.95080 (3227 / 3326 of 3462)
    # openings14 and trec13 under round 46's rules (merged): dev document 0.95339 (gate 0.953), dev targets 0.87252 (gate 0.872)
    # targ47 (round 47: a ratio to reach with no unit, a news lead glued to the name): dev targets 0.87252 → 0.87414 (gate 0.874)
    # with audit17's trec13 gold (娄烦's page year left the gold, its 2010 review now read as targets): 0.87395 (gate 0.873)
    # round 47 (meta14: a page for comments' own title, a 发布 headline's document, common nouns as places, a deadline,
    # a mirror's site name): dev document 0.95339 → 0.95692 (3242 / 3339 → 3254 / 3339 of 3462), validation unchanged
    # 0.89969 (gate 0.956)
    # trec14 joined dev before its rules (13 fresh plans' pages, 39 passages, 64 targets, scored alone 0.607, P 0.577 R 0.641):
    # dev targets 0.87252 → 0.86797 (3412 right of 3982 read, 3880 gold); with its gold corrected to the corpus's conventions
    # after scoring (readings kept in indicators, 居民消费价格涨幅 as growth, a one-year plan's lead kept; alone 0.830):
    # 0.87179 (3427 right of 3982 read, 3880 gold)
    # openings15 joined dev before its rules (25 fresh dev page openings, scored alone 0.720, P 0.729 R 0.711, 121 fields):
    # dev document 0.95339 → 0.94545 (3328 / 3457 of 3583); the gate follows the grown split
    # trec14 (audited, audit19) and openings15 (audit20) merged after round 47, then scored alone under it: trec14 0.818
    # (0.818 under the rules before the round), openings15 0.755 (0.720 before): dev document 0.95692 → 0.95024 (3583 fields),
    # dev targets 0.87395 → 0.87297 (3881 gold); the gates follow the grown split
    # targ48 (round 48: a count unit's bracketed alternative 套(间) kept, 规划背景 / 主要成就 heading history): dev targets
    # 0.87297 → 0.87410 (3436 → 3440 right, 555 → 550 spurious, 3881 gold)
    # meta15 (round 48: 解读 pages, 健康村镇): dev document 0.95024 → 0.95422 (3342 → 3356 right of 3451 read, 3583 gold)
    # 北京 2023's 万套(间) gold mended (AUDIT.md): dev targets 0.87435
    # assign49 (round 49: a table cell that prints its units' roles with verbs, 如东 2020 and 江门 2021): dev assignments
    # 0.97951 → 0.98226 (P 0.99338, R 0.97140, 1853 gold)
    # targ49 (round 49: more shapes of 分别, names and values paired without it, sub-items, 吨标准煤/平米/㎡/标台): dev
    # targets 0.87435 → 0.87811 (3441 → 3458 right, 549 → 537 spurious, 3881 gold)
    # trec15 (audited, audit21) merged after round 49, then scored alone under it: 0.705 (0.705 under the rules before the
    # round): dev targets 0.87811 → 0.87511 (3957 gold); the gate follows the grown split
    # meta16 (round 49): gold edits first (DECISIONS.md, "Round 49 gold questions": consultation pages printing their
    # draft take its title, 沂水's 解读 no issuer): dev document 0.95422 → 0.95524 (3361 / 3451 of 3586), 石家莊's draft
    # title 0.95524 (unchanged under main's rules); the round's rules (a consultation mirror in traditional characters,
    # a 解读 column tag before a bar): 0.95594 (3363 / 3450 of 3586); a national plan placed in the macro-region its
    # title opens with (东北地区, 中部地区), a field label glued before a body no place: 0.95651 (3365 / 3450 of 3586)
    # openings16 (audited, audit22) merged after round 49, then scored alone under it: 0.741 (0.741 under the rules before
    # the round): dev document 0.95651 → 0.95245 (3663 fields); the gate follows the grown split
    # 福建 2019's 明年 dated 2019 by the lead (AUDIT.md, meta16's decision): dev targets 0.87511 → 0.87311
    # meta17 (round 50: a headline opening with a central body's name places a page no other rule placed in 全国):
    # dev document 0.95245 → 0.95289 (3415 / 3508 → 3418 / 3511 of 3663); the floor rounds down to the gate as it is
    # targ50 (round 50: Chinese numeral amounts and decimals, the growth of an amount named before): dev targets
    # 0.87311 → 0.87495 (3509 right of 4064 read, 3957 gold)
    # trec16 (audit23) and openings17 (audit24), collected after round 50 and scored under the code before and after rounds
    # 49-50: trec16 0.842 under all three, openings17 0.848 under all three; dev targets 0.87495 → 0.87457 (4006 gold),
    # dev document 0.95289 → 0.95100 (0.950999, 3732 fields); the document gate follows the grown split
    # assign51 (round 51: a collective of places opened by 相关/有关 or a bare one sharing a zone's department noun,
    # 相關市、縣政府, 各市〔州〕、贵安新区数据管理部门): dev assignments 0.98226 → 0.98389 (1853 gold)
    # targ51 (round 51: the year of a target — a quoted period alone, durations of no known start, per-year commitments
    # after a deadline, 在2025年 no base, a title's year without 年, the plan's year named later in a sentence): dev
    # targets 0.87457 → 0.87739 (2 × 3560 / (4109 + 4006)); document and assignments unchanged
    # meta18 (round 51: a provincial text that says 我省/全省 and names one province is that province's; basis names
    # without 《》 after a period, a 文号 or in a list; a 文号 run in between a notice's title and its addressees):
    # dev document 0.95100 → 0.95343 (3474 / 3574 → 3491 / 3591 of 3732)
    # targ52 (round 52: a text that reports work done throughout, weighed as a whole): dev targets 0.87457 → 0.87640
    # (3549 right; 561 → 544 spurious; 4006 gold)
    # trec17 (audit25) and openings18 (audit26), collected while round 51 was written and kept unseen until it merged:
    # trec17 targets 0.786 under main's rules → 0.872 under round 51 (targ51's years alone), openings18 document 0.927
    # under both; with them and rounds 51-52 merged: dev document 0.95238 (3630 / 3739 of 3884), assignments 0.98337
    # (1804 / 1813 of 1856), targets 0.87923 (3611 / 4151 of 4063)
    # trec18 (audit27 added one target), collected after rounds 51-52 merged and scored under the code before and after
    # them: 0.750 under both (37 gold; reports read as goals); with it dev targets 0.87923 → 0.87798 (3641 / 4194 of 4100):
    # the targets gate follows the grown split
    # meta19 (round 54, when no reader gave a title: a title line framed as a table row, `X |` or `X X |`, or run onto
    # an information label, `…的决定时间:`, then a head line saying its bodies issued 《X》 with no time word or the year
    # only): dev document 0.95238 → 0.95359 → 0.95400 (3630 / 3739 → 3637 / 3744 → 3640 / 3747 of 3884)
    # targ54 (round 54: an item number before a bare verb; a name only of a scope or a time): dev targets 0.87798 →
    # 0.87870 (3644 / 4194 of 4100); document and assignments unchanged
    # trec19 (audit28), openings19 (audit29) and tails52, collected at the start of session 25 and kept unseen while its
    # rounds were written, scored alone under main's rules: trec19 targets 0.741 (53 gold), openings19 document 0.701
    # (73 gold fields, audit29 corrected one title), tails52 assignments 0.778 (11 gold); with them dev document
    # 0.95400 → 0.94979 (3689 / 3811 of 3957), assignments 0.98337 → 0.98237 (1811 / 1820 of 1867), targets 0.87871 →
    # 0.87693 (3684 / 4249 of 4153): the gates follow the grown split
    # targ55 (round 55: a name only of a measure, 规模/建筑面积/投资/床位, is the measure of the thing the clause
    # before names): dev targets 0.87870 → 0.87919 (3646 / 4194 of 4100)
    # with trec19 merged: dev targets 0.87741 (3686 / 4249 of 4153); trec19 alone unchanged by targ55 (0.741)
    # targ56 (round 56: a part of the year, 一季度 / 前三季度 / 上半年, weighs as a report's cue): dev targets 0.87871 →
    # 0.87924 (3644 right; 550 → 545 spurious; 4100 gold); then a task done (完成…任务) is no goal's cue: 0.87998
    # (545 → 538 spurious)
    # targ55 and targ56 merged with trec19: dev targets 0.87867 (3686 / 4237 of 4153); trec19 alone still 0.741
    # meta20 (round 55, news prints and leads: a lead's full date for the page's own document, a headline reporting
    # the lead's document in other words, a lead body's province in the title's form, readings printed with a space;
    # a basis list going on after 有关规定,以及《…》; up to eight lines broken inside titles joined): dev document
    # 0.95400 → 0.95599 → 0.95708 → 0.95776 (3640 / 3747 → 3649 / 3750 → 3657 / 3758 → 3662 / 3763 of 3884);
    # assignments and targets unchanged
    # meta20 merged with openings19: dev document 0.95349 (3711 / 3827 of 3957); openings19 alone 0.715 under main and
    # under meta20 alike (49 / 64 of 73, after audit29)
    # targ57 (round 57: a sentence opening with 推动 sets its 同比 change; 同比例 is no report; 推动 and a closing 同比 no
    # part of a name): dev targets 0.87867 → 0.87956 (3686 → 3692 right, 551 → 550 spurious, 4153 gold)
    # targ57 merged with trec20 (audit30): dev targets 0.87960 (3715 / 4270 of 4177)
    # rev24's F5 (黄浦's 等-list named by the convention): dev targets 0.87984 (3716 / 4270 of 4177)
    # openings20 (audit31 changed nothing), collected after round 55's metadata merged: 11 openings scored 0.774 alone
    # (24 / 26 of 36) under main; with it dev document 0.95349 → 0.95208 (3735 / 3853 of 3993): the gate follows
    # meta21 (round 56: a news lead after a byline, past a clause or with no comma after its time names the page's
    # document): dev document 0.95349 → 0.95561 (3711 / 3827 → 3724 / 3837 of 3957)
    # meta21 merged with openings20: dev document 0.95418 (3748 / 3863 of 3993); openings20 alone 0.774 under main and
    # under meta21 alike (collected after meta21 branched); openings19 (read by meta21) 0.715 → 0.800
    # targ59 (round 59: a change verb left at a level's name end, change_names.py): dev targets 0.87984 → 0.88079
    # (3716 → 3720 right of 4270, 4177 gold)
    # meta23 (round 58: a lead's 《title》 cites the page's 文号; a work report's speaker by office and name names no
    # issuer; a damaged 文号 on its own line kept as printed): dev document 0.95418 → 0.95547 (3748 / 3863 → 3755 / 3867
    # of 3993)
    # meta22 (round 57: a lead's bodies without a byline or count, 审议并通过, 制定了《X》 for a page with no title line):
    # dev document 0.95418 → 0.95550 (3748 / 3863 → 3758 / 3873 of 3993); with a document-share page's title run into
    # its 文档简介 text: 0.95605 (3763 / 3879); with a named 综合试验区 as its title's place: 0.95630 (3764 / 3879)
    # targ60 (round 60: names listed paired with as many values, the last name's measure shared; Latin-letter units;
    # 成 as tenths): dev targets 0.87984 → 0.88174 (3716 → 3728 right, 4270 → 4279 read, 4177 gold)
    # targ58 (round 58: a report's cue reaches over the next sentences and prose lines until a goal's cue, a heading
    # or a cell): dev targets 0.87984 → 0.88308 (3716 / 4270 → 3716 / 4239 of 4177)
    # merged on main with trec21 (audit32: 15 fresh pages, 11 targets, 5 units) and openings21 (audit33: 11 openings):
    # dev document 0.95766 (3811 / 3923 of 4036), assignments 0.98134 (1814 / 1825 of 1872: trec21's 龙湾 table rows
    # with `*` before their units, 2 missed, the gate follows the batch), targets 0.88445 (3743 / 4276 of 4188)
    # meta24 (round 59: blank field labels and rows of fields are no part of a title, a title's lost zeros put back from
    # its whole printing, a quoted title opening a plan's name keeps its marks, a city's or county's region in its
    # title's short form): dev document 0.95766 → 0.95967 (3811 → 3819 right of 3923 read, 4036 gold)
    # targ61 (round 61: the document's own parts counted, own_parts.py; facts stated with no goal's cue, bare_reports.py)
    # on main's head: dev targets 0.88445 → 0.89215 (3743 / 4276 → 3743 / 4203 of 4188)
    # targ63 (round 63: a count of the things a work is done at, sited.py): dev targets 0.89215 → 0.89270 (3743 / 4203
    # → 3748 / 4209 of 4188); the gate stays 0.892 (its floor at the 3rd decimal)
    # targ62 (round 62: 目前/截至 under a goals heading open no report reach; 了 marks a cueless text's facts,
    # bare_reports.py): dev targets 0.89215 → 0.89342 (3743 / 4203 → 3743 / 4191 of 4188)
    # merged on main with targ63 and mend27: dev targets 0.89398 (3748 / 4197 of 4188)
    # meta25 (round 60: a cover's imprint names the issuer, named areas of four more kinds, a signer's trailing
    # reading, a central body issuing a document places it in 全国, 修訂版): dev document 0.95967 → 0.96184
    # (3819 / 3923 → 3831 / 3930 of 4036)
    # merged on main with trec22 (audit34: 12 fresh pages, 48 targets, no units) and openings22 (audit35: 18 openings),
    # scored alone 0.480 (targets) and 0.750 (document) under the session's start and wave 1's code alike: dev
    # document 0.95890 (3873 / 3979 of 4099), targets 0.88910 (3772 / 4249 of 4236); the gates follow the batches
    # spd27 (no output changed) and trec23 (audit36: 11 fresh pages, 25 targets, 4 units; scored alone 0.592 targets,
    # 1.000 assignments under the session's start and wave 1's code alike): dev targets 0.88663 (3793 / 4295 of 4261)
    # asg27 (session 27: marks before units and alias notes, unit_marks.py; verb tails a PDF page broke inside their
    # first unit, wrapped_tails.py): dev assignments 0.98134 → 0.98460 (1814 / 1825 → 1822 / 1829 of 1872)
    # merged on main with trec23: dev assignments 0.98463 (1826 / 1833 of 1876)
    # openings23 (audit37: 14 fresh openings; scored alone 0.809 under the session's start and wave 1's code alike): dev
    # document 0.95727 (3909 / 4019 of 4148); the gate follows the batch
    # targ64 (round 64: a dated year-end estimate is history, a five-year period's end as a base is no goal year,
    # 增速保持N% a growth, 比 inside 占比 no base): dev targets 0.88910 → 0.89253 (3772 / 4249 → 3783 / 4241 of 4236)
    # merged on main with trec23 and openings23: dev targets 0.89003 (3804 / 4287 of 4261)
    # meta26 (round 61: a news lead naming the document before its day, 《X》于近日发布 / 印发的《X》19日对外公布;
    # autonomous names with their peoples, 克孜勒苏柯尔克孜自治州; 开县县委 → 开县, 省委省政府 no place): dev document
    # 0.95890 → 0.96018 (3873 / 3979 → 3882 / 3987 of 4099)
    # merged on main with openings23 and asg27: dev document 0.95853 (3918 / 4027 of 4148)
    # session 28's fresh batches, kept blind from every round of the session: trec24 (29 passages, 31 targets, 18
    # units; alone 0.558 targets, 1.000 assignments) and openings24 (18 openings, 69 fields; alone 0.933) bring dev to
    # document 0.95812 (3981 / 4093 of 4217), assignments 0.98478 (1844 / 1851 of 1894), targets 0.88673 (3828 / 4342
    # of 4292); the targets gate follows the batch
    # asg28 (session 28: the first-unit-leads note printed 排名第一位为牵头单位, assignments._FIRST_LEADS, no dev move; a
    # role's word printed with a mirror's readings, 責(zé)任單位, label_readings.py): dev assignments 0.98463 → 0.98518
    # (1826 / 1833 → 1828 / 1835 of 1876)
    # merged on main with trec24 and openings24: dev assignments 0.98532 (1846 / 1853 of 1894)
    # targ65 (round 65: goal words in names or goals reached weigh as no goal's cue, goal_names.py; 到/至 a year gone by
    # is no deadline in its sentence): dev targets 0.89003 → 0.89160 (3804 / 4287 → 3804 / 4272 of 4261)
    # merged on main with trec24, openings24, targ66 (water classes, 辆/株/份 counts) and targ65: dev targets 0.88904
    # (3834 / 4333 of 4292)
    # tab28 (session 28: goal tables with a note column after the values, 来源 / 指标说明与指引, and 关键指标;
    # the next row's number never fills a row short of a cell, goal_tables.py): dev targets 0.88904 → 0.89085
    # (3834 / 4333 → 3848 / 4347 of 4292)
    # targ67 (round 67: 下半年, 今秋, 今冬 and 明年 date a goal by the plan's year, year_parts.py): dev targets 0.88750 →
    # 0.88958 (3834 / 4348 → 3843 / 4348 of 4292)
    # merged on main with tab28, split28 and targ67: dev targets 0.89293 (3857 / 4347 of 4292)
    # targ68 (round 68: units 重量箱, EB, 词元; 完工 counts as 新开工 does): dev targets 0.88750 → 0.88835 (3834 / 4348 →
    # 3839 / 4351 of 4292)
    # merged on main with targ68: dev targets 0.89377 (3862 / 4350 of 4292)
    # targ69 (round 69: a review paragraph opened by a result heading, 扶贫开发工作扎实推进。, states facts,
    # review_heads.py): dev targets 0.89293 → 0.89427 (3857 / 4347 → 3857 / 4334 of 4292)
    # merged on main with targ68, rev29 and targ69: dev targets 0.89512 (3862 / 4337 of 4292)
    # trec25 (session 28's second fresh batch of passages, collected after every round but targ70 and targ71 had merged,
    # kept blind from them: 29 passages, 51 targets; alone 0.697) brings dev targets to 0.89265 (3900 / 4395 of 4343);
    # the gate follows the batch
    # targ71 (round 71: a news text with no goal's cue under a result's headline, 已完成/以来/累计/成绩单, or a
    # reporter's note, 获悉/据了解, states facts: report_headlines.py): dev targets 0.89512 → 0.89637 (3862 / 4337 →
    # 3862 / 4325 of 4292); gate 0.895 → 0.896
    # merged on main with trec25, targ70 and targ71: dev targets 0.89409 (3900 / 4381 of 4343)
    # meta28 (round 63, session 29: a meeting's news names the document it passed, 审议/表决通过《X》, passed.py, or
    # was held on, 《X》评审会…召开 and a press conference's 介绍《X》, held_on.py; 起草了《X》 as made.py's verb): dev
    # document 0.95850 → 0.95997 (3984 / 4096 → 3993 / 4102 of 4217); gate 0.958 → 0.959
    # meta29 (round meta29: issuers of a congress adopting a 条例, congress.py; of a 解读 printing its plan's notice title,
    # linked_notice.py; a signer's name broken over two lines, broken_signer.py; a seal note glued to its signer):
    # dev document 0.95850 → 0.95973 (3984 / 4096 → 3992 / 4102 of 4217); gate 0.958 → 0.959
    # meta28 and meta29 merged on main: dev document 0.96120 (4001 / 4108 of 4217); gate 0.959 → 0.961
    # targ74 (round 74: a nameless level or growth after 、 measures the thing of the other-kind target before it,
    # item_subjects.py; a growth goal moved, 增长目标大幅上调为6%, goal_changes.py; a total after a count of new ones,
    # new_totals.py; a share given the subject before, printed in the page's script): dev targets 0.89409 → 0.89592
    # (3900 / 4381 → 3908 / 4381 of 4343); gate 0.894 → 0.895
    # targ73 (round 73: a review's estimate reaches over the items listed after it, estimate_reach.py; a part of the
    # year gone by, 2025年上半年 or 1至11月 opening a sentence, reports, report_reach.py): dev targets 0.89409 →
    # 0.89624 (3900 / 4381 → 3900 / 4360 of 4343); gate 0.894 → 0.896
    # targ73 merged on main with targ74: dev targets 0.89808 (3908 / 4360 of 4343); gate 0.896 → 0.898
    # targ77 (round 77: 惠及 or a place before N户/名 and a people noun counts the people served, beneficiaries.py; a
    # count verb, 全省/全市, a count of things, scoped_counts.py): dev targets 0.89409 → 0.89459 (3900 / 4381 → 3904 /
    # 4385); merged on main with targ73 and targ74: 0.89859 (3912 / 4364 of 4343); gate stays 0.898
    # targ75 (round 75: the roll of a year's projects, 共/安排/梳理…项目N个 and its 其中 parts, project_rolls.py): dev
    # targets 0.89409 → 0.89552 (3900 / 4381 → 3900 / 4367 of 4343); gate 0.894 → 0.895
    # meta30 (a document's own short name and a cited title's revision mark are no basis: short_names.py,
    # editions.py): dev document 0.96120 → 0.96191 (4001 / 4108 → 4003 / 4106 of 4217)
    # targ75 merged on main with targ73, targ74, targ77: dev targets 0.90003 (3912 / 4350 of 4343); gate 0.898 → 0.900
    # targ72 (round 72: a passage weighed once as facts or goals, docs/review-reading.md's design, review_reading.py):
    # dev targets 0.89409 → 0.89460 (3900 / 4381 → 3900 / 4376 of 4343); gate stays 0.894
    # targ72 merged on main with targ73–77: dev targets 0.90055 (3912 / 4345 of 4343); gate stays 0.900
    # trec26 and openings25 (session 29's blind batches, audited by audit41 and audit42, merged after every round had
    # branched; scored alone in their README sections): with them dev document 0.96191 → 0.95648 (4055 / 4173 of 4306),
    # targets 0.90055 → 0.89669 (3936 / 4402 of 4377); the gates follow the batches: document 0.961 → 0.956, targets
    # 0.900 → 0.896
    # session 31 (2026-12-05 16:12–19:12): five fresh batches (tab47, lab47, rev47, lst48, hdl48 — annotated before the
    # extractor ran) grew dev by 10 pages, 23 tails and 38 targets, most of them unread at first (lab47's two project tables
    # 0.105); the session's rules (tab47, yr47, meta47, rev47, asg48, targ48, lst48, tab48, hdl48, fix49) took dev to
    # document 0.95794 (4065 / 4181 of 4306), assignments 0.98336 (1861 / 1868 of 1917), targets 0.89950 (3983 / 4441 of
    # 4415); gates: document 0.956 → 0.957, assignments 0.985 → 0.983 (the grown split), targets 0.896 → 0.899
    # session 32 (2026-12-05 19:07–22:07): five fresh batches (whole49, tail50, dist51, asg51, yr52 — annotated before the
    # extractor ran) grew dev by 34 pages, 39 tails and 167 targets; the session's rules (fix50, grid49,
    # whole49, tail50, asg51, yr52, targ53, fix51 and the lead's review-36/37 mends) took dev to document 0.95794 (4065 /
    # 4181 of 4306), assignments 0.98491 (2023 / 2030 of 2078), targets 0.90317 (4160 / 4630 of 4582); gates: assignments
    # 0.983 → 0.984, targets 0.899 → 0.902
    # session 33 (2026-12-05 22:13 – 2026-12-06 01:13): seven batches (fresh54, afresh55, hist54, tab55, fresh56; asg54
    # and tab54 found no page) grew dev by 31 pages, 7 tails and 193 targets; afresh55's whole Shanghai task table
    # (first run 0.871) took assignments to 0.982 before asg56 read its wrapped cells; the session's rules (five54,
    # hist54, yr55, tab55, asg54, mis55, asg56, mend55, mend56 and the lead's review-39 mends) took dev to document
    # 0.95794 (4065 / 4181 of 4306), assignments 0.98349 (2085 / 2098 of 2142), targets 0.90668 (4348 / 4816 of 4775);
    # gates: assignments 0.984 → 0.983 (the grown split: afresh55's table), targets 0.902 → 0.906
    # session 34 (2026-12-06): fresh57's 18 bureau year-summary pages (17 gold, 12 spurious reads at their first run)
    # took dev targets to 0.90554 (4362 / 4842 of 4792) before any rule; gate 0.906 → 0.905 until the rules read them;
    # fresh58's 10 five-year goals pages (74 gold, first run 0.639) took it to 0.903 before any rule; the session's
    # rules (yr57, mis57, asg57, sum58, page57, five59, hist59 and the mends of reviews 41 and 42) and two more batches
    # (mis57, sum58) took dev to document 0.95794 (4065 / 4181 of 4306), assignments 0.98502 (2104 / 2113 of 2159),
    # targets 0.90548 (4469 / 4955 of 4916); gates: assignments 0.983 → 0.984, targets 0.906 → 0.905 (the grown split)
    # session 35 (2026-12-06): fresh60 (8 pages kept), fresh61 and mis60 (97 gold, first runs pooled 0.819) took dev
    # targets to 0.904 before any rule; the session's rules (mis60, five60, cand61 and the mends of reviews 44 and 45)
    # took dev to document 0.95794, assignments 0.98502 (2104 / 2113 of 2159), targets 0.90620 (4564 / 5060 of 5013);
    # gate targets 0.905 → 0.906
    # session 36 (2026-12-06): fresh62, fresh63 and tense63's pages (123 gold; first runs 0.941, 0.906, 0.600) held dev
    # targets at 0.906 before any rule; the session's rules (cand62, grow62, tab62, fm63, tense63, review 46's mends)
    # took dev targets to 0.90997 (4705 / 5205 of 5136); with fresh64's batch (62 gold, first run 0.850) and name64,
    # hist64: 0.91015 (4761 / 5264 of 5198); document and assignments unchanged; gate 0.906 → 0.909
    # session 37 (2026-12-06): tails65's four Shanghai plans (150 gold units in 30 tails, first run 0.932: 131 / 131 of
    # 150, the misses three task-table cells naming cities; MISSES-tails65.md) took dev assignments 0.98502 (2104 / 2113
    # of 2159) → 0.98177 (2235 / 2244 of 2309) before any rule, targets 0.91015 → 0.90977 (4764 / 5268 of 5205); gate
    # assignments 0.984 → 0.981 because the batch joined the split, not because a rule fell, until the rules read it;
    # asg66 (places and a level's short names beside a body in a unit column's cell: 长三角 2023 一码通行's three cells,
    # 新建 2024 民生实事's 区城管局 区水投; column_units.py) read them: dev assignments 0.98644 (2256 / 2265 of 2309, no
    # spurious added); gate 0.981 → 0.986 on its branch. fresh65 (nine Shanghai district and bureau documents, 48 gold
    # targets and 22 units, first run targets 0.527, MISSES-fresh65.md) joined the split beside it: with every branch of
    # the session merged, dev assignments 0.98570 (2275 / 2285 of 2331), targets 0.91365 (4825 / 5309 of 5253; est65,
    # yr65, spur65, tab66, roll66, num66, reviews 48 and 49); gates assignments 0.985, targets 0.909 → 0.913
    # session 38 (2026-12-06): fresh66's seven pages of six provinces outside Shanghai (70 gold targets, first run 0.950:
    # 66 / 69 of 70; MISSES-fresh66.md) and the session's rules (cand38, year38, gate38, name38, fix66, review 50's
    # mends; ref38 changed no output): dev targets 0.91365 → 0.91734 (4911 / 5384 of 5323); gate targets 0.913 → 0.917
    # session 39 (2026-12-06): fresh67 (six pages of five provinces, 34 gold targets and 16 units; first run targets
    # 0.853, assignments 1.000; MISSES-fresh67.md) and afresh39 (two task-allocation pages, 12 units and 6 targets; first
    # run assignments 0.667, targets 0.500; MISSES-afresh39.md) joined the split: with main's rules dev assignments
    # 0.98570 → 0.98457 and targets 0.91734 → 0.91657, because the batches joined, not because a rule fell; the
    # session's rules (share39, cand39, spur39, flat39, dec39, review 51's mends; ends39 changed no output): assignments
    # 0.98587 (2303 / 2313 of 2359), targets 0.91850 (4953 / 5422 of 5363); gate targets 0.917 → 0.918; then post40 and
    # over40: targets 0.91891 (4958 / 5428 of 5363)
    # session 40 (2026-12-06): fresh68 (five pages of three provinces, 51 gold targets and 10 units; first run targets
    # 0.911, assignments 1.000), afresh40 (one allocation page, 11 units after its audit; first run 0.556) and tables40
    # (one national goal table, 8 targets; first run 0.000) joined the split: with main's rules dev assignments 0.98600
    # (2324 / 2334 of 2380), targets 0.91817 (5004 / 5478 of 5422); the session's rules (fresh68's length word, cand40,
    # indic40, units40, shared40, spurx40, cells40, years40): assignments 0.98643 (2326 / 2336 of 2380), targets 0.92162
    # (5027 / 5487 of 5422); gates assignments 0.985 → 0.986, targets 0.918 → 0.921
    # session 41 (2026-12-06/07): rev53's dev gold audit removed two targets (墨江 总建筑面积, 上海 PV share): targets
    # 0.92162 (5026 / 5487 of 5420); cells41 added two negative pages (no gold, nothing read); robust41 (hard wraps
    # rejoined, spaces around figures dropped): targets 0.92217 (5030 / 5489 of 5420); gate targets 0.921 → 0.922
    # session 42 (2026-12-07): tasks42 (two allocation pages of 辽宁 and 广东, 42 gold units and 10 targets, first run
    # assignments 0.817: 29 / 29 of 42, nothing invented; MISSES-tasks42.md: each miss shape on one document, no rule)
    # joined the split: dev assignments 0.98643 → 0.98391 (2355 / 2365 of 2422) because the batch joined, not because
    # a rule fell; gate assignments 0.986 → 0.983. fresh42's 是 fix: targets 5031 / 5489
    # session 43 (2026-12-07): no batch joined; the session's rules (attrs43, recall43, spurious43, recall43b, tables43):
    # targets 0.92250 → 0.92686 (5041 / 5499 → 5056 / 5480 of 5430); gate targets 0.922 → 0.926
    # audit43 (dev gold, AUDIT.md): names before one value with no 分别/均 joined into one target (新乡 2 → 1, 株洲 3 → 1):
    # targets 0.92686 → 0.92711 (5056 / 5480 of 5430 → 5427); the gold follows its convention, gates unchanged
    # audit44 (dev gold, AUDIT.md): the lead's decision that a count of the projects a plan commits to carry out
    # (推进187个重点项目, 项目建设9个…) is a level: 16 targets added in 12 passages (济宁, 吉林市, 庆元, 四川, 炮台, 肇庆, 太仓,
    # 开阳, 西吉, 延吉, 兴庆, 福州): targets 0.92711 → 0.92740 (5056 / 5480 of 5427 → 5065 / 5480 of 5443; 9 of the 16
    # already read, 7 not); acceptance weights retrained, dev output unchanged by them; gates unchanged
    # audit44b (dev gold, AUDIT.md): the lead's six decisions on the session's questioned gold (各 after names, 等N个 after
    # fewer names, a table's repeated lead, a tail's unit cut by a page footer): +4 targets (宁夏 1 → 2, 甘孜 +3) and +2
    # units (杨凌, 安徽); main's rules at a9c8d978: targets 5081 / 5481 of 5443 → 5083 / 5481 of 5447 (F1 0.93025 →
    # 0.93027), assignments 2364 / 2375 of 2422 → 2366 / 2375 of 2424 (0.98562 → 0.98604); gates unchanged
    # session 44 (2026-12-07): no batch joined; the session's rules (tails44, years44, prose44, invented44, names44) with
    # audit44's and audit44b's gold: assignments 0.98391 → 0.98604 (2355 / 2365 of 2422 → 2366 / 2375 of 2424), targets
    # 0.92711 → 0.93064 (5056 / 5480 of 5427 → 5085 / 5481 of 5447); gates assignments 0.983 → 0.985, targets 0.926 → 0.930
    # years45 (session 45): headline years (a quoted period before a goal's count, a headline goal's deadline): targets
    # 0.93064 → 0.93155 (5085 / 5481 of 5447 → 5090 / 5481 of 5447); gate targets 0.930 → 0.931
    # session 45, invented45 (refusals of invented targets: 其中 after a share reached, a multiple of a past base, design
    # figures, 经费): targets 0.93064 → 0.93175 (5085 / 5481 → 5085 / 5468 of 5447; no right target lost); gate 0.930 → 0.931
    # session 45 (2026-12-07): fresh45 (eight district and city pages of six provinces, 114 gold targets and 1 unit; first
    # run targets 0.685: 73 / 99 of 114, assignments 0 / 0 of 1; MISSES-fresh45.md) joined the split: with main's rules dev
    # targets 0.93064 → 0.92595 (5085 / 5481 of 5447 → 5158 / 5580 of 5561) and assignments 0.98604 → 0.98583 (2366 / 2375
    # of 2425) because the batch joined, not because a rule fell; fresh45's rule (schools named before 等, a count in 所):
    # targets 0.92631 (5160 / 5580 of 5561); gate targets 0.930 → 0.926 (assignments stays 0.985)
    # the three merged (years45, invented45, fresh45 with tables45's assignment): targets 0.92829 (5165 / 5567 of 5561),
    # assignments 0.98604 (2367 / 2376 of 2425); gate targets 0.928
    # news45 (a news lead naming the plan year's own list of 实事 is no report): targets 0.92858 → 0.92992 (5168 / 5570 →
    # 5182 / 5584 of 5561; 静安 2025 only, +14 right); gate targets 0.928 → 0.929
    # session 45's end (review45's mends change no output): assignments 0.98604 (2367 / 2376 of 2425); gate 0.985 → 0.986
    # session 46, years46 (a lead-in line naming the year's list of 实事 with no year dates it by the plan year): targets
    # 0.92992 → 0.93244 (5182 / 5584 → 5196 / 5584 of 5561; 金水 2014 only, +14 right); gate targets 0.929 → 0.932
    # session 46, fresh46 (eight city and district goal pages of five provincial-level regions, 38 gold targets; first
    # run targets 0.935: 36 / 39 of 38; MISSES-fresh46.md) joined the split: dev targets 0.92993 → 0.92996 (5182 / 5584 →
    # 5218 / 5623 of 5599); its rule (a count of projects carried out keeps its target before the list's total cost,
    # audit44): 0.93016 (5221 / 5627 of 5599); gate targets 0.929 → 0.930
    # both merged: dev targets 0.93266 (5235 / 5627 of 5599); gate targets 0.932
    # invented46 (counts of reforms and policies, a roll's length, a class after its count, a basis clause: 10 invented
    # targets refused, no right one lost): targets 0.92992 → 0.93076 (5182 / 5584 → 5182 / 5574 of 5561); gate 0.929 → 0.930
    # the three merged: dev targets 0.93349 (5235 / 5617 of 5599); gate targets 0.933
    # prose46 (筹措/筹集 count verbs, money they raise is funding; 和 between two counted items joins them as 、):
    # targets 0.92992 → 0.93013 (5182 / 5584 → 5185 / 5588 of 5561); gate targets 0.929 → 0.930
    # session 46, asg46 (two dev pages of 江苏 tables kept of five, 33 gold units and 10 targets; first run assignments
    # 0.909: 30 / 33 of 33; MISSES-asg46.md) joined the split: with main's rules dev assignments 0.98604 → 0.98500 (2397 /
    # 2409 of 2458) because the batch joined, not because a rule fell (no rule kept), under the 0.986 gate, left for the
    # lead to move at merge
    # the four merged (asg46 joined): dev targets 0.93381 (5248 / 5631 of 5609), assignments 0.98500 (2397 / 2409 of
    # 2458); gate assignments 0.986 → 0.985 (the batch, not a rule)
    # pairs47 (session 47): 新疆 2023 #2 keeps its page's dating lead-in (AUDIT.md pairs47) and composed names keep their
    # readings: dev targets 0.93381 → 0.93452 (5248 → 5252 / 5631 of 5609); gate targets 0.933 → 0.934
    # unread47 (a rate or a share held at a bare number, no %: bare_rate): dev targets 0.93381 → 0.93400 (5248 / 5631
    # → 5250 / 5633 of 5609; F1 0.933998 exactly, so on its own branch the gate rounded down stayed 0.933)
    # both merged (pairs47 + unread47): dev targets 0.93472 (5255 / 5634 of 5610): the gate 0.934 holds (review47)
    # invented48 (session 48; main's rules at the branch point: 0.93516, 5257 / 5633 of 5612): a past span of years
    # opening a sentence and items after a plan's classes of actions: 0.93524 (5257 / 5630 of 5612); gate 0.934 → 0.935
    # asg48 (session 48): labelled tails opened by a comma or a cell's space (六安 2017, 辽阳 2023) and lists cut inside
    # their last name (界首 2020, 贵州 复工复产): dev assignments 0.98517 → 0.98865 (2425 / 2437 → 2440 / 2450 of 2486),
    # validation assignments 0.93034 → 0.93138 (414 / 452 → 414 / 451 of 438); gate assignments 0.985 → 0.988
    # fresh48 (session 48): seven dev-hashed city and district goal pages (46 gold targets, first run 37 / 46 of 46, F1 0.804;
    # MISSES-fresh48.md) joined the split: with main's rules dev targets 0.93524 → 0.93418 (5257 / 5630 of 5612 → 5294 / 5676
    # of 5658) because the batch joined, not because a rule fell; its one rule (a text's length in 字) gives 0.93426 (5294 /
    # 5675 of 5658), under the 0.935 gate, left unchanged for the lead to move at merge (as asg46)
    # all of session 48 merged (fresh48's batch joined, years48's per-year rates): dev targets 0.93497 (5298 / 5675 of
    # 5658); the targets gate 0.935 → 0.934 because fresh48's seven pages (first run 0.804) joined, as asg46's did
    # resp49 (a nameless count after 新建 takes its next item's thing; a count after 为 named by the people and the
    # service): dev targets 0.93497 → 0.93532 (5298 → 5300 / 5675 of 5658), validation unchanged (507 / 570 of 589)
    # horizon49 (a lead of the years ahead alone, standard grades, parts of a set, 亿度 and 口): dev targets 0.93497 →
    # 0.93677 (5298 / 5675 → 5311 / 5681 of 5658), no right target lost; gate 0.934 → 0.936
    # review49 (horizon49 merged onto asg49, resp49 and fresh49): dev targets 0.93696 (5336 / 5705 of 5685), validation
    # 507 / 570 of 589 (0.87489) as before; the 0.936 gate holds
    # prose49 (a comparator cut by the text's end closes its value): dev targets 0.93696 → 0.93715 (5336 / 5705 →
    # 5338 / 5707 of 5685), no right target lost, validation unchanged (507 / 570 of 589); gate 0.936 → 0.937
    # invented49 (a review's funds won, a programme's name): dev targets 0.93729 (5336 / 5701 of 5685) before prose49
    "dev": {"document": 0.957, "assignments": 0.988, "targets": 0.937},  # round 4: 0.945 / 0.940 / 0.895
    # openings4 (round 25): a twenty-fourth batch of 35 dev page openings on hosts the corpus did not hold, committed and
    # scored alone before any rule was written from it: document 0.851 (P 0.946, R 0.774, 159 fields) — news leads with
    # other verbs, joint letterheads, titles printed twice or over a place line, 通告, drafts, document-site file names;
    # one page whose excerpt prints no place (涟源 2008) was then dropped and two fresh ones added (信阳 2018, 吐鲁番 2010,
    # 0.625 under main's rules and these alike; the final 36: 0.837 under main's rules). With it dev document fell to
    # 0.95441 under main's rules; round 25's metadata rules: the batch 0.837 → 0.906, the older dev openings 0.96572 →
    # 0.97064 (1521 / 1546 of 1588), dev 0.96468 (1666 / 1699 of 1755). Then a date under its field's label is no
    # signature date (中卫 2018) and an instruction to the units no basis (发改办 2025): dev 0.96554 (1667 / 1698; the
    # batch 0.909, the older dev openings 0.97128), so the gate stays at 0.965. Its second part (思南 2014, 邻水 2022, 沈阳
    # 2022, found after these rules and scored under them first: 0.909, as under main's), then a title that opens with
    # its place and year is whole on its line (思南's spam headline above it): dev 0.96587 (1684 / 1715 of 1772; the
    # batch's 39 pages 0.844 under main's rules → 0.918, the older dev openings 0.97128).
    # tprec2 (round 26, numbers inside plans that are not their targets): its twenty-seventh batch (34 dev pages, 57
    # passages, 32 targets, annotated before the extractor ran; two pages first committed were dropped as already seen:
    # a test quotes one, the held-out lists hold the other's article) scored out of sample 0.500 (P 0.383, R 0.719)
    # under main's rules and takes dev targets from 0.89536 to 0.88644 (P 0.902); round 26's rules (the terms of a
    # reward rule, a sentence reporting a measured completion rate; 27 spurious gone on dev, no gold lost) → 0.89235
    # (1807 / 1976 of 2074; P 0.915; the dev split without the batch 0.89536 → 0.89784): the gate is lowered to it, from
    # 0.895, because the batch was gathered to be hard for precision, as tprec's was. Its second part (7 dev pages of
    # award rules and progress reports, 12 passages, 2 targets, annotated after round 26's rules): 0.129 under them (P
    # 0.069, 27 spurious); a payer's phonetic reading read through and a span of months gone by (今年1至8月, 1-10月…累计)
    # reporting: 0.148 (23 spurious); dev targets 0.88785 (1809 / 1999 of 2076; P 0.905; the dev split without the
    # batch still 0.89784) — the gate follows the grown corpus again; 由目前的 as a goal's start, no report (江西 2016):
    # 0.88813 (1810 / 2000 of 2076)
    # trec2 (round 25): a twenty-sixth batch of 37 dev pages (81 passages, 171 targets annotated before the extractor
    # ran: out of sample 0.759, P 0.721, R 0.801; 0.765 after one gold correction to the corpus convention, 玉溪's CPI
    # 涨幅 a growth) brings dev targets to 0.88449 under main's rules (2213 gold); round 25's rules (同比 set as a goal
    # after 力争/确保/目标为, the parts of a count in brackets, a rank with no measure word after a commitment, a size
    # inside the thing counted, 到“十四五”末 a deadline as 到2025年): dev 0.89564 (1961 / 2166 of 2213), the batch 0.830
    # (P 0.770, R 0.901), the older dev passages 0.89536 → 0.90170 (R 0.874 → 0.885); validation unchanged (0.83190).
    # Round 25c (a share of a set before its verb of reaching, 本区建成区40%以上面积达到…): dev 0.89690 (1966 / 2171),
    # the older dev passages 0.90307 (R 0.887); validation unchanged. Round 25d (a target of zero in words: 事件零发生,
    # 力争…清零): dev 0.89740 (1968 / 2173), the older dev passages 0.90361 (R 0.888); validation unchanged.
    # Round 25e (a space inside a decimal number after a word, 托位1. 6万个, 增長6 . 5%): dev 0.89790 (1970 / 2175), the
    # older dev passages 0.90416 (R 0.889); validation unchanged.
    # The batch's second part (3 dev pages on new hosts, 12 passages, 43 targets annotated before the extractor ran,
    # committed after round 25e): 0.976 out of sample (P 1.000, R 0.953) under round 25's rules and under main's alike;
    # dev 0.89937 (2011 / 2216 of 2256; main's rules 0.886), the whole batch 0.857 (P 0.809, R 0.911).
    # targets: 0.70 was reached on 192 validation targets; the corpus has since grown by 28 validation targets of kinds
    # no rule had seen (their first figure 0.26), and the figure on the grown corpus is 0.656 (docs/extraction.md)
    # ext-corpus5 added validation pages; the figures on the grown corpus, measured before any rule change, are the gates
    # ext-corpus6 added validation pages; measured before any rule change: 0.840 / 0.892 / 0.612
    # ext-targets6: validation targets 0.752 on this corpus (0.744 on the previous one with the page's title alone)
    # ext-doc6 (round 5): document 0.840 → 0.857, assignments 0.892 (the numbers score_real.py prints)
    # ext-corpus7 added validation pages; measured before any rule change: assignments 0.806, targets 0.728
    # ext-doc7 (round 6): document 0.857 → 0.861, assignments 0.806 → 0.849
    # ext-targets7: validation targets 0.728 → 0.752 (the number score_real.py prints)
    # ext-corpus8 added validation pages; measured before any rule change: document 0.861, assignments 0.808, targets 0.747
    # ext-targets8: validation targets 0.747 on this corpus, the same under main's rules (the number score_real.py prints)
    # ext-doc8 (round 7) on the corpus with ext-corpus8's pages: document 0.862, assignments 0.836 (the numbers
    # score_real.py prints); on the corpus before ext-corpus8, assignments 0.849 → 0.877
    # ext-tables9: validation targets 0.747, unchanged (the number score_real.py prints)
    # ext-doc9 (round 8): validation document 0.862 → 0.864 (the number score_real.py prints)
    # ext-doc9 with ext-audit9's gold: validation assignments 0.836 → 0.878 (the number score_real.py prints)
    # ext-corpus10 added validation pages; measured with main's rules: document 0.850, assignments 0.845 (targets above)
    # ext-targets10 on the corpus with ext-corpus10's first three batches merged: validation targets 0.761 (main's
    # rules) → 0.782; with all of ext-corpus10's pages 0.767 → 0.787 (the numbers score_real.py prints)
    # ext-audit10 (four openings gain the basis `政府工作报告` they say they implement, two of them validation) on main's
    # rules: validation document 0.850 → 0.848 (the number score_real.py prints): gate set after the audit
    # ext-doc10 (round 10): document 0.850 → 0.856, assignments 0.845 → 0.865 (the numbers score_real.py prints)
    # merged (ext-targets10, ext-audit10, ext-doc10): document 0.854, assignments 0.866, targets 0.787
    # ext-targets11 (round 11): validation targets 0.787 → 0.789 (the number score_real.py prints; gate 0.788)
    # ext-doc11 (round 11, document rules from held-out openings of hosts the corpus does not hold): document
    # 0.854 → 0.867 (the number score_real.py prints)
    # ext-targets12 (round 12: a subsidy's word does not refuse a count of its recipients): 0.789 → 0.790 (0.7898)
    # ext-corpus11 added validation pages; measured with main's rules: document 0.857 (0.85745), assignments 0.836
    # (0.83647), targets 0.798 (above its gate, unchanged)
    # merged at 11:05 with this morning's rounds (ext-targets14, ext-meta12, ext-doc13): 0.85745 / 0.84226 / 0.79849
    # ext-targets15 (round 15): validation targets 0.790, unchanged (the number score_real.py prints)
    # ext-notice (round 14: a numbered line is never a title; broken titles of notices that are the document):
    # validation document 0.867 → 0.868 (0.86839; the number score_real.py prints); on the grown corpus 0.85745 → 0.85837
    # ext-doc15 (round 16 assignments): validation assignments 0.84226 → 0.85341 (the number score_real.py prints: 0.853)
    # ext-meta13 (document round 16): validation document 0.85745 → 0.86901 → 0.87021 (score_real.py prints 0.870)
    # merged with ext-notice: document 0.86994 (ext-meta13 alone 0.87021)
    # ext-title (round 17): validation document 0.86994 → 0.87234 (score_real.py prints 0.872)
    # ext-corpus12 added validation pages; measured with main's rules: assignments 0.84935 (gate set to it, four places,
    # rounded down); document 0.85987 and targets 0.79828, above their gates
    # with ext-corpus12's pages (its validation pages alone: document 1.000 on 5 fields, assignments 0.815, targets
    # 0.796): 0.87368 / 0.84935 / 0.79828
    # ext-meta14 (document round 18): validation document 0.87368 → 0.87723 (score_real.py prints 0.877)
    # without its bullet-field rule (see dev): 0.87487 — the rule had given +0.0024 after its engineer saw a
    # validation page of that shape
    # audit of 2026-12-02 (gold only, AUDIT.md; main's rules): validation targets 0.79828 → 0.79760 (465 / 577 of 589):
    # 安徽 2023 #4 gains the target `特困人员基本生活标准不低于…1.3倍` (as 肇庆's 1.6倍 on dev) — the gate follows the gold
    # tails (round 19: a tail whose closing bracket the page lost, of any kind, cut in its last name or phrase; labels
    # each followed by their units; 股 sections and 股室 columns; 海关): validation assignments 0.84935 → 0.86082
    # merged (audit + tails): 0.87487 / 0.86082 / 0.79760
    # ext-years19 (round 19, the year of one-year plans): validation targets 0.79828 → 0.80515 (score_real.py prints 0.805)
    # merged (audit + tails + years): 0.87487 / 0.86082 / 0.80446
    # audit2 (gold only, AUDIT.md; main's rules): validation targets 0.80446 → 0.82161 (479 / 577 of 589): 淮北 2022's
    # 15 targets take year null, as the README's one-year convention gives a page whose stored text prints nothing that
    # makes it a plan of one year (the paper's date only); 哈尔滨新区 2024 #2 keeps its `展望2024` lead (no score change)
    # — the gate follows the gold, not a change of rules
    # openings (round 19, metadata rules from its batch of openings and the older dev openings): validation document
    # 0.87487 → 0.87631 (418 / 451 of 503)
    # merged with main (audit + tails + years + audit2 + openings): 0.87631 / 0.86082 / 0.82161
    # ext-indicator (round 20): validation targets 0.82161 → 0.83262 (score_real.py prints 0.833)
    # merged (… + openings + indicator): 0.87631 / 0.86082 / 0.83262
    # extwalk (round 21, counts of days as targets: 优良天数达到280天): validation targets 0.83262 → 0.83190 (485 right of
    # 577 read, was 576: one count of days read that the gold holds no target for; not looked at). Dev unchanged (its
    # passages hold no count of days); the rule answers a fault a clerk's walk-through found and rests on three dev
    # pages outside the corpus. The gate is lowered to the figure, rounded down, for that one reading.
    # openings3 (round 21, metadata rules from its batch and the older dev openings): validation document 0.87631 →
    # 0.88075 (score_real.py prints 0.881)
    # openings4 (round 25, metadata rules from its batch and the older dev openings): validation document 0.88075 →
    # 0.88425 (424 / 456 of 503)
    # tprec2 (round 26): validation targets 0.83190 → 0.83333 (485 right of 575 read, was 577; no validation text read)
    # openings4 (round 25, metadata rules from its batch and the older dev openings): validation document 0.88075 →
    # 0.88425 (424 / 456 of 503); merged night: 0.88425 / 0.86082 / 0.83333
    # tails6 (round 27): validation assignments 0.86082 → 0.90482 (untouched 0.87293 → 0.89730; no validation text read)
    # tprec3 (round 27): validation targets unchanged, 0.83333 (485 right of 575 read; no validation text read)
    # trec3 (round 27): validation targets 0.83333 → 0.83533 (487 right of 577 read) → 0.83733 with 对辖区 (489 of 579)
    # → 0.83832 with a count before its measure (490 of 580; no validation text read)
    # openings5 (round 27, run-on openings): validation document 0.88425 → 0.88634 (425 / 456 of 503)
    # tprec4 (round 34): validation targets 0.83832 → 0.83976 with 去年 as a past year (490 right of 578 read, was 580;
    # no validation text read); the share of a planned figure reached changed none; a bound set 原则上 as a standard:
    # 0.83976 → 0.84410 (490 right of 572 read)
    # lists (round 36c, a count after a named first item of a list): validation targets 0.83832 → 0.84031 (492 / 582 of
    # 589; no validation text read)
    # merged with lists after tprec4: validation targets 0.84609
    # wholeplans (round 37, selfplace.py): validation document 0.886 → 0.8875 (426 / 457 of 503; no validation text read)
    # tprec5 (round 37): validation targets 0.84609 → 0.85269 (492 right of 565 read, was 574; recall unchanged; no
    # validation text read), untouched 0.845 → 0.852
    # trec5 (round 37): validation unchanged, 0.88634 / 0.90482 / 0.84609 (no validation text read)
    # meta9 (round 40): validation document 0.8875 → 0.89555 (433 / 464 of 503; no validation text read)
    # fix11 (review 11 fixes of round 40, no validation text read): validation targets 0.85269 → 0.85442
    # meta10 (round 42): validation document 0.89534 → 0.89741 (433 / 462 of 503; no validation text read)
    # past1 (round 44): validation targets 0.85492 → 0.85640 (495 right of 569 → 567 read; untouched 0.85196 →
    # 0.85359). Validation figures were printed by score_real.py after each variant (six times); one variant (the mode
    # carried across lines) fell to 0.845 and was dropped for a dev family it broke (docs/extraction.md, "Round 44")
    # fix17 (review 17 of round 44): the targets gate goes back to 0.854, its figure before past1: round 44 was chosen
    # with validation printed after six variants, so its 0.856 is not blind (rev17 F7); fix17 chose on dev only
    # session 33: validation targets 0.86111 → 0.86310 (498 right of 565 read, was 496 of 563; no validation text read;
    # figures printed by the lead twice, after the merges, no rule chosen on them); gate 0.854 → 0.862
    # session 35: validation targets 0.86310 → 0.86407 (499 right of 566 read; no validation text read; figures printed
    # by the lead twice, after the merges, no rule chosen on them); gate 0.862 → 0.864
    # session 36: validation targets 0.86407 → 0.86776 (502 right of 568 read; no validation text read; figures printed
    # by the lead twice, after the merges, no rule chosen on them); gate 0.864 → 0.867
    # session 38: validation targets 0.86776 → 0.86874 (503 right of 569 read; no validation text read; figures printed
    # by the lead twice, at the start and after the merges, no rule chosen on them); gate 0.867 → 0.868
    # session 39: validation targets 0.86874 → 0.86974 (504 right of 570 read; no validation text read; figures printed
    # by the lead twice, after the first merges (unchanged, 503 / 569) and after all of them, no rule chosen on them);
    # gate 0.868 → 0.869
    # session 40: validation unchanged on every part after eleven merges (504 right of 570 read, 0.86974; printed by the
    # lead after the first five merges, after eight and after all eleven, no rule chosen on them; a count of its
    # unread targets by stage, no text, was taken at the start); gates unchanged
    # session 41: validation unchanged on every part (504 right of 570 read, 0.86972; printed by the lead after each
    # merge, no rule chosen on them); gates unchanged
    # session 42: validation unchanged on every part; gates unchanged
    # session 43: validation targets 0.86972 → 0.87144 (505 right of 570 read; no validation text read; figures printed
    # by the lead after the merges; at the start the lead counted its wrong targets by class, no text — year pairs,
    # unread values by kind and unit class — and named dev's largest year class to attrs43, which found no dev family
    # for it and wrote no year rule); gate 0.869 → 0.871
    # session 46: validation targets 0.87144 → 0.87489 (507 right of 570 read; no validation text read; the lead counted
    # its wrong targets and assignments by class at the start, no text, and named the classes to the engineers; years46's
    # 实事 lead-in rule, written from three dev places, moved it); gate 0.871 → 0.874
    "validation": {"document": 0.897, "assignments": 0.904, "targets": 0.874},  # round 4: 0.844 / 0.895 / 0.635
}


@pytest.fixture(scope="module")
def size():
    return corpus_size(ROOT)


@pytest.fixture(scope="module", params=["dev", "validation"])
def scored(request):
    return request.param, score_corpus(ROOT, request.param)


def test_the_corpus_is_as_large_and_as_wide_as_promised(size):
    both = {k: size["dev"][k] + size["validation"][k] for k in size["dev"]}
    assert both["openings"] >= 40 and both["targets"] >= 400 and both["tails"] >= 150, both
    assert len(size["provinces"]) >= 15, size["provinces"]
    for split in ("dev", "validation"):
        assert size[split]["openings"] >= 8 and size[split]["targets"] >= 80 and size[split]["tails"] >= 30, size


def test_every_fixture_names_its_source_and_quotes_its_text():
    for o in load_openings(ROOT):
        assert o.source.startswith("http") and o.province and o.text.strip(), o.name
    for p in load_passages(ROOT):
        assert p.source.startswith("http") and p.province, p.name
        for t in p.targets:
            assert t.get("quote") and t["quote"] in p.text, (p.name, t)


@pytest.mark.parametrize("part", ["document", "assignments", "targets"])
def test_micro_f1_at_least_the_gate(scored, part):
    split, score = scored
    counts = score.counts[part]
    assert counts.gold > 0, (split, part)
    # a micro F1 exactly at the gate (1800 / 2000 = 0.9) computes as 0.8999999999999999: compare with a rounding margin
    assert counts.f1 + 1e-9 >= GATES[split][part], f"{split} {part}: {counts.to_dict()}"
