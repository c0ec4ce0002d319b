"""python3 bench/typst/brief.py SITUATION_DIR > brief.typ: the analyst brief's content as a Typst
document (title block, summary, key judgments, timeline and figures tables, quotes, sources), set in
the same fonts and sizes, for a like-for-like cold-compile comparison. No charts: Typst has none built in."""
import sys
import yaml

folder = sys.argv[1]


def load(name, key):
    with open(f"{folder}/{name}", encoding="utf-8") as f:
        data = yaml.safe_load(f) or {}
    return data.get(key, []) if key else data


def esc(text):
    text = str(text or "")
    for c in "\\#*_`$@<>[]~\"":
        text = text.replace(c, "\\" + c)
    return text


info = load("situation.yaml", None)
out = []
out.append('#set page(paper: "a4", margin: (top: 22mm, right: 18mm, bottom: 20mm, left: 18mm), '
           'footer: context [#set text(size: 7.5pt); SitRep situation brief #h(1fr) Page #counter(page).display() of #counter(page).final().first()])')
out.append('#set text(font: "Noto Serif", size: 9.5pt, lang: "en")')
out.append('#set par(justify: true, leading: 0.62em)')
out.append('#show heading: set text(font: "Noto Sans", fill: rgb("#0b4f71"))')
out.append('#set document(title: "%s", author: "SitRep")' % esc(info.get("title")).replace('"', ''))
out.append(f'#text(font: "Noto Sans", size: 22pt, weight: "bold")[{esc(info.get("title"))}]')
if info.get("subtitle"):
    out.append(f'\n#text(size: 11pt)[{esc(info.get("subtitle"))}]')
out.append(f'\nAs of {esc(info.get("as_of"))}\n')
out.append("= Summary\n")
for s in info.get("summary", []):
    out.append(f"- {esc(s.get('text'))}")
out.append("\n= Key judgments\n")
for j in load("judgments.yaml", "judgments"):
    out.append(f"- *{esc(j.get('likelihood'))}* ({esc(j.get('confidence'))} confidence): {esc(j.get('text'))}")
out.append("\n= Background\n")
for b in load("background.yaml", "background"):
    out.append(f"{esc(b.get('text'))}\n")
out.append("\n= Timeline\n")
out.append('#table(columns: (22%, 78%), stroke: 0.5pt + rgb("#c9d1d6"), fill: (x, y) => if y == 0 { rgb("#dfe9ef") },')
out.append("  [*Date*], [*Event*],")
for e in load("timeline.yaml", "timeline"):
    out.append(f"  [{esc(e.get('date'))}], [{esc(e.get('text'))}],")
out.append(")")
out.append("\n= Figures\n")
out.append('#table(columns: (50%, 25%, 25%), stroke: 0.5pt + rgb("#c9d1d6"), fill: (x, y) => if y == 0 { rgb("#dfe9ef") },')
out.append("  [*Figure*], [*Value*], [*Source*],")
for f in load("figures.yaml", "figures"):
    value = f.get("value") if f.get("value") is not None else "–".join(str(v) for v in f.get("range", []))
    out.append(f"  [{esc(f.get('label'))}], [{esc(value)} {esc(f.get('scale'))} {esc(f.get('unit'))}], [{esc(f.get('source'))}],")
out.append(")")
out.append("\n= Actors\n")
for a in load("actors.yaml", "actors"):
    out.append(f"/ {esc(a.get('name'))}: {esc(a.get('description'))}")
out.append("\n= Voices\n")
for q in load("quotes.yaml", "quotes"):
    out.append(f"#quote(block: true, attribution: [{esc(q.get('speaker'))}, {esc(q.get('role'))}])[{esc(q.get('text'))}]\n")
out.append("\n= Sources\n")
for s in load("sources.yaml", "sources"):
    out.append(f"+ {esc(s.get('outlet'))}: {esc(s.get('title'))} ({esc(s.get('published'))})")
print("\n".join(out))
