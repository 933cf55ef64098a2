#!/usr/bin/env python3
"""Score the extractor against gold annotations (schema: tests/devset/SCHEMA.md).

usage: score.py [GOLD_DIR DOCS_DIR] [--dkg CMD] [--json] [--verbose]
Runs the extractor on each DOCS_DIR/<name>.txt that has GOLD_DIR/<name>.json, one file at a time, and
prints per-file and total figures; the last line is the summary. Without --dkg the extractor runs in
this process (what `make score` and tests/test_devset.py do); with --dkg it runs `CMD extract FILE
--format json` as a subprocess. The matching rules are the team's shared scorer's, unchanged.
Defaults: tests/devset/gold and tests/devset/docs.
"""
import argparse
import json
import os
import re
import subprocess
import unicodedata
from collections import defaultdict


def norm(s):
    s = unicodedata.normalize("NFD", s or "")
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    s = s.replace("đ", "d").replace("Đ", "D").replace("\\", "")
    s = re.sub(r"[\u00a0\s]+", " ", s).strip().lower()
    return s

def name_norm(s):
    s = norm(s)
    s = re.sub(r"^(dong chi|d/c|đ/c)\s+", "", s)
    s = re.sub(r"[.,;:()\"']", "", s)
    return re.sub(r"\s+", " ", s).strip()

MARKER = re.compile(r"^\s*(?:\(?(?:[0-9]{1,3}(?:\.[0-9]{1,3})*|[a-zđ]|[ivxlc]{1,5})[\).:]|[-+•*–—|])\s*")

def strip_markers(s):
    """Leading list markers and row numbers ("a)", "2.1.", "-", "|") carry no meaning for matching."""
    prev = None
    while prev != s:
        prev, s = s, MARKER.sub("", s, count=1)
    return s

def words(s):
    return set(re.findall(r"\w+", norm(s)))

def text_match(gold_quote, pred_text):
    g, p = strip_markers(norm(gold_quote)), strip_markers(norm(pred_text))
    if not g or not p:
        return 0.0
    if g in p or p in g:
        return 1.0
    gw, pw = words(g), words(p)
    return 2 * len(gw & pw) / max(1, len(gw) + len(pw))  # Dice overlap of word sets

def names_match(gold_names, pred_names):
    """Every gold name has a predicted name equal to it or containing it / contained by it."""
    gs = ["|".join(name_norm(a) for a in x.split("|")) for x in gold_names or []]
    ps = [name_norm(x) for x in pred_names or []]
    if not gs:
        return not ps
    def one(g):  # a gold name may list alternatives as "A|B"
        return any(a == p or a in p or p in a for a in g.split("|") for p in ps if a and p)
    return all(one(g) for g in gs)

def pred_names(items):
    out = []
    for x in items or []:
        if isinstance(x, dict):
            out.append(x.get("name") or x.get("label") or "")
        else:
            out.append(str(x))
    return out

def deadline_norm(d):
    if d is None:
        return None
    d = str(d).strip()
    return d or None

def run_in_process(path):
    """(prediction, complaint) from the extractor called in this process; complaint = why it refused the file."""
    from loaders.export_json import extraction_json
    from loaders.pipeline import extract_paths
    extraction = extract_paths([path])
    failed = [p.message for p in extraction.problems if p.kind != "warning"]
    return extraction_json(extraction.documents), (" ".join(failed)[:200] if failed else None)


def run_extract(dkg, path):
    """(prediction, complaint): complaint is the extractor's stderr when it exited non-zero (a refused file)."""
    if dkg is None:
        return run_in_process(path)
    r = subprocess.run(dkg + ["extract", path, "--format", "json"], capture_output=True, text=True, timeout=300)
    if r.returncode not in (0, 1) or not r.stdout.strip():
        raise RuntimeError(f"extract failed on {os.path.basename(path)} (rc={r.returncode}): {r.stderr.strip()[:300]}")
    complaint = " ".join(r.stderr.split())[:200] if r.returncode != 0 else None
    return json.loads(r.stdout), complaint

def score_file(gold, pred, verbose=False):
    f = defaultdict(float)
    gdocs = gold.get("documents", [])
    pdocs = pred.get("documents", [])
    # documents: by symbol; a gold document without a symbol (a draft, a press page) matches an unused
    # predicted document without a symbol and of the same type
    psym = {name_norm(d.get("symbol") or ""): d for d in pdocs if d.get("symbol")}
    unsymbolled = [d for d in pdocs if not d.get("symbol")]
    for gd in gdocs:
        f["doc_gold"] += 1
        if gd.get("symbol"):
            pd = psym.get(name_norm(gd["symbol"]))
        else:
            pd = next((d for d in unsymbolled if norm(d.get("type") or "") == norm(gd.get("type") or "")), None)
            if pd is not None:
                unsymbolled.remove(pd)
        label = gd.get("symbol") or f"({gd.get('type')} without symbol)"
        if pd is None:
            if verbose:
                print(f"    missing document {label}")
            continue
        f["doc_found"] += 1
        g_auth = gd.get("authoritative", True)
        f["auth_ok"] += bool(pd.get("authoritative", True)) == bool(g_auth)
        date_ok = pd.get("date") == gd.get("date") if g_auth else gd.get("date") in (None, pd.get("date"))
        ok = norm(pd.get("type") or "") == norm(gd.get("type") or "") and (not g_auth or (date_ok and names_match(
            [gd["issuer"]] if gd.get("issuer") else [], pred_names([pd.get("issuer")]) if pd.get("issuer") else [])))
        f["doc_meta_ok"] += ok
        if not ok and verbose:
            print(f"    metadata {label}: gold type={gd.get('type')} date={gd.get('date')} issuer={gd.get('issuer')} | "
                  f"pred type={pd.get('type')} date={pd.get('date')} issuer={pred_names([pd.get('issuer')])}")
        if gd.get("copy_of"):
            f["copy_gold"] += 1
            f["copy_ok"] += name_norm(pd.get("copy_of") or "") == name_norm(gd["copy_of"])
    # tasks, pooled over the file
    gtasks = [t for d in gdocs if d.get("authoritative", True) for t in d.get("tasks", [])]
    ptasks = [t for d in pdocs for t in d.get("tasks", [])]
    ptasks_nonauth = [t for d in pdocs if d.get("authoritative") is False for t in d.get("tasks", [])]
    f["tasks_from_nonauthoritative"] += len(ptasks_nonauth)
    used = set()
    gexp = [t for t in gtasks if t.get("owner_kind") == "explicit"]
    pexp = [i for i, t in enumerate(ptasks) if t.get("owner_kind") == "explicit"]
    f["exp_gold"] += len(gexp)
    f["exp_pred"] += len(pexp)
    for gt in gexp:
        best, bi = 0.0, None
        for i in pexp:
            if i in used:
                continue
            s = text_match(gt["quote"], ptasks[i].get("text", ""))
            if s > best:
                best, bi = s, i
        if bi is None or best < 0.75:
            if verbose:
                print(f"    missed explicit task: {gt['owners']} — {gt['quote'][:70]}")
            continue
        used.add(bi)
        pt = ptasks[bi]
        f["exp_tp"] += 1
        own = names_match(gt.get("owners"), pred_names(pt.get("owners")))
        col = names_match(gt.get("collaborators"), pred_names(pt.get("collaborators"))) if gt.get("collaborators") else True
        f["owner_ok"] += own
        f["collab_ok"] += col
        if gt.get("deadline"):
            f["deadline_gold"] += 1
            f["deadline_ok"] += deadline_norm(pt.get("deadline")) == deadline_norm(gt["deadline"])
        if verbose and not own:
            print(f"    owner wrong: gold {gt['owners']} pred {pred_names(pt.get('owners'))} — {gt['quote'][:50]}")
    if verbose:
        for i in pexp:
            if i not in used:
                t = ptasks[i]
                print(f"    extra explicit task: {pred_names(t.get('owners'))} — {t.get('text','')[:70]}")
    # any task (explicit or collective) recall, owner kind agreement
    used_all = set()
    gall = [t for t in gtasks if t.get("owner_kind") in ("explicit", "collective", "none")]
    f["all_gold"] += len(gall)
    for gt in gall:
        best, bi = 0.0, None
        for i, pt in enumerate(ptasks):
            if i in used_all:
                continue
            s = text_match(gt["quote"], pt.get("text", ""))
            if s > best:
                best, bi = s, i
        if bi is not None and best >= 0.75:
            used_all.add(bi)
            f["all_tp"] += 1
            f["kind_ok"] += (ptasks[bi].get("owner_kind") == gt.get("owner_kind"))
    # targets
    gtg = [t for d in gdocs if d.get("authoritative", True) for t in d.get("targets", [])]
    ptg = [t for d in pdocs for t in d.get("targets", [])]
    f["tgt_gold"] += len(gtg)
    usedt = set()
    for gt in gtg:
        for i, pt in enumerate(ptg):
            if i in usedt:
                continue
            if text_match(gt["quote"], pt.get("text", "")) >= 0.75 and str(pt.get("year")) == str(gt.get("year")) \
                    and value_match(gt.get("value"), pt):
                usedt.add(i)
                f["tgt_ok"] += 1
                break
    return f

def value_match(gold_value, pred) -> bool:
    """The gold value is in the predicted one; a gold range "1,0-1,5" is the predicted value and value_max."""
    g = norm(str(gold_value)).replace(",", ".")
    r = re.fullmatch(r"([\d.]+)\s*[-–]\s*([\d.]+)", g)
    if r and pred.get("value_max") is not None:
        try:
            return float(r.group(1)) == float(pred.get("value")) and float(r.group(2)) == float(pred["value_max"])
        except (TypeError, ValueError):
            return False
    return g in norm(str(pred.get("value"))).replace(",", ".")


def ratio(a, b):
    return a / b if b else float("nan")

HERE = os.path.dirname(os.path.abspath(__file__))


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("gold_dir", nargs="?", default=os.path.join(HERE, "gold"))
    ap.add_argument("docs_dir", nargs="?", default=os.path.join(HERE, "docs"))
    ap.add_argument("--dkg", default=os.environ.get("DKG"))
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("--quiet", action="store_true", help="summary only")
    a = ap.parse_args(argv)
    dkg = a.dkg.split() if a.dkg else None
    total = defaultdict(float)
    errors, refused = [], []
    for name in sorted(os.listdir(a.gold_dir)):
        if not name.endswith(".json") or name == "SCHEMA.json":
            continue
        txt = os.path.join(a.docs_dir, name[:-5] + ".txt")
        if not os.path.exists(txt):
            continue
        gold = json.load(open(os.path.join(a.gold_dir, name), encoding="utf-8"))
        try:
            pred, complaint = run_extract(dkg, txt)
        except Exception as e:  # noqa: BLE001 - report and go on
            errors.append(str(e))
            total["exp_gold"] += sum(1 for d in gold["documents"] for t in d.get("tasks", [])
                                     if t.get("owner_kind") == "explicit")
            continue
        f = score_file(gold, pred, a.verbose)
        if complaint:
            refused.append(f"{name[:-5]}: {complaint}")
        for k, v in f.items():
            total[k] += v
        if a.verbose or not (a.json or a.quiet):
            p, r = ratio(f["exp_tp"], f["exp_pred"]), ratio(f["exp_tp"], f["exp_gold"])
            print(f"{name[:-5]}: explicit tasks P={p:.2f} R={r:.2f} (tp {int(f['exp_tp'])}, pred {int(f['exp_pred'])}, gold {int(f['exp_gold'])}); "
                  f"owners {int(f['owner_ok'])}/{int(f['exp_tp'])}; deadlines {int(f['deadline_ok'])}/{int(f['deadline_gold'])}; "
                  f"docs {int(f['doc_meta_ok'])}/{int(f['doc_gold'])}; targets {int(f['tgt_ok'])}/{int(f['tgt_gold'])}")
    for e in errors:
        print("ERROR", e)
    for r in refused:
        print("REFUSED", r)
    P, R = ratio(total["exp_tp"], total["exp_pred"]), ratio(total["exp_tp"], total["exp_gold"])
    F = 2 * P * R / (P + R) if P == P and R == R and (P + R) else 0.0
    summary = {
        "explicit_P": round(P, 3), "explicit_R": round(R, 3), "explicit_F1": round(F, 3),
        "owner_acc": round(ratio(total["owner_ok"], total["exp_tp"]), 3),
        "deadline_acc": round(ratio(total["deadline_ok"], total["deadline_gold"]), 3),
        "all_task_recall": round(ratio(total["all_tp"], total["all_gold"]), 3),
        "owner_kind_acc": round(ratio(total["kind_ok"], total["all_tp"]), 3),
        "doc_meta_acc": round(ratio(total["doc_meta_ok"], total["doc_gold"]), 3),
        "copy_link_acc": round(ratio(total["copy_ok"], total["copy_gold"]), 3),
        "doc_found": round(ratio(total["doc_found"], total["doc_gold"]), 3),
        "authority_acc": round(ratio(total["auth_ok"], total["doc_found"]), 3),
        "target_recall": round(ratio(total["tgt_ok"], total["tgt_gold"]), 3),
        "tasks_from_nonauthoritative": int(total["tasks_from_nonauthoritative"]),
        "refused_files": len(refused),
        "errors": len(errors),
    }
    if not a.quiet:
        print(json.dumps(summary, ensure_ascii=False) if a.json else
              " ".join(f"{k}={v}" for k, v in summary.items()))
    return summary

if __name__ == "__main__":
    main()
