#!/usr/bin/env python3
"""Independent verifier of Akniet's court allocation log.

Written from docs/modules/courts-verification.md alone (no Akniet source read).
Python 3.11 standard library; Ed25519 signatures are checked with the
`cryptography` package when it is importable, otherwise reported as "not checked".

Usage:
  python3 scripts/verify_allocations.py FILE.json [--from DATE --to DATE --today DATE] [--explain]
  python3 scripts/verify_allocations.py LOG.jsonl --heads HEADS.json --keys KEYS.json [...]
  python3 scripts/verify_allocations.py --url BASE [...]
  python3 scripts/verify_allocations.py --self-test

FILE.json is either the test-vector format ({entries, heads, keys, ...}), a log page
({entries, heads, keys, lastSeq, complete}), or a plain JSON array of entries.
Exit status: 0 no problems, 3 problems found, 2 usage or input error.

Problem codes from the specification: seq-gap, prev-mismatch, hash-mismatch, day-mismatch,
same-day-change, late-commitment, seed-mismatch, seed-missing, unknown-key,
signature-invalid, head-mismatch, head-missing, reason-invalid, rules-mismatch,
excluded-mismatch, failure-invalid, eligible-mismatch, selection-mismatch.
Codes this verifier adds where the specification names none (marked "*" in the output):
malformed-entry, unknown-case, case-mismatch, early-reveal, commitment-changed, key-id-mismatch.
Unknown payload kinds are warnings (printed, not problems).
"""

from __future__ import annotations

import argparse
import base64
import datetime as dt
import hashlib
import hmac as hmac_mod
import json
import os
import re
import sys
import urllib.parse
import urllib.request
from typing import Any

try:  # Ed25519 is optional
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    HAVE_ED25519 = True
except Exception:  # pragma: no cover - depends on the environment
    HAVE_ED25519 = False

SPEC_CODES = {
    "seq-gap", "prev-mismatch", "hash-mismatch", "day-mismatch", "same-day-change",
    "late-commitment", "seed-mismatch", "seed-missing", "unknown-key", "signature-invalid",
    "head-mismatch", "head-missing", "reason-invalid", "rules-mismatch", "excluded-mismatch",
    "failure-invalid", "eligible-mismatch", "selection-mismatch",
}
CHAIN_CODES = {"seq-gap", "prev-mismatch", "hash-mismatch", "day-mismatch", "malformed-entry"}
ZERO64 = "0" * 64
CHAIN_NAME = "akniet-court-allocations"
MAX_SAFE = 2**53 - 1
AT_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$")
DAY_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
HEX64_RE = re.compile(r"^[0-9a-f]{64}$")
EXCLUSION_RANK = {"conflict": 1, "recused": 2, "earlier-stage": 3, "previous-judge": 4}
VALID_REASONS = {"initial", "recusal", "judge_left", "judge_absent"}


# ---------------------------------------------------------------- section 2: canonical JSON


class CanonicalError(ValueError):
    pass


def _canon_str(s: str) -> str:
    out = ['"']
    for ch in s:
        o = ord(ch)
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif o < 0x20:
            out.append({8: "\\b", 9: "\\t", 10: "\\n", 12: "\\f", 13: "\\r"}.get(o, "\\u%04x" % o))
        elif 0xD800 <= o <= 0xDFFF:
            # a lone surrogate cannot be encoded as UTF-8; RFC 8785 rejects it
            raise CanonicalError("lone surrogate in string")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def canonical_text(v: Any) -> str:
    if v is None:
        return "null"
    if v is True:
        return "true"
    if v is False:
        return "false"
    if isinstance(v, int):
        if abs(v) > MAX_SAFE:
            raise CanonicalError(f"integer out of range: {v}")
        return str(v)
    if isinstance(v, float):
        raise CanonicalError(f"fraction in the log: {v!r}")
    if isinstance(v, str):
        return _canon_str(v)
    if isinstance(v, list):
        return "[" + ",".join(canonical_text(x) for x in v) + "]"
    if isinstance(v, dict):
        keys = sorted(v.keys(), key=lambda k: k.encode("utf-16-be"))
        return "{" + ",".join(_canon_str(k) + ":" + canonical_text(v[k]) for k in keys) + "}"
    raise CanonicalError(f"value of type {type(v).__name__} not allowed")


def canonical(v: Any) -> bytes:
    return canonical_text(v).encode("utf-8")


def H(v: Any) -> str:
    return hashlib.sha256(canonical(v)).hexdigest()


# ---------------------------------------------------------------- days


def parse_day(s: Any) -> dt.date | None:
    if not isinstance(s, str) or not DAY_RE.match(s):
        return None
    try:
        return dt.date.fromisoformat(s)
    except ValueError:
        return None


def day_add(day: str, n: int) -> str:
    return (dt.date.fromisoformat(day) + dt.timedelta(days=n)).isoformat()


def bishkek_day_of(at: str) -> str | None:
    if not isinstance(at, str) or not AT_RE.match(at):
        return None
    try:
        t = dt.datetime.strptime(at, "%Y-%m-%dT%H:%M:%S.%fZ")
    except ValueError:
        return None
    return (t + dt.timedelta(hours=6)).date().isoformat()


def bishkek_today() -> str:
    return (dt.datetime.now(dt.timezone.utc) + dt.timedelta(hours=6)).date().isoformat()


# ---------------------------------------------------------------- problems


class Problems:
    def __init__(self, day_from: str | None, day_to: str | None):
        self.items: list[dict] = []
        self.day_from = day_from
        self.day_to = day_to
        self.out_of_range = 0

    def in_range(self, day: str | None) -> bool:
        if day is None:
            return True
        if self.day_from and day < self.day_from:
            return False
        if self.day_to and day > self.day_to:
            return False
        return True

    def add(self, code: str, seq: Any, day: Any, detail: str, subject_day: str | None = None):
        """subject_day: the day the check is about (for the --from/--to filter).
        Chain problems are always reported: the chain cannot be verified in part."""
        if code not in CHAIN_CODES and not self.in_range(subject_day if subject_day else day):
            self.out_of_range += 1
            return
        self.items.append({"code": code, "seq": seq, "day": day, "detail": detail})

    def codes(self) -> set[str]:
        return {p["code"] for p in self.items}


# ---------------------------------------------------------------- the verifier


class Case:
    def __init__(self, p: dict):
        self.id = p.get("case")
        self.number = p.get("number")
        self.court = p.get("court")
        self.category = p.get("category")
        self.earlier = p.get("earlierCase")
        self.recusals: dict[str, str] = {}
        self.current: str | None = None
        self.held_before: list[str] = []
        self.alloc_day: str | None = None
        self.points = 0

    def holders_ever(self) -> list[str]:
        return self.held_before + ([self.current] if self.current else [])


class Verifier:
    def __init__(self, entries: list, heads: list, keys: list, today: str,
                 day_from: str | None = None, day_to: str | None = None, explain: bool = False):
        self.entries = entries
        self.heads = heads
        self.keys = keys
        self.today = today
        self.problems = Problems(day_from, day_to)
        self.explain = explain
        # state
        self.rules: list[dict] = []  # payloads of rules entries, log order
        self.judges: dict[str, list[dict]] = {}
        self.absences: dict[str, list[dict]] = {}
        self.categories: dict[str, dict] = {}
        self.courts: dict[str, dict] = {}
        self.chambers: dict[str, dict] = {}
        self.cases: dict[str, Case] = {}
        self.commits: dict[str, list[tuple[int, str, str]]] = {}  # D -> [(seq, entry day, commitment)]
        self.reveals: dict[str, list[tuple[int, str, str]]] = {}  # D -> [(seq, entry day, seed)]
        self.alloc_days: dict[str, int] = {}  # D -> number of allocation entries
        self.first_alloc_seq: dict[str, int] = {}
        self.draws: list[dict] = []  # allocations whose draw awaits the seed
        self.by_seq: dict[int, dict] = {}
        self.next_of: dict[int, dict | None] = {}
        self.days_with_entries: dict[str, int] = {}  # day -> last seq
        # statistics
        self.stats = {"entries": 0, "allocations": 0, "failed": 0, "draws_checked": 0,
                      "pending": 0, "heads": 0, "signatures_checked": 0, "kinds": {}}
        self.explanations: list[dict] = []
        self.warnings: list[str] = []
        self.recomputed: dict[int, dict] = {}  # seq -> what steps 1-7 recompute for an allocation

    # -- helpers on the state
    def rules_in_force(self, D: str) -> dict | None:
        found = None
        for r in self.rules:
            if isinstance(r.get("effectiveFrom"), str) and r["effectiveFrom"] <= D:
                found = r
        return found

    def judge_in_force(self, j: str, D: str) -> dict | None:
        found = None
        for v in self.judges.get(j, []):
            if isinstance(v.get("effectiveFrom"), str) and v["effectiveFrom"] <= D:
                found = v
        return found

    def absent_on(self, j: str, D: str) -> bool:
        for a in self.absences.get(j, []):
            if a.get("effectiveFrom", "9999") <= D and a.get("from", "9999") <= D <= a.get("to", ""):
                return True
        return False

    # -- the walk
    def run(self) -> None:
        prev_hash = ZERO64
        prev_seq = 0
        prev_day = None
        ordered = self.entries
        for i, e in enumerate(ordered):
            self.stats["entries"] += 1
            if not isinstance(e, dict):
                self.problems.add("malformed-entry", None, None, f"entry #{i + 1} is not an object")
                continue
            seq, day = e.get("seq"), e.get("day")
            if isinstance(seq, int):
                self.by_seq[seq] = e
            # section 3
            if not isinstance(seq, int) or isinstance(seq, bool) or seq != prev_seq + 1:
                self.problems.add("seq-gap", seq, day, f"expected seq {prev_seq + 1}, found {seq!r}")
            if e.get("prev") != prev_hash:
                self.problems.add("prev-mismatch", seq, day,
                                  f"prev {e.get('prev')!r} is not the previous entry's hash {prev_hash}")
            try:
                recomputed = H({"seq": seq, "at": e.get("at"), "day": day,
                                "payload": e.get("payload"), "prev": e.get("prev")})
            except CanonicalError as err:
                recomputed = None
                self.problems.add("malformed-entry", seq, day, f"cannot be canonicalised: {err}")
            if recomputed is not None and e.get("hash") != recomputed:
                self.problems.add("hash-mismatch", seq, day,
                                  f"hash {e.get('hash')!r}, recomputed {recomputed}")
            bd = bishkek_day_of(e.get("at"))
            if bd is None:
                self.problems.add("day-mismatch", seq, day, f"at {e.get('at')!r} is not YYYY-MM-DDTHH:MM:SS.sssZ")
            elif bd != day:
                self.problems.add("day-mismatch", seq, day, f"at {e['at']} is Bishkek day {bd}")
            if not isinstance(day, str) or parse_day(day) is None:
                self.problems.add("day-mismatch", seq, day, f"day {day!r} is not a date")
                day = None
            elif prev_day is not None and day < prev_day:
                self.problems.add("day-mismatch", seq, day, f"day goes back from {prev_day}")
            prev_hash = e.get("hash") if isinstance(e.get("hash"), str) else ""
            prev_seq = seq if isinstance(seq, int) else prev_seq + 1
            if day is not None:
                prev_day = max(prev_day, day) if prev_day else day
                self.days_with_entries[day] = seq
            if i > 0 and isinstance(ordered[i - 1], dict) and isinstance(ordered[i - 1].get("seq"), int):
                self.next_of[ordered[i - 1]["seq"]] = e
            # section 4 and 7
            p = e.get("payload")
            if not isinstance(p, dict) or day is None:
                self.problems.add("malformed-entry", seq, day, "payload is not an object or day unusable")
                continue
            try:
                self.apply(seq, day, p)
            except (KeyError, TypeError, AttributeError, ValueError) as err:
                self.problems.add("malformed-entry", seq, day,
                                  f"{p.get('kind')!r} payload cannot be checked: {type(err).__name__} {err}")
        if ordered and isinstance(ordered[-1], dict) and isinstance(ordered[-1].get("seq"), int):
            self.next_of[ordered[-1]["seq"]] = None
        self.check_seeds()
        self.check_draws()
        self.check_heads()

    def apply(self, seq: int, day: str, p: dict) -> None:
        kind = p.get("kind")
        self.stats["kinds"][kind] = self.stats["kinds"].get(kind, 0) + 1
        if kind in ("rules", "judge", "absence"):
            ef = p.get("effectiveFrom")
            if parse_day(ef) is None or ef <= day:
                self.problems.add("same-day-change", seq, day,
                                  f"{kind} effectiveFrom {ef!r} is not later than the entry's day {day}")
        if kind == "seed-commit":
            self.commits.setdefault(p["day"], []).append((seq, day, p["commitment"]))
        elif kind == "seed-reveal":
            self.reveals.setdefault(p["day"], []).append((seq, day, p["seed"]))
        elif kind == "court":
            self.courts[p["court"]] = p
        elif kind == "chamber":
            self.chambers[p["chamber"]] = p
        elif kind == "category":
            self.categories[p["category"]] = p
        elif kind == "rules":
            self.rules.append(p)
        elif kind == "judge":
            self.judges.setdefault(p["judge"], []).append(p)
        elif kind == "absence":
            self.absences.setdefault(p["judge"], []).append(p)
        elif kind == "case":
            if p["case"] in self.cases:
                self.problems.add("malformed-entry", seq, day, f"case {p['case']} registered twice")
            else:
                self.cases[p["case"]] = Case(p)
        elif kind == "recusal":
            c = self.cases.get(p["case"])
            if c is None:
                self.problems.add("unknown-case", seq, day, f"recusal for unregistered case {p['case']}")
            else:
                c.recusals[p["judge"]] = p["grounds"]
        elif kind in ("allocation", "allocation-failed"):
            self.check_allocation(seq, day, p, kind == "allocation-failed")
        else:
            self.warnings.append(f"seq {seq} day {day}: unknown payload kind {kind!r}, not checked")

    # -- section 7
    def check_allocation(self, seq: int, D: str, p: dict, failed: bool) -> None:
        P = self.problems
        if failed:
            self.stats["failed"] += 1
        else:
            self.stats["allocations"] += 1
            self.alloc_days[D] = self.alloc_days.get(D, 0) + 1
            self.first_alloc_seq.setdefault(D, seq)
        C = p.get("case")
        case = self.cases.get(C)
        if case is None:
            P.add("unknown-case", seq, D, f"case {C!r} was never registered")
            return
        K, G = case.court, case.category
        for f, want in (("number", case.number), ("court", K), ("category", G)):
            if p.get(f) != want:
                P.add("case-mismatch", seq, D, f"{f} {p.get(f)!r}, the case registered {want!r}")
        # 1. ground
        reason = p.get("reason")
        J = case.current
        if J is None:
            if reason != "initial":
                P.add("reason-invalid", seq, D, f"reason {reason!r} but the case was never allocated")
        else:
            grounds = set()
            if J in case.recusals:
                grounds.add("recusal")
            vs = self.judges.get(J, [])
            if vs and vs[-1].get("status") == "left":
                grounds.add("judge_left")
            tomorrow = day_add(D, 1)
            for a in self.absences.get(J, []):
                if a.get("from", "9999") <= tomorrow and a.get("to", "") >= D:
                    grounds.add("judge_absent")
            if reason not in grounds:
                P.add("reason-invalid", seq, D,
                      f"reason {reason!r}; grounds that hold for current judge {J}: {sorted(grounds) or 'none'}")
        if not failed and p.get("previousJudge") != J:  # allocation-failed has no previousJudge
            P.add("reason-invalid", seq, D, f"previousJudge {p.get('previousJudge')!r}, expected {J!r}")
        # 2. rules
        r = self.rules_in_force(D)
        if r is None:
            P.add("rules-mismatch", seq, D, f"no rules in force on {D}")
            return
        rules = r["rules"]
        if p.get("rulesVersion") != r.get("version"):
            P.add("rules-mismatch", seq, D, f"rulesVersion {p.get('rulesVersion')!r}, in force {r.get('version')!r}")
        points = rules["categoryPoints"].get(G)
        if not failed and p.get("points") != points:
            P.add("rules-mismatch", seq, D, f"points {p.get('points')!r}, rules give {points!r} for {G}")
        # 3. exclusions of the case
        excl: dict[str, str] = {}

        def put(j: str, why: str) -> None:
            if j not in excl or EXCLUSION_RANK[why] > EXCLUSION_RANK[excl[j]]:
                excl[j] = why

        for j in case.holders_ever():
            put(j, "previous-judge")
        seen = {C}
        nxt = case.earlier
        while nxt and nxt not in seen:
            seen.add(nxt)
            ec = self.cases.get(nxt)
            if ec is None:
                break
            for j in ec.holders_ever():
                put(j, "earlier-stage")
            nxt = ec.earlier
        for j, g in case.recusals.items():
            put(j, "recused" if g == "declared" else "conflict")
        # 4. eligibility
        cat = self.categories.get(G)
        spec = cat.get("specialisation") if cat else None
        court_judges = sorted((j for j, vs in self.judges.items() if any(v.get("court") == K for v in vs)),
                              key=lambda s: s.encode("utf-8"))
        excluded, candidates = [], []
        for j in court_judges:
            v = self.judge_in_force(j, D)
            # "every judge entry with court = K": a judge one of whose versions (so far) names K; the
            # version in force is used even if it names another court (Akniet's verifier does the same)
            if v is None:
                continue
            if v.get("status") != "active":
                why = "not-active"
            elif spec not in (v.get("specialisations") or []):
                why = "not-specialised"
            elif self.absent_on(j, D):
                why = "absent"
            elif j in excl:
                why = excl[j]
            else:
                candidates.append((j, v))
                continue
            excluded.append({"judge": j, "reason": why})
        self.recomputed[seq] = {"previousJudge": J, "rulesVersion": r.get("version"), "points": points,
                                "excluded": excluded, "candidates": [j for j, _ in candidates]}
        if p.get("excluded") != excluded:
            P.add("excluded-mismatch", seq, D,
                  f"logged {canonical_text(p.get('excluded'))}, recomputed {canonical_text(excluded)}")
        if failed:
            if candidates:
                P.add("failure-invalid", seq, D,
                      f"allocation-failed but {len(candidates)} judge(s) eligible: {[j for j, _ in candidates]}")
            return
        if not candidates:
            P.add("failure-invalid", seq, D, "no judge eligible: the entry must be allocation-failed")
            self._apply_allocation(case, p, D)
            return
        # 5. workload, 6. weight
        W = rules["workloadWindowDays"]
        cutoff = day_add(D, -(W - 1))
        base = rules["baseLoad"]
        eligible = []
        for j, v in candidates:
            workload = sum(c.points for c in self.cases.values()
                           if c.current == j and c.alloc_day is not None and c.alloc_day >= cutoff)
            lp = v["loadPercent"]
            denom = base + workload
            weight = max(1, (lp * 1_000_000_000) // denom) if denom > 0 else 1
            eligible.append({"judge": j, "loadPercent": lp, "workload": workload, "weight": weight})
        if p.get("eligible") != eligible:
            P.add("eligible-mismatch", seq, D,
                  f"logged {canonical_text(p.get('eligible'))}, recomputed {canonical_text(eligible)}")
        eligible_canon = canonical_text(eligible)
        eligible_hash = hashlib.sha256(eligible_canon.encode("utf-8")).hexdigest()
        if p.get("eligibleHash") != eligible_hash:
            P.add("eligible-mismatch", seq, D, f"eligibleHash {p.get('eligibleHash')!r}, recomputed {eligible_hash}")
        # 7. inputs (from the logged payload's own fields, as in the spec's formula)
        inputs = {"v": 1, "seq": seq, "case": C, "number": p.get("number"), "court": p.get("court"),
                  "category": p.get("category"), "day": D, "reason": reason,
                  "eligibleHash": eligible_hash, "beacon": None}
        inputs_canon = canonical_text(inputs)
        inputs_hash = hashlib.sha256(inputs_canon.encode("utf-8")).hexdigest()
        if p.get("inputsHash") != inputs_hash:
            P.add("selection-mismatch", seq, D, f"inputsHash {p.get('inputsHash')!r}, recomputed {inputs_hash}")
        self.recomputed[seq].update({"eligible": eligible, "eligibleHash": eligible_hash,
                                     "inputsHash": inputs_hash, "inputsCanonical": inputs_canon})
        self.draws.append({"seq": seq, "day": D, "payload": p, "eligible": eligible, "excluded": excluded,
                           "eligibleCanonical": eligible_canon, "eligibleHash": eligible_hash,
                           "inputsCanonical": inputs_canon, "inputsHash": inputs_hash})
        self._apply_allocation(case, p, D)

    def _apply_allocation(self, case: Case, p: dict, D: str) -> None:
        # the state follows what the log says happened
        if case.current:
            case.held_before.append(case.current)
        case.current = p.get("judge")
        case.alloc_day = D
        case.points = p.get("points") if isinstance(p.get("points"), int) else 0

    # -- section 5
    def check_seeds(self) -> None:
        P = self.problems
        for D, lst in sorted(self.reveals.items()):
            for seq, eday, seed in lst:
                commits = self.commits.get(D)
                if not isinstance(seed, str) or not HEX64_RE.match(seed):
                    P.add("seed-mismatch", seq, eday, f"seed of {D} is not 64 lower-case hex digits", D)
                    continue
                if not commits:
                    P.add("seed-mismatch", seq, eday, f"seed of {D} revealed but never committed", D)
                else:
                    c = hashlib.sha256(bytes.fromhex(seed)).hexdigest()
                    if c != commits[0][2]:
                        P.add("seed-mismatch", seq, eday,
                              f"SHA-256 of the seed of {D} is {c}, commitment (seq {commits[0][0]}) is {commits[0][2]}", D)
                if eday <= D:
                    P.add("early-reveal", seq, eday, f"seed of {D} revealed on {eday}, before the day ended", D)
            for seq, eday, seed in lst[1:]:
                if seed != lst[0][2]:
                    P.add("seed-mismatch", seq, eday, f"seed of {D} revealed again, differently (first at seq {lst[0][0]})", D)
        for D, lst in sorted(self.commits.items()):
            # the first commitment binds; a repeated identical one is harmless
            for seq, eday, c in lst[1:]:
                if c != lst[0][2]:
                    P.add("commitment-changed", seq, eday,
                          f"seed of {D} committed again with a different value (first at seq {lst[0][0]})", D)
        for D in sorted(self.alloc_days):
            commits = self.commits.get(D)
            if not commits:
                P.add("late-commitment", self.first_alloc_seq.get(D), D,
                      f"cases allocated on {D} but the log holds no commitment to its seed", D)
            elif commits[0][1] >= D:
                P.add("late-commitment", commits[0][0], commits[0][1],
                      f"commitment to the seed of {D} written on {commits[0][1]}, not before the day", D)

    # -- section 7 step 8
    def check_draws(self) -> None:
        P = self.problems
        for d in self.draws:
            D, seq, p = d["day"], d["seq"], d["payload"]
            reveal = self.reveals.get(D)
            ex = dict(d)
            ex.pop("payload")
            ex["logged"] = {k: p.get(k) for k in ("eligibleHash", "inputsHash", "draw", "judge")}
            if not reveal or not isinstance(reveal[0][2], str) or not HEX64_RE.match(reveal[0][2]):
                if D >= self.today:
                    self.stats["pending"] += 1
                    ex["status"] = "pending (seed not yet revealed)"
                else:
                    P.add("seed-missing", seq, D, f"the seed of {D} was never revealed")
                    ex["status"] = "seed missing"
                self.explanations.append(ex)
                continue
            seed = bytes.fromhex(reveal[0][2])
            mac = hmac_mod.new(seed, d["inputsCanonical"].encode("utf-8"), hashlib.sha256).digest()
            X = int.from_bytes(mac, "big")
            T = sum(x["weight"] for x in d["eligible"])
            draw = X % T
            acc = 0
            judge = None
            for x in d["eligible"]:
                acc += x["weight"]
                if draw < acc:
                    judge = x["judge"]
                    break
            self.stats["draws_checked"] += 1
            if p.get("draw") != str(draw):
                P.add("selection-mismatch", seq, D, f"draw {p.get('draw')!r}, recomputed {draw}")
            if p.get("judge") != judge:
                P.add("selection-mismatch", seq, D, f"judge {p.get('judge')!r}, recomputed {judge}")
            ex.update({"hmac": mac.hex(), "totalWeight": T, "draw": str(draw), "judge": judge,
                       "status": "checked"})
            self.explanations.append(ex)

    # -- section 6
    def check_heads(self) -> None:
        P = self.problems
        keys: dict[str, bytes] = {}
        for k in self.keys:
            try:
                raw = base64.b64decode(k["publicKey"], validate=True)
            except Exception:
                P.add("key-id-mismatch", None, None, f"key {k.get('keyId')!r}: publicKey is not base64")
                continue
            kid = hashlib.sha256(raw).hexdigest()[:16]
            if len(raw) != 32:
                P.add("key-id-mismatch", None, None, f"key {k.get('keyId')!r} is {len(raw)} bytes, not 32")
                continue
            if kid != k.get("keyId"):
                P.add("key-id-mismatch", None, None, f"key published as {k.get('keyId')!r} has id {kid}")
                continue
            keys[kid] = raw
        head_days: set[str] = set()
        for h in self.heads:
            self.stats["heads"] += 1
            D, last, hh, kid, sig = (h.get("day"), h.get("lastSeq"), h.get("headHash"),
                                     h.get("keyId"), h.get("signature"))
            if isinstance(D, str):
                head_days.add(D)
            msg = canonical({"chain": CHAIN_NAME, "day": D, "headHash": hh, "keyId": kid, "lastSeq": last})
            if kid not in keys:
                P.add("unknown-key", last, D, f"head of {D} signed with unpublished key {kid!r}")
            elif HAVE_ED25519:
                try:
                    Ed25519PublicKey.from_public_bytes(keys[kid]).verify(base64.b64decode(sig, validate=True), msg)
                    self.stats["signatures_checked"] += 1
                except (InvalidSignature, ValueError, TypeError):
                    P.add("signature-invalid", last, D, f"signature of the head of {D} does not verify")
            e = self.by_seq.get(last) if isinstance(last, int) else None
            if e is None:
                P.add("head-mismatch", last, D, f"head of {D}: entry {last!r} is not in the log")
                continue
            if e.get("hash") != hh:
                P.add("head-mismatch", last, D, f"head of {D}: entry {last} has hash {e.get('hash')}, head says {hh}")
            if not isinstance(e.get("day"), str) or not isinstance(D, str) or e["day"] > D:
                P.add("head-mismatch", last, D, f"head of {D}: entry {last} is of day {e.get('day')}")
            nx = self.next_of.get(last)
            if nx is not None and isinstance(D, str) and not (isinstance(nx.get("day"), str) and nx["day"] > D):
                P.add("head-mismatch", last, D,
                      f"head of {D}: entry {nx.get('seq')} after it is still of day {nx.get('day')}")
        for day, last in sorted(self.days_with_entries.items()):
            if day < self.today and day not in head_days:
                P.add("head-missing", last, day, f"day {day} has ended and has entries but no signed head")


# ---------------------------------------------------------------- loading


def _parse_float(text: str) -> Any:
    """A JSON number written with a fraction or exponent. ECMAScript's JSON.parse makes
    `5000000000.0` or `5e9` the integer 5000000000, and the hashes cover values, not text:
    integral values become int; true fractions stay float (canonical() rejects them)."""
    f = float(text)
    return int(f) if f.is_integer() and abs(f) <= MAX_SAFE else f


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def loads(text: str) -> Any:
    return json.loads(text, parse_float=_parse_float, parse_constant=_reject_constant)


def _load_json_or_jsonl(path: str) -> Any:
    with open(path, encoding="utf-8") as f:
        text = f.read()
    try:
        return loads(text)
    except json.JSONDecodeError:
        return [loads(line) for line in text.splitlines() if line.strip()]


def _items(v: Any, *names: str) -> list:
    if isinstance(v, list):
        return v
    if isinstance(v, dict):
        for n in names:
            if isinstance(v.get(n), list):
                return v[n]
    raise ValueError(f"expected a list or an object with one of {names}")


def fetch_url(base: str, limit: int = 5000) -> tuple[list, list, list]:
    entries: list = []
    heads: dict[str, dict] = {}
    keys: dict[str, dict] = {}
    after = 0
    while True:
        url = f"{base.rstrip('/')}/api/courts/log?" + urllib.parse.urlencode({"afterSeq": after, "limit": limit})
        with urllib.request.urlopen(url, timeout=120) as r:
            page = loads(r.read().decode("utf-8"))
        got = page.get("entries") or []
        entries.extend(got)
        for h in page.get("heads") or []:
            heads[canonical_text(h)] = h
        for k in page.get("keys") or []:
            keys[canonical_text(k)] = k
        if page.get("complete"):
            break
        if not got:
            raise RuntimeError(f"page after {after} is empty but not complete")
        after = got[-1]["seq"]  # a page's lastSeq is the seq of its own last entry
    return entries, list(heads.values()), list(keys.values())


# ---------------------------------------------------------------- reporting


def print_explanations(v: Verifier) -> None:
    for ex in v.explanations:
        print(f"\n-- allocation seq {ex['seq']} day {ex['day']}: {ex['status']}")
        print(f"   excluded          {canonical_text(ex['excluded'])}")
        print(f"   eligibleCanonical {ex['eligibleCanonical']}")
        print(f"   eligibleHash      {ex['eligibleHash']}  (logged {ex['logged']['eligibleHash']})")
        print(f"   inputsCanonical   {ex['inputsCanonical']}")
        print(f"   inputsHash        {ex['inputsHash']}  (logged {ex['logged']['inputsHash']})")
        if ex["status"] == "checked":
            print(f"   hmac              {ex['hmac']}")
            print(f"   totalWeight       {ex['totalWeight']}")
            print(f"   draw              {ex['draw']}  (logged {ex['logged']['draw']})")
            print(f"   judge             {ex['judge']}  (logged {ex['logged']['judge']})")


def report(v: Verifier, explain: bool) -> int:
    s = v.stats
    pr = v.problems
    entries = [e for e in v.entries if isinstance(e, dict)]
    first = entries[0].get("day") if entries else None
    last = entries[-1] if entries else {}
    print("Akniet court allocation log: independent verification (courts-verification.md v1)")
    print(f"  entries       {s['entries']} (seq 1..{last.get('seq')}, days {first} .. {last.get('day')})")
    print(f"  last hash     {last.get('hash')}")
    print(f"  kinds         " + ", ".join(f"{k}={n}" for k, n in sorted(s["kinds"].items(), key=lambda x: str(x[0]))))
    print(f"  today         {v.today} (Bishkek)   range {pr.day_from or '-'} .. {pr.day_to or '-'}")
    print(f"  allocations   {s['allocations']} ({s['draws_checked']} draws recomputed, {s['pending']} pending the seed reveal), "
          f"{s['failed']} allocation-failed")
    sig = (f"{s['signatures_checked']} verified" if HAVE_ED25519
           else "NOT CHECKED (the Python package `cryptography` is not importable)")
    print(f"  signed heads  {s['heads']}, {len(v.keys)} key(s); Ed25519 signatures: {sig}")
    if pr.out_of_range:
        print(f"  ({pr.out_of_range} problem(s) outside --from/--to not listed)")
    for w in v.warnings:
        print(f"  warning: {w}")
    if explain:
        print_explanations(v)
    if pr.items:
        counts: dict[str, int] = {}
        for p in pr.items:
            counts[p["code"]] = counts.get(p["code"], 0) + 1
        print(f"\nPROBLEMS: {len(pr.items)} (" + ", ".join(f"{c} {n}" for c, n in sorted(counts.items())) + ")")
        for p in pr.items:
            mark = "" if p["code"] in SPEC_CODES else "*"
            print(f"  {p['code']}{mark}  seq {p['seq']}  day {p['day']}: {p['detail']}")
        if any(p["code"] not in SPEC_CODES for p in pr.items):
            print("  (* a code this verifier adds: the specification names none for this case)")
        return 3
    print("\nOK: no problems found")
    return 0


# ---------------------------------------------------------------- self-test


def _vector_path() -> str:
    here = os.path.dirname(os.path.abspath(__file__))
    return os.path.join(here, "..", "test", "conformance", "courts", "vector.json")


def _verify_vector(vec: dict, today: str = "2026-03-04") -> Verifier:
    v = Verifier(vec["entries"], vec["heads"], vec["keys"], today)
    v.run()
    return v


def _rechain(entries: list) -> None:
    prev = ZERO64
    for e in entries:
        e["prev"] = prev
        e["hash"] = H({k: e[k] for k in ("seq", "at", "day", "payload", "prev")})
        prev = e["hash"]


def self_test() -> int:
    import copy

    with open(_vector_path(), encoding="utf-8") as f:
        vec = json.load(f)
    im = vec["intermediate"]
    v = _verify_vector(vec)
    assert not v.problems.items, f"vector not accepted: {v.problems.items}"
    assert hashlib.sha256(bytes.fromhex(vec["seed"])).hexdigest() == im["commitment"], "commitment"
    assert len(v.explanations) == 1, v.explanations
    ex = v.explanations[0]
    checks = {
        "eligible": (ex["eligible"], im["eligible"]),
        "eligibleCanonical": (ex["eligibleCanonical"], im["eligibleCanonical"]),
        "eligibleHash": (ex["eligibleHash"], im["eligibleHash"]),
        "eligibleHash = H(eligible)": (H(im["eligible"]), im["eligibleHash"]),
        "inputsCanonical": (ex["inputsCanonical"], im["inputsCanonical"]),
        "inputsHash": (ex["inputsHash"], im["inputsHash"]),
        "hmac": (ex.get("hmac"), im["hmac"]),
        "totalWeight": (ex.get("totalWeight"), im["totalWeight"]),
        "draw": (ex.get("draw"), im["draw"]),
        "judge": (ex.get("judge"), im["judge"]),
    }
    hm = json.loads(im["headMessage"])
    head = next(h for h in vec["heads"] if h["day"] == hm["day"])
    checks["headMessage"] = (canonical_text({"chain": CHAIN_NAME, "day": head["day"], "headHash": head["headHash"],
                                             "keyId": head["keyId"], "lastSeq": head["lastSeq"]}), im["headMessage"])
    raw = base64.b64decode(vec["keys"][0]["publicKey"])
    checks["keyId"] = (hashlib.sha256(raw).hexdigest()[:16], vec["keys"][0]["keyId"])
    checks["canonical == json.dumps"] = (
        [canonical(e) for e in vec["entries"]],
        [json.dumps(e, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode() for e in vec["entries"]])
    failed = 0
    for name, (got, want) in checks.items():
        ok = got == want
        failed += not ok
        print(f"  {'ok  ' if ok else 'FAIL'} {name}" + ("" if ok else f": got {got!r}, want {want!r}"))
    print(f"  signatures: {v.stats['signatures_checked']} of {len(vec['heads'])} verified"
          if HAVE_ED25519 else "  signatures: not checked (cryptography not importable)")
    if HAVE_ED25519 and v.stats["signatures_checked"] != len(vec["heads"]):
        failed += 1

    # mutations: each must be named
    def mutated(name: str, fn, expect: set[str], today: str = "2026-03-04") -> None:
        nonlocal failed
        m = copy.deepcopy(vec)
        fn(m)
        mv = _verify_vector(m, today)
        codes = mv.problems.codes()
        ok = expect <= codes
        failed += not ok
        listed = "; ".join(f"{p['code']} seq {p['seq']} day {p['day']}" for p in mv.problems.items)
        print(f"  {'ok  ' if ok else 'FAIL'} mutation: {name}\n         expected {sorted(expect)}; got: {listed or 'nothing'}")

    J2 = vec["entries"][6]["payload"]["judge"]
    alloc = 9  # index of the allocation entry

    def set_judge(m):
        m["entries"][alloc]["payload"]["judge"] = J2

    def set_judge_rechain(m):
        set_judge(m)
        _rechain(m["entries"])

    def set_seed(m):
        m["entries"][10]["payload"]["seed"] = "00" * 32

    def set_seed_rechain(m):
        set_seed(m)
        _rechain(m["entries"])

    def drop(i):
        def f(m):
            del m["entries"][i]
        return f

    def drop_renumber(i):
        def f(m):
            del m["entries"][i]
            for n, e in enumerate(m["entries"]):
                e["seq"] = n + 1
            _rechain(m["entries"])
        return f

    def load_rechain(m):
        m["entries"][5]["payload"]["loadPercent"] = 100
        _rechain(m["entries"])

    def same_day(m):
        m["entries"][2]["payload"]["effectiveFrom"] = "2026-03-01"
        _rechain(m["entries"])

    def bad_sig(m):
        s = bytearray(base64.b64decode(m["heads"][1]["signature"]))
        s[0] ^= 1
        m["heads"][1]["signature"] = base64.b64encode(bytes(s)).decode()

    def no_key(m):
        m["keys"] = []

    def no_head(m):
        del m["heads"][0]

    def commit_late(m):
        e = m["entries"].pop(0)
        m["entries"].insert(7, e)  # just before the case registration of 2026-03-02
        e["at"], e["day"] = "2026-03-02T03:59:00.000Z", "2026-03-02"
        for n, x in enumerate(m["entries"]):
            x["seq"] = n + 1
        _rechain(m["entries"])

    def recuse_j3(m):
        # the drawn judge is recused before the draw: the allocation must exclude it
        e = copy.deepcopy(m["entries"][8])
        e["payload"] = {"kind": "recusal", "case": vec["entries"][8]["payload"]["case"],
                        "judge": vec["intermediate"]["judge"], "grounds": "declared"}
        e["at"] = "2026-03-02T04:00:00.100Z"
        m["entries"].insert(9, e)
        for n, x in enumerate(m["entries"]):
            x["seq"] = n + 1
        _rechain(m["entries"])

    def reason_recusal(m):
        m["entries"][alloc]["payload"]["reason"] = "recusal"
        _rechain(m["entries"])

    def move_day(m):
        m["entries"][alloc]["at"] = "2026-03-02T18:00:00.500Z"  # Bishkek 2026-03-03
        _rechain(m["entries"])

    mutated("allocation's judge changed", set_judge, {"hash-mismatch", "selection-mismatch"})
    mutated("allocation's judge changed, chain recomputed", set_judge_rechain,
            {"selection-mismatch", "head-mismatch"})
    mutated("revealed seed changed", set_seed, {"hash-mismatch", "seed-mismatch", "selection-mismatch"})
    mutated("revealed seed changed, chain recomputed", set_seed_rechain,
            {"seed-mismatch", "selection-mismatch", "head-mismatch"})
    mutated("entry 5 (chamber) dropped", drop(4), {"seq-gap", "prev-mismatch"})
    mutated("case entry dropped, renumbered and re-chained", drop_renumber(8),
            {"unknown-case", "head-mismatch"})
    mutated("seed reveal dropped", drop(10), {"seed-missing", "head-mismatch"})
    mutated("seed reveal dropped, day still open", drop(10), {"head-mismatch"}, today="2026-03-02")
    mutated("judge 1 loadPercent 50 -> 100, re-chained", load_rechain,
            {"eligible-mismatch", "selection-mismatch", "head-mismatch"})
    mutated("rules effective the same day, re-chained", same_day, {"same-day-change", "head-mismatch"})
    mutated("head signature altered", bad_sig, {"signature-invalid"} if HAVE_ED25519 else set())
    mutated("keys withheld", no_key, {"unknown-key"})
    mutated("head of 2026-03-01 withheld", no_head, {"head-missing"})
    mutated("commitment written on the day itself, re-chained", commit_late, {"late-commitment"})
    mutated("drawn judge recused before the draw, re-chained", recuse_j3,
            {"excluded-mismatch", "eligible-mismatch", "selection-mismatch"})
    mutated("reason 'recusal' on a first allocation, re-chained", reason_recusal, {"reason-invalid"})
    mutated("allocation moved to the next Bishkek day", move_day, {"day-mismatch"})
    print("self-test: " + ("PASSED" if not failed else f"FAILED ({failed})"))
    return 0 if not failed else 1


# ---------------------------------------------------------------- main


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Independent verifier of Akniet's court allocation log")
    ap.add_argument("file", nargs="?", help="vector/page .json, or a .jsonl of log entries")
    ap.add_argument("--url", help="server base URL; downloads BASE/api/courts/log pages")
    ap.add_argument("--heads", help="JSON/JSONL file of signed heads (your own copy; added to any others)")
    ap.add_argument("--keys", help="JSON file of public keys ({items}|{keys}|[...]); replaces published keys")
    ap.add_argument("--from", dest="day_from", help="first day whose allocations, seeds and heads are reported")
    ap.add_argument("--to", dest="day_to", help="last day reported")
    ap.add_argument("--today", help="the current Bishkek day (default: from the clock)")
    ap.add_argument("--limit", type=int, default=5000, help="page size for --url (default 5000)")
    ap.add_argument("--explain", action="store_true", help="print each allocation's intermediate values")
    ap.add_argument("--self-test", action="store_true", help="check against the test vector and mutations of it")
    a = ap.parse_args(argv)
    if a.self_test:
        return self_test()
    for name in ("day_from", "day_to", "today"):
        if getattr(a, name) is not None and parse_day(getattr(a, name)) is None:
            ap.error(f"--{name.replace('day_', '')} must be YYYY-MM-DD")
    entries: list = []
    heads: list = []
    keys: list = []
    try:
        if a.url:
            entries, heads, keys = fetch_url(a.url, a.limit)
        elif a.file:
            data = _load_json_or_jsonl(a.file)
            if isinstance(data, dict):
                entries = data.get("entries") or []
                heads = data.get("heads") or []
                keys = data.get("keys") or []
            else:
                entries = data
        else:
            ap.error("give FILE, --url BASE or --self-test")
        if a.heads:
            heads = heads + _items(_load_json_or_jsonl(a.heads), "heads", "items")
        if a.keys:
            keys = _items(_load_json_or_jsonl(a.keys), "items", "keys")
    except (OSError, ValueError, RuntimeError) as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    # entries are walked in the order given (file order, page order): never re-sorted
    v = Verifier(entries, heads, keys, a.today or bishkek_today(), a.day_from, a.day_to, a.explain)
    v.run()
    return report(v, a.explain)


if __name__ == "__main__":
    sys.exit(main())
