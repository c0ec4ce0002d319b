#!/usr/bin/env python3
"""Save-to-PDF time of 'sitrep watch' on the default brief.

Starts 'sitrep watch' on a temporary copy of seeds/kidal, then EDITS times (default 10) rewrites a
figure's label in figures.yaml and times from the write to the moment the PDF is replaced (a new
inode at the PDF's path: the rename that viewers reload on). Prints each time, the build time the
watch line reports, and the median. Usage: bench/watch-latency.py [path/to/sitrep.dll] [EDITS]
"""
import os, shutil, statistics, subprocess, sys, tempfile, threading, time, queue

repo = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
dll = sys.argv[1] if len(sys.argv) > 1 else os.path.join(repo, "src/SitRep/bin/Release/net10.0/sitrep.dll")
edits = int(sys.argv[2]) if len(sys.argv) > 2 else 10
work = tempfile.mkdtemp(prefix="sitrep-watch-bench-")
situation = os.path.join(work, "kidal")
shutil.copytree(os.path.join(repo, "seeds/kidal"), situation)
pdf = os.path.join(work, "out", "kidal.pdf")
figures = os.path.join(situation, "figures.yaml")
label = "Wagner fighters supporting the army's advance on Kidal"

proc = subprocess.Popen(["dotnet", dll, "watch", "--situation", situation, "--out", pdf],
                        stdout=subprocess.PIPE, text=True, env={**os.environ, "DOTNET_CLI_TELEMETRY_OPTOUT": "1"})
lines = queue.Queue()
threading.Thread(target=lambda: [lines.put(l.rstrip("\n")) for l in proc.stdout], daemon=True).start()

def wait_for(prefix_word, timeout=120):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        try:
            line = lines.get(timeout=max(0.0, end - time.monotonic()))
        except queue.Empty:
            break
        if prefix_word in line:
            return line
    raise SystemExit(f"no '{prefix_word}' line within {timeout} s")

try:
    wait_for("watching ")
    original = open(figures, encoding="utf-8").read()
    results = []
    for i in range(edits):
        time.sleep(0.5)
        before = os.stat(pdf).st_ino
        text = original.replace(label, f"{label} ({i})") if i % 2 == 0 else original
        start = time.monotonic()
        with open(figures, "w", encoding="utf-8") as f:
            f.write(text)
        while os.stat(pdf).st_ino == before:
            time.sleep(0.001)
            if time.monotonic() - start > 60:
                raise SystemExit("the PDF was not replaced within 60 s")
        elapsed = (time.monotonic() - start) * 1000
        reported = wait_for("wrote ")
        results.append(elapsed)
        print(f"edit {i + 1}: save to PDF {elapsed:.0f} ms; watch said: {reported.split(': ', 1)[1]}")
    print(f"median save-to-PDF over {edits} edits: {statistics.median(results):.0f} ms "
          f"(min {min(results):.0f}, max {max(results):.0f}; includes the {100} ms debounce)")
finally:
    proc.send_signal(2)
    proc.wait(timeout=20)
    shutil.rmtree(work, ignore_errors=True)
