"""Tasks: who must do what, by when — read from directive sentences, list items, preambles and tables."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import replace

from loaders.extraction.alternation import trie_pattern
from loaders.extraction.dates import (
    Deadline,
    find_deadline,
    find_recurrence,
    latest_deadline,
    period_heading_deadline,
)
from loaders.extraction.patterns import DIRECTIVE_VERBS, SURNAMES
from loaders.extraction.resolve import Context, Mention, find_mentions, listed_body, unresolved_body
from loaders.extraction.structure import Block
from loaders.extraction.tables import read_pipe_tables, read_tables
from loaders.read import Text
from loaders.records import BodyRef, Document, SourceSpan, Task
from loaders.vntext import fold, fold_keep_length, fold_of_same, fold_same, slug

TASK_SECTION = re.compile(r"to chuc thuc hien|nhiem vu|giai phap|ket luan chi dao|phan cong|de nghi|trach nhiem|"
                          r"noi dung|tien do thuc hien|lo trinh thuc hien")
# a section of goals, views or assessment: its heading starts with the word ("Mục tiêu cụ thể", "Một số hạn
# chế"); "Hoàn thiện pháp luật … đáp ứng mục tiêu …" is a task heading that only mentions a goal
NO_TASK_SECTION = re.compile(r"(?:^|/ )[\W\d]*(?:(?:mot so|nhung|ve|cac)\s+)?(?:quan diem|muc tieu|tam nhin|tinh hinh|"
                             r"nguyen nhan|danh gia (?:tinh hinh|ket qua|chung|thuc trang|viec)|danh gia$|ket qua dat duoc|han che|boi canh|"
                             r"noi nhan)")
# an introduction that addresses the items below it; "theo đề nghị của X" (at X's proposal) assigns nothing
PREAMBLE = re.compile(r"(yeu cau|de nghi(?! cua)|nhiem vu)[^:]{0,800}:\s*$")
# "Trách nhiệm chỉ đạo thực hiện: X; Y" under a list names the owners of the list's items above it
# (a paragraph of its own, or a line the conversion joined to the list's last item)
TRAILER = re.compile(r"^\s*(?:trach nhiem|co quan|don vi)\s*(?:chi dao\s*)?(?:thuc hien|chu tri)?\s*:\s*"
                     r"|\n\s*trach nhiem\s*(?:chi dao\s*)?(?:thuc hien|chu tri)?\s*:\s*")
# a paragraph that introduces what someone concluded or said: the items below name who acts
_SPEAKER_INTRO = re.compile(r"\b(?:ket luan(?:,? chi dao)?|co y kien(?: chi dao)?|phat bieu(?: chi dao)?)\s+"
                            r"(?:nhu sau|sau day)\s*:\s*$")
LEGAL_BASIS = re.compile(r"^\s*(can cu|theo de nghi|xet de nghi|tren co so|chinh phu\s*$)")
# ("… thông báo để các Bộ X, Y biết, thực hiện" closes a letter by addressing who carries it out; "Trân trọng!" closes
# it, "Chính phủ trân trọng đề nghị X …" asks X)
_CLOSING_ANYWHERE = (r"thong bao de .{0,160}biet(?![,\s]*(?:va\s+)?(?:thuc hien|thi hanh|trien khai))|"
                     r"de cac dong chi (nghien cuu|biet)|sao gui|tran trong\W*$")
CLOSING = re.compile(r"^(nghi quyet|ket luan|chi thi|quyet dinh|thong bao|van ban) nay (pho bien|co hieu luc)|"
                     + _CLOSING_ANYWHERE.replace("|tran trong", r"|^\W*tran trong|tran trong") + r"|"
                     r"^noi nhan|^kinh gui|^luu\b")
_CLOSING_LATER = re.compile(_CLOSING_ANYWHERE)  # no alternative anchored at the start: the engine jumps between t, d, s


def closing_formula(folded: str) -> re.Match | None:
    """CLOSING.search(folded): at the start with every alternative, after it with those not anchored there."""
    return CLOSING.match(folded) or _CLOSING_LATER.search(folded, 1)


# "Đồng ý (về) chủ trương / để / việc X nghiên cứu …": an approval that X carries out
# ("hồ sơ đề nghị …", "tờ trình đề nghị …" name a paper, not an address)
ASSIGN_CUE = re.compile(r"(?:^|[\s,;:*_(])(?<!ho so )(?<!to trinh )(?<!van ban )(?<!cong van )"
                        r"(giao cho|giao|de nghi|yeu cau|uy quyen cho|thong bao de|"
                        r"dong y (?:ve )?(?:chu truong|viec|de|cho)(?: de| cho)?)\s+", re.IGNORECASE)
_CONNECTOR = re.compile(r"^(?:\s|,|;|:|-|–|\*|_|\bva\b|\bcung\b|\bdong chi\b|\bd/c\b|\bcac\b|\btheo chuc nang,? nhiem vu\b|"
                        r"\btheo chuc nang\b|\btheo tham quyen\b|\bvoi\b)+")
_VERBS = trie_pattern(DIRECTIVE_VERBS, space=" ")
_VERB_RE = re.compile(r"^(?:can\b|phai\b)|^(?:can |phai |co trach nhiem |co nhiem vu |chiu trach nhiem |khan truong |tiep tuc |thuong xuyen |"
                      r"chu dong |kip thoi )*(" + _VERBS + r")\b")
_COLLAB_RE = re.compile(r"phoi hop(?: chat che)?(?: voi)?\s+")
_CO_LEAD_RE = re.compile(r"dong chu tri(?: voi)?\s+")
_REPORT_RE = re.compile(r"(?:bao cao(?: ket qua(?: thuc hien)?)?(?: ve)?(?: voi| len)?|gui ve|gui den|trinh|"
                        r"tham muu(?: cho)?)\s+")
# numbered sub-items inside one paragraph: "1) … 2) …", "(i) … (ii) …" (emphasis around them in converted texts)
_SUBITEM_RE = re.compile(r"(?:(?<=[\s.;:*_])|^)(?:(\d{1,2})\)|\((i{1,3}|iv|vi{0,3})\))[\s*_]+(?=\S)")
_SENTENCE_RE = re.compile(r"(?<=[.!?])\s+(?=[A-ZĐÀ-Ỹ])")

SpanFn = Callable[[Text, int, int], SourceSpan]


def extract_tasks(text: Text, blocks: list[Block], doc: Document, ctx: Context, span: SpanFn) -> list[Task]:
    """Every task of an authoritative document, in reading order."""
    if blocks:  # the document's mentions, read once; each paragraph takes its share
        base = blocks[0].start
        found = find_mentions(text.text[base:blocks[-1].end], ctx, frozenset(b.start - base for b in blocks),
                              text.folded[base:blocks[-1].end])
        ctx.segment_mentions = (blocks[0].start, found, [m.start for m in found])
    tasks: list[Task] = []
    preamble_owners: list[BodyRef] | None = None
    preamble_addressed = False  # the preamble's owners follow an assigning cue (giao, đề nghị, yêu cầu)
    context_deadline: tuple[int, str] | None = None  # (level, deadline) set by an intro ending with ':'
    heading_deadline: tuple[int, str] | None = None  # (level, deadline) set by a section heading
    # an owned item (or paragraph: bullets only) announcing the items below it: (level, owners, deadline, paragraph)
    intro: tuple[int, list[BodyRef], str | None, bool] | None = None
    in_recipients = False
    section_start = 0  # index of the first task under the current heading
    heading_owners: dict[tuple[str, ...], list[BodyRef] | None] = {}
    table_tasks, table_spans = _spread_table_tasks(text, blocks, doc, ctx, span)
    for block in _merge_continuations(text, [b for b in blocks if b.kind != "noise"
                                             and not any(a < b.end and b.start < z for a, z in table_spans)]):
        same = text.fold_at(block.start, block.text)
        folded = fold_of_same(block.text, same)
        if block.text.lstrip().startswith("|") or re.search(r"\b(T/M|K/T|T/L)\s", block.text):
            if re.search(r"noi nhan", folded):
                in_recipients = True
            continue  # tables are read by _table_tasks; signature blocks hold no task
        if re.match(r"^[|*_\s]*(noi nhan|kinh gui)(?![a-z])", folded):
            in_recipients = True
            continue
        if in_recipients and (block.kind == "bullet" or block.kind is None and block.text.rstrip().endswith((",", ";"))):
            continue
        in_recipients = False
        if _SPEAKER_INTRO.search(folded):
            continue  # "… Chủ tịch UBND tỉnh kết luận, chỉ đạo như sau:": who speaks, not who acts on the items below
        headings = " / ".join(fold(h) for h in block.headings)
        trailer = None if block.is_heading else TRAILER.search(same)
        if trailer and trailer.start() == 0:
            _own_the_list_above(tasks[section_start:], block.text[trailer.end():], ctx)
            section_start = len(tasks)
            continue
        if block.is_heading:
            section_start = len(tasks)
            intro = None  # a heading ends the list an item announced
            if TASK_SECTION.search(folded) or NO_TASK_SECTION.search(folded):
                preamble_owners = None
            context_deadline = None if context_deadline and block.level <= context_deadline[0] else context_deadline
            heading_deadline = None if heading_deadline and block.level <= heading_deadline[0] else heading_deadline
            if TASK_SECTION.search(folded):
                # "Nhiệm vụ trọng tâm từ nay đến tháng 9/2028": the date every item under it is due
                deadline = find_deadline(block.text, _reference_date(doc))
                if deadline:
                    heading_deadline = (block.level, deadline.value)
            elif TASK_SECTION.search(headings) and (period := period_heading_deadline(block.text)):
                heading_deadline = (block.level, period.value)  # "a) Giai đoạn 2026 - 2028:" in a schedule
            continue
        if NO_TASK_SECTION.search(headings) and not TASK_SECTION.search(headings.split(" / ")[-1] if headings else ""):
            continue
        if context_deadline and block.kind is None:
            context_deadline = None  # a new paragraph ends the list the intro announced
        if LEGAL_BASIS.match(folded) and not _order_on_a_basis(block.text, folded):
            continue  # "Căn cứ …", "Theo đề nghị của …": the legal basis, no task and no addressee
        if folded.rstrip().endswith(":") and _is_preamble(block.text, folded):
            mentions = find_mentions(block.text, ctx)
            cue = _cue_end(block.text)
            subject = [] if cue else _preamble_subject(block.text, mentions)
            issuer = doc.issuer.key if doc.issuer else None
            if all(o.key == issuer or o.parent_key == issuer for o in subject):
                subject = []  # "Chính phủ ban hành Kế hoạch … như sau:" — the issuer speaking, not a subject
            if cue:  # only the bodies the cues name ("đề nghị X và các Y"); "hồ sơ đề nghị xây dựng …" names none
                # "yêu cầu các Bộ trưởng … và đề nghị cộng đồng doanh nghiệp:": each cue addresses its own
                owners, folded_preamble = [], fold_same(block.text)
                for end in _cue_ends(block.text):
                    owners += [o for o in _consume(block.text, folded_preamble, mentions, end)[0]
                               if o.key not in {x.key for x in owners}]
            elif subject:  # "…, Văn phòng X và các văn phòng Y cụ thể hoá để tổ chức thực hiện, … sau:"
                owners = subject
            else:
                owners = [m.ref for m in mentions]
            if not subject:
                owners = [o for o in owners if o.key != issuer]  # the issuer addresses, it does not own
            if owners:
                preamble_owners = owners
                preamble_addressed = cue > 0 or bool(subject)
            deadline = find_deadline(block.text, _reference_date(doc))
            if deadline:
                context_deadline = (block.level, deadline.value)
            continue  # a preamble introduces tasks; it is not one
        # an article of a decision or resolution is an operative part: its orders are tasks even with no owner
        in_task_section = bool(TASK_SECTION.search(headings)) or preamble_owners is not None \
            or block.path.startswith("Điều") and not _DECIDES.match(folded) and bool(_VERB_ANYWHERE.search(folded))
        key = tuple(block.headings)  # every item under a heading asks the same question of it
        if key not in heading_owners:
            heading_owners[key] = _inherited_owner(block, ctx, doc)
        owners_line = block.text[trailer.end():] if trailer else ""
        if trailer:
            block = replace(block, text=block.text[:trailer.start()], end=block.start + trailer.start())
        if intro and (block.kind is None or block.level <= intro[0] or intro[3] and block.kind != "bullet"):
            intro = None  # the list the item announced has ended
        before = len(tasks)
        # a paragraph's list is its orders, not the topics of a report it asks for ("… báo cáo về: - Tình hình …")
        announced = intro[1] if intro and (not intro[3] or _opens_with_order(block.text)) else None
        tasks.extend(_block_tasks(text, block, doc, ctx, span, in_task_section, preamble_owners,
                                  announced or heading_owners[key],  # the nearer says more
                                  context_deadline[1] if context_deadline else
                                  intro[2] if intro and intro[2] else
                                  heading_deadline[1] if heading_deadline else None,
                                  preamble_addressed))
        if folded.rstrip().endswith(":") and len(tasks) > before and tasks[-1].owners:
            # "3. Sở Xây dựng chủ trì … trước ngày 15/11/2027. Trong đó lưu ý các nội dung sau:" — the
            # items below it are that body's, due when it is; a paragraph's ("Bộ X phối hợp với Y …:"), the
            # bullets right after it
            intro = (block.level if block.kind is not None else -1, list(tasks[-1].owners), tasks[-1].deadline,
                     block.kind is None)
        if trailer:
            _own_the_list_above(tasks[section_start:], owners_line, ctx)
            section_start = len(tasks)
    tasks.extend(table_tasks)
    return tasks


def _own_the_list_above(tasks: list[Task], owners_text: str, ctx: Context) -> None:
    """Items above a 'Trách nhiệm chỉ đạo thực hiện: …' line that name no owner of their own get its owners."""
    owners = [m.ref for m in find_mentions(owners_text, ctx)]
    if not owners:
        return
    for t in tasks:
        if t.owner_source in (None, "preamble"):
            t.owners = list(owners)
            t.owner_kind = _owner_kind(owners)
            t.owner_source = "heading"


def ctx_mentions(text: Text, start: int, s: str, ctx: Context) -> list[Mention]:
    """The mentions of `s`, which stands at `start` in the text: taken from the document's mentions when they
    were read (one pass over the document instead of one per paragraph), else read now."""
    cached = ctx.segment_mentions
    if cached is None or text.text[start:start + len(s)] != s:
        return find_mentions(s, ctx)
    base, mentions, starts = cached
    lo, hi = start - base, start - base + len(s)
    first = bisect.bisect_left(starts, lo)
    last = bisect.bisect_left(starts, hi)
    if first and mentions[first - 1].end > lo or last > first and mentions[last - 1].end > hi:
        return find_mentions(s, ctx)  # a name read across the paragraph's edge: read the paragraph alone
    return [Mention(m.start - lo, m.end - lo, m.ref) for m in mentions[first:last]]


def _merge_continuations(text: Text, blocks: list[Block]) -> list[Block]:
    """A paragraph that starts in lower case continues the one before (page and column breaks)."""
    out: list[Block] = []
    for b in blocks:
        if out and b.kind is None and b.text[:1].islower() and not out[-1].is_heading:
            prev = out[-1]
            prev.text = prev.text.rstrip() + " " + b.text
            prev.end = b.end
            continue
        out.append(b)
    return out


def _preamble_subject(s: str, mentions: list[Mention]) -> list[BodyRef]:
    """The bodies a preamble makes the subject of a directive verb — the last such run of names."""
    folded = fold_same(s)
    for k in range(len(mentions) - 1, -1, -1):
        owners, end = _consume(s, folded, mentions, mentions[k].start)
        if owners and _VERB_RE.match(folded[end:].strip(" ,")):
            for earlier in mentions[:k]:  # the whole run of names: "Văn phòng X và các văn phòng Y"
                run, run_end = _consume(s, folded, mentions, earlier.start)
                if run_end == end:
                    return run
            return owners
    return []


# "giao" assigns; read with its accents, so "Sở Giáo dục" holds no cue, and "Giao thông", "ngoại giao" neither
_GIAO_CUE = re.compile(r"(?<![\wđ])(?<!tuyên )(?<!ngoại )giao\s(?!của\b|thông\b|dịch\b|lưu\b|ban\b|tiếp\b|hữu\b)")


def _is_preamble(text: str, folded: str) -> bool:
    if PREAMBLE.search(folded):
        return True
    giao = [m.end() for m in _GIAO_CUE.finditer(text.lower())]
    return bool(giao) and bool(re.fullmatch(r"[^:]{0,800}:\s*", text[giao[-1]:]))


def _cue_ends(s: str) -> list[int]:
    """Ends of the assigning cues (yêu cầu, đề nghị, giao) of a preamble, in order."""
    ends = [m.end() for m in re.finditer(r"(?<![a-z])(yeu cau|de nghi)\s(?!cua\b)", fold_keep_length(s).lower())]
    return sorted(ends + [m.end() for m in _GIAO_CUE.finditer(s.lower())])


def _cue_end(s: str) -> int:
    """End of the last assigning cue of a preamble."""
    return max(_cue_ends(s), default=0)


# after the bodies a heading names: "có trách nhiệm:", "chủ trì thực hiện:", "chỉ đạo …:" — or nothing
_HEADING_TAIL = re.compile(r"^\s*(?:[,:.]\s*)?(?:(?:co|chiu) trach nhiem|thuc hien|chu tri|chi dao|co nhiem vu|"
                           r"tap trung|can|phai|theo chuc nang)?\b")
_VERB_ANYWHERE = re.compile(r"\b(?:" + _VERBS + r")\b")
# the words between a subject and its verb that say nothing of who acts ("X, trong phạm vi …, chủ trì …")
_BEFORE_VERB = re.compile(r"^\s*(?:-|–|,|:)\s*[^,;:]{0,60}?(?=(?:" + _VERBS + r")\b)")
# "NHIỆM VỤ (CHỦ YẾU) CỦA BỘ X", "TRÁCH NHIỆM CỦA CÁC CƠ QUAN": the bodies after "của"
_DUTIES_OF = re.compile(r"^(?:nhiem vu|trach nhiem|phan cong)[^:]{0,30}?\b(?:cua|doi voi)\s+")


def _inherited_owner(block: Block, ctx: Context, doc: Document) -> list[BodyRef] | None:
    """The bodies a heading above the item names ('2. Ban Tuyên giáo Tỉnh ủy:', '1. Cục X có trách nhiệm:',
    'II. NHIỆM VỤ CỦA BỘ X'): they own the items under it."""
    issuer = doc.issuer.key if doc.issuer else None
    for heading in reversed(block.headings):
        colon = heading.rstrip().endswith(":")
        text = heading.rstrip().rstrip(":").strip()
        folded = fold_same(text)
        duties = _DUTIES_OF.match(folded)
        start = duties.end() if duties else 0
        mentions = ctx.heading_mentions.get(text)
        if mentions is None:  # a heading is asked again by every list under it
            mentions = ctx.heading_mentions[text] = find_mentions(text, ctx)
        cue = 0 if duties else _cue_end(text)
        if cue:  # "5. Về lĩnh vực X: Đề nghị UBND tỉnh chỉ đạo Sở Y tế:" — the bodies the cue names
            addressed, end = _consume(text, folded, mentions, cue)
            if addressed and (colon or len(folded[end:].strip(" .:,")) < 4 or _DIRECTS.match(folded, end)):
                return addressed + [d for d in _directed(text, mentions, end)
                                    if d.key not in {a.key for a in addressed}]
        owners, end = _consume(text, folded, mentions, start)
        if not owners or (mentions and mentions[0].start > start + 2):
            continue
        tail = folded[end:].strip(" .:,")
        if duties:
            return owners
        # the issuer's own name over its text ("CHÍNH PHỦ" above "Căn cứ …") is no section of duties
        if any(o.key == issuer or o.parent_key == issuer and o.kind == "post" for o in owners):
            continue
        if len(tail) < 4 or colon and _HEADING_TAIL.match(tail) and len(tail) < 80:
            return owners
        # "6. Đài Phát thanh và Truyền hình tỉnh" over its items: a short heading that is a name, not a topic
        if not colon and len(folded) < 120 and not _VERB_ANYWHERE.search(tail):
            return owners
    return None


def parse_subject(s: str, mentions: list[Mention], doc: Document, folded: str | None = None
                  ) -> tuple[list[BodyRef], int, bool]:
    """Owners named before a directive verb: (owners, end of subject, assigned-by-cue). `folded`: fold_same(s),
    when the caller has it."""
    folded = fold_same(s) if folded is None else folded
    for start, by_cue in _subject_starts(folded):
        owners, end = _consume(s, folded, mentions, start)
        if not owners:
            continue
        rest = re.sub(r"^\s*(?:theo chuc nang,? nhiem vu(?: duoc giao)?|theo chuc nang|theo tham quyen|"
                      r"trong pham vi (?:chuc nang,? )?nhiem vu,? quyen han(?: cua minh| duoc giao)?|"
                      r"(?:cac cap )?tu trung uong (?:den|toi) (?:co so|dia phuong))\s*", " ",
                      " ".join(folded[end:end + 400].split()))  # a phrase wrapped over lines is the same phrase
        if start == 0 and rest.lstrip().startswith(":") and len(rest.strip()) > 12:
            return _drop_capacities(owners, doc), end, by_cue  # "Ủy ban nhân dân cấp xã: rà soát, cập nhật …"
        rest = _BEFORE_VERB.sub(" ", rest, count=1) if not _VERB_RE.match(rest.strip()) else rest
        if _VERB_RE.match(rest.strip()) or (by_cue and rest.strip()) or _VERB_PAIR.match(rest):
            return _drop_capacities(owners, doc), end, by_cue
    return [], 0, False


# "Ban Quản lý X đầu tư, hoàn thiện …": a verb the list does not hold, paired with one it does
_VERB_PAIR = re.compile(r"^\s*[a-z]+(?: [a-z]+)?,\s*(?:" + _VERBS + r")\b")


def _subject_starts(folded: str):
    if passes_on := _PASSES_ON.match(folded):  # "X thông báo để Y biết, thực hiện": Y carries it out, whoever X is
        yield passes_on.end(), True
    yield 0, False
    for m in ASSIGN_CUE.finditer(folded):
        dot = folded.rfind(". ", 0, m.start())
        if _CITED_DOCUMENT.match(folded, dot + 2 if dot >= 0 else 0):
            continue  # "Luật … và Nghị định số … giao Bộ X chủ trì …": an assignment cited, not one given here
        yield m.end(), True
    if _LEADING_CLAUSE.match(folded):  # "Nhằm …, Sở Tư pháp nghiên cứu …": the subject after the purpose
        for m in re.finditer(r",\s*", folded[:250]):
            yield m.end(), False


_CITED_DOCUMENT = re.compile(r"\W*(?:luat|nghi dinh|nghi quyet|quyet dinh|thong tu|chi thi|ket luan|hien phap)\s(?!nay\b)")
_LEADING_CLAUSE = re.compile(r"^\W*(?:nham|de|tren co so|can cu|qua|sau khi|truoc|trong|hang nam|hang quy|hang thang|"
                             r"dinh ky|tu nam|khi|neu|truong hop|ngay sau)\s")


def _consume(s: str, folded: str, mentions: list[Mention], i: int) -> tuple[list[BodyRef], int]:
    refs: list[BodyRef] = []
    by_start = {m.start: m for m in mentions}
    pos = i
    while True:
        j = pos + len(_CONNECTOR.match(folded[pos:]).group(0)) if _CONNECTOR.match(folded[pos:]) else pos
        m = by_start.get(j) or by_start.get(pos) or by_start.get(j - 4 if folded[j - 4:j] == "cac " else -1)
        if m is None and refs and ("," in s[pos:j] or " và" in s[pos:j]):
            # a name nothing read, between two bodies of the list (not a qualifier of the one before): keep it
            following = next((x for x in mentions if x.start > j), None)
            gap = _LISTED_GAP.match(s[j:following.start]) if following else None
            ref = listed_body(gap.group(1)) if gap else None
            if ref is not None:
                refs.append(ref)
                pos = j + gap.end(1)
                continue
        if m is None:
            break
        refs.append(m.ref)
        pos = m.end
        if m.ref.kind == "group" and (q := _GROUP_QUALIFIER.match(folded, pos)):
            pos = q.end()  # "các Bộ, ngành liên quan tăng cường …"
        elif m.ref.kind == "group" and (of := by_start.get(pos + 1)) and folded[pos] == " " \
                and of.ref.kind == "body" and fold(m.ref.name).startswith("cac "):
            pos = of.end  # "các ban đảng Tỉnh ủy": the class within that body, not the body as well
    return refs, pos


# "Căn cứ chức năng, nhiệm vụ, chỉ đạo …", "Căn cứ vào khả năng cân đối ngân sách, phối hợp …": an order on a basis
# written in lower case, not the legal basis ("Căn cứ Luật …", "Căn cứ Quyết định số …")
_ORDER_ON_A_BASIS = re.compile(r"^\W*can cu (?:vao )?[^;:]{0,120}?,\s*(?:[^\s,;]+\s+){0,3}?(?:" + _VERBS + r")\b")
_BASIS_WORD = re.compile(r"^\W*[Cc]ăn cứ (?:vào )?(\S)")


def _order_on_a_basis(text: str, folded: str) -> bool:
    first = _BASIS_WORD.match(text)
    return bool(first) and first.group(1).islower() and bool(_ORDER_ON_A_BASIS.match(folded))


# "Văn phòng … thông báo để các Bộ … biết, thực hiện": a closing that passes the orders on
_PASSES_ON = re.compile(r"^[^.;]{0,150}?\bthong bao de\s+")
# what an article decides rather than orders: "Thành lập …", "Ban hành kèm theo …", "Phê duyệt …", "Quyết định này …"
_DECIDES = re.compile(r"^\W*(?:thanh lap|ban hanh|phe duyet|thong qua|quyet dinh nay|nghi quyet nay|sua doi|bai bo|"
                      r"giai the|cong nhan|bo nhiem|khen thuong)\b")
_LISTED_GAP = re.compile(r"^([^,;:.()\n]{3,70}?)\s*(?:,|\svà)\s*$")
_GROUP_QUALIFIER = re.compile(r"\s+(?:co lien quan|lien quan|(?:truc thuoc|thuoc)(?: (?:bo|so|tinh|trung uong))?|duoc giao|"
                              r"(?:cua )?(?:tinh|thanh pho)|cac cap|"
                              r"tren dia ban(?: (?:tinh|thanh pho|huyen|xa))?)\b")


def _drop_capacities(owners: list[BodyRef], doc: Document) -> list[BodyRef]:
    """'Thủ tướng Chính phủ, Phó Trưởng Ban Chỉ đạo': the second post is a capacity in the issuing body."""
    issuer = doc.issuer.key if doc.issuer else None
    kept = [o for o in owners if not (o.kind == "post" and o.parent_key == issuer)
            and not (o.kind == "group" and "thanh-vien" in o.key)]  # "…, thành viên Ban Chỉ đạo"
    return kept or owners


def _owner_kind(owners: list[BodyRef]) -> str:
    if not owners:
        return "none"
    return "explicit" if any(o.kind in ("body", "post") for o in owners) else "collective"


def _after_cue(folded: str, s: str, mentions: list[Mention], cue: re.Pattern, start: int) -> list[BodyRef]:
    out: list[BodyRef] = []
    for m in cue.finditer(folded, start):
        refs, _ = _consume(s, folded, mentions, m.end())
        for r in refs:
            if r.key not in {o.key for o in out}:
                out.append(r)
    return out


def _block_tasks(text: Text, block: Block, doc: Document, ctx: Context, span: SpanFn, in_task_section: bool,
                 preamble_owners: list[BodyRef] | None, inherited: list[BodyRef] | None,
                 context_deadline: str | None, preamble_addressed: bool = False) -> list[Task]:
    block_folded = text.fold_at(block.start, block.text)
    s = _orders_text(block.text, block_folded)
    if len(s) < 12:
        return []
    mentions = ctx_mentions(text, block.start, s, ctx)
    if (person := _person_label(s, mentions)) is not None:  # "Ông Hoàng Văn An - Trưởng đoàn: Phụ trách chung; …"
        mentions = [person] + [m for m in mentions if m.start >= person.end]
    # an item that opens with a subject or an order of its own is its first sentence's: a later "Đề nghị X …" is
    # X's own task; one that opens with an account ("Ban Chỉ đạo cơ bản nhất trí … . Đề nghị X …") is X's
    folded_block = block_folded if s is block.text else fold_same(s)
    first = _SENTENCE_RE.search(s) if person is None else None
    first_end = first.start() if first else len(s)
    owners, subject_end, _ = parse_subject(s[:first_end], [m for m in mentions if m.end <= first_end], doc,
                                           folded_block[:first_end])
    if not owners and first and ASSIGN_CUE.search(folded_block, first_end) \
            and not _opens_with_order(s):
        owners, subject_end, _ = parse_subject(s, mentions, doc, folded_block)
    units, due = _due_sentences_apart(s, _split_units(s, mentions, doc, owners, folded_block), doc, folded_block)
    directed = _directed(s, mentions, subject_end, folded_block)
    tasks: list[Task] = []
    for _k, (u_start, u_end, u_owners, clause_suffix) in enumerate(units):
        unit_text = s[u_start:u_end].strip()
        unit_same = folded_block[u_start:u_end].strip()  # fold_same(unit_text)
        unit_folded = fold_of_same(unit_text, unit_same)
        if not unit_text or closing_formula(unit_folded) or _only_a_name(unit_text):
            continue
        if not u_owners:
            u_owners = _responsible_for_execution(unit_text, ctx, unit_same)
        owner_kind = _owner_kind(u_owners)
        owners_here = u_owners
        source = "sentence" if owners_here else None
        if not owners_here:
            if not in_task_section and not inherited or _TARGET_YEAR.match(unit_folded):
                continue  # "Đến năm 2030, … đạt …" states a target, not a task ("…, hoàn thành chương trình …" orders)
            if inherited:  # "2. Sở Tài chính:" owns the items under it
                owners_here, source = list(inherited), "heading"
                owner_kind = _owner_kind(owners_here)
            elif preamble_owners:  # "… đề nghị các cấp ủy, tổ chức đảng: …" addresses the items below
                owners_here, source = list(preamble_owners), "preamble"
                # an address list headed by a class ("các cấp ủy, …, Mặt trận …") addresses a class;
                # one headed by a body ("Văn phòng Trung ương Đảng và các văn phòng …") names its lead
                owner_kind = "explicit" if preamble_addressed and owners_here[0].kind in ("body", "post") \
                    else "collective"
            else:
                owner_kind = "none"
        directed_here = _directed(s, mentions, u_start, folded_block) or directed  # "(ii) Chỉ đạo Đảng ủy Bộ X …"
        if any(o.kind == "group" for o in owners_here) and not any(o.kind in ("body", "post") for o in owners_here):
            directed_here = []  # "UBND các tỉnh … chỉ đạo Sở X": each province's Sở X, a class like its director
        if directed_here and (source in ("heading", "preamble") or owners_here is owners or u_owners == owners):
            # "UBND tỉnh chỉ đạo Sở X: …": the directing body and the body that does the work both answer for it;
            # "Bộ trưởng Bộ X chỉ đạo Bộ X …" — a post directing its own body — stays the post's
            mine = {o.key for o in owners_here} | {o.parent_key for o in owners_here if o.kind == "post"}
            owners_here = owners_here + [d for d in directed_here if d.key not in mine]
            owner_kind = _owner_kind(owners_here)
        folded = fold_same(unit_text)
        unit_mentions = [Mention(m.start - u_start, m.end - u_start, m.ref) for m in mentions
                         if u_start <= m.start < u_end]
        co_leads = [c for c in _after_cue(folded, unit_text, unit_mentions, _CO_LEAD_RE, 0)
                    if c.kind in ("body", "post") and c.key not in {o.key for o in owners_here}]
        if co_leads and owners_here:  # "Bộ X đồng chủ trì với Bộ Y …": both lead
            owners_here = owners_here + co_leads
        collaborators = [c for c in _after_cue(folded, unit_text, unit_mentions, _COLLAB_RE, 0)
                         if c.key not in {o.key for o in owners_here}]
        report_to = [r for r in _after_cue(folded, unit_text, unit_mentions, _REPORT_RE, 0)
                     if r.key not in {o.key for o in owners_here}]
        deadline = find_deadline(unit_text, _reference_date(doc))
        clause = block.path + clause_suffix if block.path else (clause_suffix.strip(" •") or "")
        if _PASSES_ON.match(folded):
            clause = "¶"  # the letter's closing is no part of the item it follows
        lead = len(s[u_start:u_end]) - len(s[u_start:u_end].lstrip())  # blanked or spaced: not the task's text
        rs, re_ = block.start + u_start + lead, block.start + u_end
        tasks.append(Task(
            text=re.sub(r"\s+", " ", unit_text), clause=clause or "¶", owners=owners_here,
            collaborators=collaborators, report_to=report_to,
            deadline=deadline.value if deadline else due.value if due else context_deadline,
            recurrence=find_recurrence(unit_text), owner_kind=owner_kind, owner_source=source,
            source=span(text, rs, min(re_, block.end)),
        ))
    return tasks


_TARGET_YEAR = re.compile(r"^(?:den|vao) nam \d{4}(?:,\s*|\s+)(?=\S)(?!(?:hoan thanh|" + _VERBS + r")\b)")


def _opens_with_order(s: str) -> bool:
    """Whether a text opens with a directive verb, past any bullet or emphasis left before it."""
    return bool(_VERB_RE.match(fold(s[:60]).lstrip(" -–+*_•.")))


def _only_a_name(s: str) -> bool:
    """'Nguyễn Văn An', 'Trần Thị Bình.' — a signer's name left below the text orders nothing."""
    words = s.rstrip(".,;").split()
    return 2 <= len(words) <= 5 and all(w[:1].isupper() and w[1:].islower() for w in words)


def _orders_text(s: str, folded: str) -> str:
    """A paragraph without what gives no order, offsets kept: the summing-up sentence it opens with ("Trên đây
    là Kế hoạch … . Trong quá trình thực hiện, … đề nghị …": what follows may be an order) and a closing formula
    run into it ("3. Bộ X hoàn thiện … / Văn phòng Chính phủ thông báo để … biết": the orders before it stay).
    `folded`: fold_same(s). Returns `s` itself when nothing is taken off."""
    if _SUMMING_UP.match(folded):
        end = s.find(". ")
        s = " " * (end + 2) + s[end + 2:] if end > 0 else ""  # blanked, so that offsets stay those of the block
        folded = " " * (end + 2) + folded[end + 2:] if end > 0 else ""
    closing = closing_formula(folded)
    if closing:
        cut = max(s.rfind(". ", 0, closing.start()), s.rfind("\n", 0, closing.start()))
        if "co hieu luc" in closing.group(0):  # "Quyết định này có hiệu lực …. X, Y chịu trách nhiệm thi hành …"
            end = next((m.end() for m in re.finditer(r"\.\s", s) if m.start() >= closing.end()), len(s))
            return s[:cut + 1] + " " * (end - cut - 1) + s[end:] if cut > 0 else " " * end + s[end:]
        s = s[:cut + 1] if cut > 0 else ""
    return s


def _due_sentences_apart(s: str, units: list, doc: Document, folded: str) -> tuple[list, Deadline | None]:
    """The units of an item without its due-date sentences ("Thời gian hoàn thành trước ngày 30/12/2026."),
    which give no order of their own but say when the others are due. `folded`: fold_same(s)."""
    due_sentences = [u for u in units if len(units) > 1 and _DEADLINE_ONLY.match(folded[u[0]:u[1]].strip())
                     and len(s[u[0]:u[1]].split()) <= 16]
    if not due_sentences:
        return units, None
    units = [u for u in units if u not in due_sentences]
    units = [(a, b, o, "") for a, b, o, _ in units] if len(units) == 1 else units
    return units, next((d for u in due_sentences if (d := find_deadline(s[u[0]:u[1]], _reference_date(doc)))), None)


_SUMMING_UP = re.compile(r"^\W*tren day la\b")
_DEADLINE_ONLY = re.compile(r"^(?:thoi gian|thoi han)(?: hoan thanh| thuc hien)?\s*[:,]?\s*(?:truoc|trong|cham nhat|xong)")
_EXECUTION = re.compile(r"chiu trach nhiem (?:thi hanh|thuc hien|trien khai)")
_DIRECTS = re.compile(r"[\s,:*_-]*(?:\([a-z0-9]{1,4}\)[\s*_]*)?(?:(?:co trach nhiem|tiep tuc|thuong xuyen)\s+)?"
                      r"(?:lanh\s+dao,?\s+)?chi\s+dao\s+")


_PERSON_LABEL = re.compile(
    r"^(?:(?:Ông|Bà|Đồng chí|đồng chí|Đ/c|đ/c)\.?\s+)?(?P<name>(?:" + "|".join(SURNAMES) + r")(?:\s+[A-ZĐÀ-Ỹ][\wÀ-ỹ]*){1,3})"
    r"\s*[-–,]\s*(?P<role>[A-ZĐÀ-Ỹ][^:;\n]{1,80}?)\s*(?=:)")


def _person_label(s: str, mentions: list[Mention]) -> Mention | None:
    """A person named with a role before their duties: an owner who is a person holding a post (in the body
    the role names: "Nguyễn Văn An, Phó Chủ tịch UBND tỉnh")."""
    m = _PERSON_LABEL.match(s)
    if m is None:
        return None
    name = f"{' '.join(m['name'].split())}, {' '.join(m['role'].split())}"
    post = next((x.ref for x in mentions if m.start("role") <= x.start < m.end() and x.ref.kind == "post"), None)
    return Mention(0, m.end(), BodyRef(name=name, kind="post", key="person-" + slug(name), resolved=False,
                                      as_read=s[:m.end()], parent_key=post.parent_key if post else None,
                                      parent_name=post.parent_name if post else None))


def _reference_date(doc: Document) -> str | None:
    """The date a day without a year ("trước 15/12") is read against: the document's, or when its date line
    could not be read, the one year its title names ("Kế hoạch … năm 2026")."""
    if doc.date:
        return doc.date
    years = set(re.findall(r"\bnăm (20\d\d)\b", doc.subject or ""))
    return f"{years.pop()}-01-01" if len(years) == 1 else None


def _directed(s: str, mentions: list[Mention], subject_end: int, folded: str | None = None) -> list[BodyRef]:
    """The bodies a sentence's subject — or the heading above an item that starts with the verb — directs:
    'UBND tỉnh chỉ đạo Sở Xây dựng: …', 'Chỉ đạo Sở Y tế …'. Groups are not directed
    owners ('chỉ đạo các ngành chức năng …' names no one in particular). `folded`: `s` folded, when the caller has it."""
    folded = folded if folded is not None else fold_same(s)
    m = _DIRECTS.match(folded, subject_end)
    if not m:
        return []
    refs, _ = _consume(s, folded, mentions, m.end())
    return [r for r in refs if r.kind in ("body", "post")]


def _responsible_for_execution(s: str, ctx: Context, folded: str | None = None) -> list[BodyRef]:
    """'Chánh Văn phòng …, Giám đốc các sở: Tài chính, Nội vụ; Chủ tịch UBND các huyện … chịu trách nhiệm thi
    hành Quyết định này' (the closing article of a decision): everyone named before the phrase. `folded`:
    fold_same(s), when the caller has it."""
    m = _EXECUTION.search(fold_same(s) if folded is None else folded)
    if not m:
        return []
    subject = s[:m.start()]
    return [x.ref for x in find_mentions(subject, ctx)]


def _split_units(s: str, mentions: list[Mention], doc: Document, owners: list[BodyRef], folded: str):
    """One task per item; numbered sub-items '1) … 2) …' are separate tasks with the item's owners;
    a later sentence with its own subject starts a new task. `folded`: fold_same(s)."""
    subs = list(_SUBITEM_RE.finditer(s))
    labels = [m.group(1) or m.group(2) for m in subs]
    # "(i) …, (ii) …" also lists the objects of one order ("theo quy định về: (i) …; (ii) …"): split only when
    # every part opens with its own directive verb
    roman_orders = all(_VERB_RE.match(fold(s[m.end():m.end() + 40]).lstrip("*_ ")) for m in subs)
    if len(subs) >= 2 and (labels[0] == "1" or labels[0] == "i" and roman_orders) and labels[1] in ("2", "ii"):
        out = []
        lead = s[:subs[0].start()]
        if _LEAD_ORDER.search(lead) and len(lead.split()) >= 10:
            # "Chủ trì … trong công nghiệp. Cụ thể: (i) …": the order the numbered parts detail is a task too
            out.append((0, subs[0].start(), owners, ""))
        for k, m in enumerate(subs):
            end = subs[k + 1].start() if k + 1 < len(subs) else len(s)
            out.append((m.end(), end, owners, f" • {labels[k]})"))
        return out
    units = []
    start = 0
    current = owners
    # a new sentence, or a part after ';' that addresses someone else ("…; đề nghị Ủy ban Mặt trận … phối hợp")
    breaks = sorted([*_SENTENCE_RE.finditer(s), *_CUE_PART.finditer(s)], key=lambda m: m.start())
    starts = [x.start for x in mentions]
    in_order = all(a <= b for a, b in zip(starts, starts[1:], strict=False))  # (as read: then a part finds its own by bisection)
    for k, m in enumerate(breaks):
        # the part's own subject: an "Yêu cầu X …" of the sentence after it is not this one's
        rest_end = breaks[k + 1].start() if k + 1 < len(breaks) else len(s)
        rest = s[m.end():rest_end]
        near = mentions[bisect.bisect_left(starts, m.end()):bisect.bisect_right(starts, m.end() + len(rest))] \
            if in_order else mentions
        rest_mentions = [Mention(x.start - m.end(), x.end - m.end(), x.ref) for x in near
                         if m.end() <= x.start and x.end <= m.end() + len(rest)]
        sub_owners, _, _ = parse_subject(rest, rest_mentions, doc, folded[m.end():rest_end])
        if sub_owners and {o.key for o in sub_owners} != {o.key for o in current}:
            units.append((start, m.start(), current, ""))
            start, current = m.end(), sub_owners
    units.append((start, len(s), current, ""))
    units = [piece for unit in units for piece in _split_directives(s, unit)]
    if len(units) > 1:
        units = [(a, b, o, f" ¶{k + 1}") for k, (a, b, o, _) in enumerate(units)]
    return units


# a sentence ended before the numbered parts, then at most a short "Cụ thể:" / "như sau:"
_LEAD_ORDER = re.compile(r"[.;]\s*(?:[^\s.;:]+(?:\s+[^\s.;:]+){0,3}\s*:)?[\s*_]*$")
_CUE_PART = re.compile(r";\s+(?=(?:đề nghị|yêu cầu|giao)\s)", re.IGNORECASE)
_DIRECTIVE_SPLIT = re.compile(r"[;.]\s+(?=\S)")
_SENTENCE_END = re.compile(r"\.\s+(?=[A-ZĐÀ-Ỹ])")
_REPORT_BACK = re.compile(r"(?:bao cao|trinh)\s")
_OWNED_PART = re.compile(r";\s+(?=\S)")
_THEN = re.compile(r"^(?:tren co so (?:do|nay)|sau do|tiep theo),?\s+")


def _split_directives(s: str, unit: tuple[int, int, list[BodyRef], str]):
    """'Rà soát …; tổ chức …; báo cáo …': in an item with no owner of its own, parts separated by ';' (or a
    sentence end) that each open with a directive verb are tasks of their own."""
    a, b, owners, suffix = unit
    if owners and not any(o.kind in ("body", "post") for o in owners):
        return [unit]  # a class's item stays one task
    if owners:
        # a named owner's item stays one task, as it is assigned — but a later sentence that opens with an
        # order of its own ("… Định kỳ sơ kết, đánh giá …") is a further task of the same owner (one
        # that opens with "Cần …" says what is needed)
        # and so is a part after ';' that opens with a next step ("…; trên cơ sở đó chủ trì xây dựng …")
        cuts = [a]
        for m in sorted([*_SENTENCE_END.finditer(s, a, b), *_OWNED_PART.finditer(s, a, b)], key=lambda m: m.start()):
            opening = fold(s[m.end():m.end() + 60])
            if s[m.start()] == ";":  # only a part that says it comes next ("trên cơ sở đó", "sau đó")
                then = _THEN.match(opening)
                if then is None:
                    continue
                opening = opening[then.end():]
            if _VERB_RE.match(opening) and not re.match(r"(?:can|phai)\b", opening) \
                    and len(s[cuts[-1]:m.start()].split()) >= 6 \
                    and len(s[m.end():b].split()) >= 6:
                cuts.append(m.end())
        return [(x, y, owners, suffix) for x, y in zip(cuts, cuts[1:] + [b], strict=True)]
    cuts = [a]
    for m in _DIRECTIVE_SPLIT.finditer(s, a, b):
        # after ';' only a part that opens with a directive verb; after a full stop, any new sentence: in an
        # item of a task section each sentence is an order ("Rà soát các thủ tục …. Công khai kết quả …")
        sentence = s[m.start()] == "." and s[m.end()].isupper()
        opens = sentence or _VERB_RE.match(fold(s[m.end():m.end() + 40]))
        part = s[m.end():next((x.start() for x in _DIRECTIVE_SPLIT.finditer(s, m.end(), b)), b)]
        if not sentence and _REPORT_BACK.match(fold(part)) and len(part.split()) <= 14:
            continue  # "…; báo cáo Ủy ban nhân dân tỉnh trong quý II": the report of the task before it
        if opens and len(s[cuts[-1]:m.start()].split()) >= 6 and len(s[m.end():b].split()) >= 6:
            cuts.append(m.end())
    return [(x, y, owners, suffix) for x, y in zip(cuts, cuts[1:] + [b], strict=True)]


# --- tables ----------------------------------------------------------------------------------------


def _spread_table_tasks(text: Text, blocks: list[Block], doc: Document, ctx: Context, span: SpanFn
                        ) -> tuple[list[Task], list[tuple[int, int]]]:
    """One task per row of the document's task tables — '|' rows, rows spread one cell per line, key-value
    records — with the spans of the rows, whose lines are not read again as paragraphs."""
    if not blocks:
        return [], []
    base = blocks[0].start
    region = text.text[base:blocks[-1].end]
    tasks, spans = [], []
    region_folded = text.folded[base:blocks[-1].end]
    for row in read_pipe_tables(region, region_folded) + read_tables(region, region_folded):
        if any(a <= base + row.start < z for a, z in spans):
            continue
        cells = row.cells
        owners = _cell_bodies(cells["owner"], ctx)
        collab_cell = cells.get("collaborator", "")
        collaborators = _cell_bodies(collab_cell, ctx)
        collaborators = [c for c in collaborators if c.key not in {o.key for o in owners}]
        deadline = latest_deadline(cells.get("deadline", ""), doc.date or (f"{row.year}-01-01" if row.year else None))
        content = re.sub(r"\s+", " ", cells["content"]).strip()
        tasks.append(Task(text=content, clause=f"bảng • {row.number}", owners=owners, collaborators=collaborators,
                          deadline=deadline.value if deadline else None, recurrence=find_recurrence(content),
                          owner_kind=_owner_kind(owners), owner_source="table" if owners else None,
                          source=span(text, base + row.start, base + row.end)))
        spans.append((base + row.start, base + row.end))
    return tasks, spans


def _cell_bodies(cell: str, ctx: Context) -> list[BodyRef]:
    """Who a lead or collaborator cell names: the bodies found in it, and the organisations it lists between
    them that the resolver did not read ("Vụ Tổ chức- Cán bộ/ Ban Quản lý dự án")."""
    # each listed name starts a "paragraph": a capitalised class there is a class ("Ủy ban nhân dân cấp tỉnh")
    starts = frozenset([0] + [m.end() for m in re.finditer(r"[,;/\n]\s*|\s-\s*", cell)])
    mentions = find_mentions(cell, ctx, paragraph_starts=starts)
    if not mentions:
        return _unresolved_list(cell, ctx)
    found: list[tuple[int, BodyRef]] = [(m.start, m.ref) for m in mentions]
    pos = 0
    for m in [*mentions, None]:
        gap_end = m.start if m else len(cell)
        offset = pos
        for part in re.split(r"([,;/]|\bvà\b|\s-\s)", cell[pos:gap_end]):
            name = part.strip(" .-–:\n")
            ref = unresolved_body(name, ctx) if len(name.split()) >= 3 else None  # not a cut-off "Bộ Công"
            if ref is not None:
                found.append((offset, ref))
            offset += len(part)
        pos = m.end if m else pos
    return [ref for _, ref in sorted(found, key=lambda x: x[0])]


def _unresolved_list(cell: str, ctx: Context) -> list[BodyRef]:
    out = []
    for part in re.split(r"[,;/]| và ", cell):  # "Ban Quản lý dự án/Tư vấn được chọn": two leads
        ref = unresolved_body(part.strip(), ctx)
        if ref is not None:
            out.append(ref)
    return out
