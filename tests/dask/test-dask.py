#!/usr/bin/python3
# test-dask.py: contrib/dask/bilateral-dask on a loopback Dask cluster
#
# Copyright 2026 The Bilateral authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
#   test-dask.py CASE BILATERAL BENCH_EXTRACT BILATERAL_DASK
#
# CASE is one of:
#   identical      a local cluster of 2 workers extracts 2,000 generated
#                  articles; `bilateral --extract merged.jsonl` is
#                  `bilateral --extract CORPUS` byte for byte
#   worker-killed  a worker is killed while its bilateral runs; the result
#                  is still the same, no article lost or doubled
#   warnings       a missing path, a manifest's missing file and bad
#                  entries, empty files: the same warnings as one machine,
#                  and --strict fails writing nothing
#
# TAP on standard output. Needs python3-distributed (Debian's, under
# /usr/bin/python3): without it the test fails and says so.

import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
checks = 0


def ok(condition, what, detail=""):
    global checks
    checks += 1
    print(f"{'ok' if condition else 'not ok'} {checks} - {what}", flush=True)
    if not condition:
        for line in str(detail).splitlines()[:40]:
            print(f"# {line}")
        print(f"1..{checks}")
        sys.exit(1)


def run(argv, **kwargs):
    env = dict(os.environ)
    env.pop("DISPLAY", None)
    env.pop("WAYLAND_DISPLAY", None)
    return subprocess.run(argv, capture_output=True, env=env, **kwargs)


def generate(bench_extract, n, folder):
    """N generated articles in FOLDER (bench-extract's generator)."""
    proc = run([bench_extract, f"--articles={n}", f"--keep={folder}", "--generate-only"])
    ok(proc.returncode == 0 and os.path.isdir(folder), f"bench-extract generates {n} articles",
       proc.stderr.decode(errors="replace"))


def sorted_corpus(data, ignore=()):
    """The --extract JSON with its articles sorted by file (then path) and
    the corpus members in IGNORE blanked, serialised the same way."""
    doc = json.loads(data)
    doc["articles"].sort(key=lambda a: (a["file"], a["path"]))
    for member in ignore:
        doc["corpus"][member] = None
    return doc, json.dumps(doc, ensure_ascii=False, separators=(",", ":")).encode()


def compare(single, merged, ignore=()):
    """None when the two corpora are the same after sorting articles by
    file; else what differs first."""
    if single == merged:
        return None
    a, da = sorted_corpus(single, ignore)
    b, db = sorted_corpus(merged, ignore)
    if da == db:
        return None
    if a["corpus"] != b["corpus"]:
        return f"corpus: {a['corpus']} != {b['corpus']}"
    if len(a["articles"]) != len(b["articles"]):
        return f"{len(a['articles'])} articles on one machine, {len(b['articles'])} merged"
    for x, y in zip(a["articles"], b["articles"]):
        if x != y:
            members = [k for k in x.keys() | y.keys() if x.get(k) != y.get(k)]
            return f"{x['path']} / {y['path']}: {', '.join(sorted(members))} differ"
    return "partnerships differ"


def dask_extract(ctx, output, paths, *options):
    return run([ctx["driver"], f"--bilateral={ctx['bilateral']}", f"--output={output}", *options, *paths],
               timeout=600)


def warning_lines(stderr):
    return [line for line in stderr.decode("utf-8", errors="replace").splitlines() if line.startswith("bilateral: ")]


def check_merged(ctx, corpus_paths, merged, what, ignore=()):
    single = run([ctx["bilateral"], "--extract", *corpus_paths])
    reopened = run([ctx["bilateral"], "--extract", merged])
    ok(single.returncode == 0 and reopened.returncode == 0, f"{what}: both extractions run",
       single.stderr + reopened.stderr)
    difference = compare(single.stdout, reopened.stdout, ignore)
    ok(difference is None, f"{what}: `bilateral --extract merged.jsonl` equals `bilateral --extract corpus` "
       "after sorting by file", difference)
    return single, reopened


def lines_of(path):
    with open(path, "rb") as f:
        return [json.loads(line) for line in f]


def no_temporary_files(folder):
    return [n for n in os.listdir(folder) if n.endswith(".tmp")]


# --- The cases. -------------------------------------------------------------

def case_identical(ctx):
    corpus = os.path.join(ctx["tmp"], "generated")
    out = os.path.join(ctx["tmp"], "out")
    os.mkdir(out)
    merged = os.path.join(out, "generated.jsonl")   # so that the corpus has the folder's name
    generate(ctx["bench_extract"], 2000, corpus)

    proc = dask_extract(ctx, merged, [corpus], "--workers=2")
    ok(proc.returncode == 0, "bilateral-dask on a local cluster of 2 workers", proc.stderr.decode(errors="replace"))
    err = proc.stderr.decode(errors="replace")
    ok("partitions" in err and "MB/s" in err and "2,000/2,000 articles" in err,
       "progress on standard error: partitions, articles, MB/s", err)
    ok(warning_lines(proc.stderr) == [], "no warnings", err)
    lines = lines_of(merged)
    paths = [line["path"] for line in lines]
    ok(len(lines) == 2000 and len(set(paths)) == 2000, "2,000 lines, one per article",
       f"{len(lines)} lines, {len(set(paths))} articles")
    ok(no_temporary_files(out) == [], "no temporary file left", no_temporary_files(out))

    single, reopened = check_merged(ctx, [corpus], merged, "2,000 articles")
    # Written in the corpus's order: the same bytes even unsorted.
    ok(reopened.stdout == single.stdout, "the same bytes unsorted (partitions written in the corpus's order)")
    jsonl = run([ctx["bilateral"], "--extract", "--format=jsonl", corpus])
    with open(merged, "rb") as f:
        ok(f.read() == jsonl.stdout, "merged.jsonl is one machine's --format=jsonl byte for byte")

    # An existing output is replaced whole; a failure leaves it as it was.
    proc = dask_extract(ctx, merged, [corpus], "--workers=2", "--bilateral=/nonexistent/bilateral", "--quiet")
    ok(proc.returncode == 1, "a binary the workers cannot run fails", proc.stderr.decode(errors="replace"))
    with open(merged, "rb") as f:
        ok(f.read() == jsonl.stdout, "the output of the run before is left whole")
    ok(no_temporary_files(out) == [], "no temporary file left after the failure", no_temporary_files(out))


def make_killer(mark, binary_name):
    """A worker plugin: the first partition task that runs bilateral long
    enough has its worker process killed (SIGKILL) while bilateral is at
    work, once in the whole cluster (the mark file is created exclusively)."""
    from distributed.diagnostics.plugin import WorkerPlugin

    class KillWorkerOnce(WorkerPlugin):
        name = "bilateral-test-kill-worker-once"

        def transition(self, key, start, finish, **kwargs):
            key = key if isinstance(key, str) else str(key)
            if finish != "executing" or not key.startswith("bilateral-part-") or os.path.exists(mark):
                return
            threading.Thread(target=self.watch, args=(key,), daemon=True).start()

        def watch(self, key):
            import signal
            import psutil

            me = psutil.Process(os.getpid())
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline and not os.path.exists(mark):
                for child in me.children(recursive=True):
                    try:
                        busy = child.name() == binary_name and sum(child.cpu_times()[:2]) >= 0.05
                    except psutil.Error:
                        continue
                    if not busy:
                        continue
                    try:
                        fd = os.open(mark, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
                    except FileExistsError:
                        return
                    os.write(fd, f"killed worker {os.getpid()} in {key} while bilateral {child.pid} ran\n".encode())
                    os.close(fd)
                    os.kill(os.getpid(), signal.SIGKILL)
                time.sleep(0.002)

    return KillWorkerOnce()


def case_worker_killed(ctx):
    import logging
    from distributed import Client, LocalCluster

    corpus = os.path.join(ctx["tmp"], "generated")
    out = os.path.join(ctx["tmp"], "out")
    os.mkdir(out)
    merged = os.path.join(out, "generated.jsonl")
    mark = os.path.join(ctx["tmp"], "killed")
    generate(ctx["bench_extract"], 2000, corpus)

    cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0",
                           silence_logs=logging.CRITICAL)
    client = Client(cluster)
    try:
        client.register_worker_plugin(make_killer(mark, os.path.basename(ctx["bilateral"])))
        pids_before = set(client.run(os.getpid).values())
        proc = dask_extract(ctx, merged, [corpus], f"--scheduler={cluster.scheduler_address}",
                            "--partition-size=0.5")
        ok(proc.returncode == 0, "bilateral-dask on a cluster where a worker dies",
           proc.stderr.decode(errors="replace"))
        ok(os.path.exists(mark), "a worker was killed while its bilateral ran")
        with open(mark) as f:
            print(f"# {f.read().strip()}")
        killed_pid = int(open(mark).read().split()[2])
        ok(killed_pid in pids_before, "the killed process was one of the cluster's workers",
           f"{killed_pid} not in {pids_before}")
    finally:
        client.close()
        cluster.close()

    lines = lines_of(merged)
    paths = [line["path"] for line in lines]
    ok(len(lines) == 2000 and len(set(paths)) == 2000, "no article lost or doubled: 2,000 lines, 2,000 articles",
       f"{len(lines)} lines, {len(set(paths))} articles")
    check_merged(ctx, [corpus], merged, "after a worker died")


def case_warnings(ctx):
    corpus = os.path.join(ctx["tmp"], "corpus")
    news = os.path.join(corpus, "news")
    folder = os.path.join(corpus, "folder")
    out = os.path.join(ctx["tmp"], "out")
    for d in (news, folder, out):
        os.makedirs(d)
    generated = os.path.join(ctx["tmp"], "generated")
    generate(ctx["bench_extract"], 40, generated)
    files = sorted(os.listdir(os.path.join(generated, "000")))
    for name in files[:30]:
        shutil.copy(os.path.join(generated, "000", name), news)
    for name in files[30:]:
        shutil.copy(os.path.join(generated, "000", name), folder)
    open(os.path.join(news, "empty.txt"), "w").close()
    open(os.path.join(folder, "empty.txt"), "w").close()
    with open(os.path.join(folder, "binary.txt"), "wb") as f:
        f.write(b"\0\1\2\3")
    entries = [{"file": name, "source": "Generated"} for name in files[:15]]
    entries += [{"file": "missing.txt"}, {"file": "../outside.txt"}, {"file": 42, "title": 7},
                {"file": "empty.txt"}, {"text": "Japan will lend Vietnam 100 billion yen in 2025."},
                {"file": files[16], "date": "not a date"}]
    entries += [{"file": name} for name in files[17:30]]
    manifest = os.path.join(news, "news.json")
    with open(manifest, "w") as f:
        json.dump({"articles": entries}, f)
    missing = os.path.join(corpus, "no-such-folder")
    paths = [manifest, folder, missing]

    one_jsonl = run([ctx["bilateral"], "--extract", "--format=jsonl", *paths])
    one_json = run([ctx["bilateral"], "--extract", *paths])
    expected = warning_lines(one_jsonl.stderr)
    ok(expected == warning_lines(one_json.stderr) and len(expected) >= 8,
       "one machine: --format=jsonl and JSON give the same warnings",
       "\n".join(expected + ["--"] + warning_lines(one_json.stderr)))
    for needle in ("missing.txt", "outside", "should be a string", "empty file", "not an ISO 8601 date",
                   "no-such-folder", "binary"):
        ok(any(needle in line for line in expected), f"one machine warns of {needle}", "\n".join(expected))

    merged = os.path.join(out, "merged.jsonl")
    # Partitions of a few articles: manifest parts (--entries) and folder
    # parts (files alone), one of them only an empty file.
    proc = dask_extract(ctx, merged, paths, "--workers=2", "--partition-size=0.02")
    got = warning_lines(proc.stderr)
    ok(proc.returncode == 0, "bilateral-dask runs", proc.stderr.decode(errors="replace"))
    ok(got == expected, "the same warnings, in the same order, as one machine",
       "\n".join(["dask:"] + got + ["one machine:"] + expected))
    doc = json.loads(one_json.stdout)
    ok([f"bilateral: {w}" for w in doc["corpus"]["warnings"]] == got,
       "the driver's warnings are the JSON's corpus warnings, as `bilateral: PATH: message` lines")
    with open(merged, "rb") as f:
        ok(f.read() == one_jsonl.stdout, "merged.jsonl is one machine's --format=jsonl byte for byte")
    # A JSONL corpus is named after its file, and its warnings were said
    # when it was written.
    check_merged(ctx, paths, merged, "with warnings", ignore=("name", "warnings"))

    # --strict: any warning fails, and nothing is written.
    strict_out = os.path.join(out, "strict.jsonl")
    with open(strict_out, "w") as f:
        f.write("before\n")
    proc = dask_extract(ctx, strict_out, paths, "--workers=2", "--strict", "--quiet")
    ok(proc.returncode == 1 and b"--strict" in proc.stderr, "--strict fails on the warnings",
       proc.stderr.decode(errors="replace"))
    with open(strict_out) as f:
        ok(f.read() == "before\n", "--strict leaves the output as it was")
    ok(no_temporary_files(out) == [], "no temporary file left", no_temporary_files(out))

    # Nothing loadable at all: a failure, as on one machine.
    nothing = run([ctx["bilateral"], "--extract", "--format=jsonl", missing])
    proc = dask_extract(ctx, os.path.join(out, "nothing.jsonl"), [missing], "--workers=1", "--quiet")
    ok(nothing.returncode == 1 and proc.returncode == 1 and not os.path.exists(os.path.join(out, "nothing.jsonl")),
       "nothing loadable fails, as on one machine, and writes nothing", proc.stderr.decode(errors="replace"))
    ok(warning_lines(proc.stderr) == [line for line in warning_lines(nothing.stderr)
                                      if line != "bilateral: no article could be loaded"],
       "with the same warning",
       proc.stderr.decode(errors="replace"))


CASES = {"identical": case_identical, "worker-killed": case_worker_killed, "warnings": case_warnings}


def main(argv):
    if len(argv) != 5 or argv[1] not in CASES:
        print(f"usage: {argv[0]} {{{'|'.join(CASES)}}} BILATERAL BENCH_EXTRACT BILATERAL_DASK", file=sys.stderr)
        return 2
    try:
        import distributed
    except ImportError as e:
        print(f"Bail out! python3-distributed is not importable ({e}): the Dask tests need it "
              "(build-aux/install-deps.sh installs it; sudo apt-get install python3-distributed)")
        return 1
    print(f"# Dask distributed {distributed.__version__}, Python {sys.version.split()[0]}")
    # The sanitizer pass (build-aux/test.sh) unwinds the stack the slow way
    # at every malloc: bilateral then takes minutes over 2,000 articles. The
    # C these tests run is what test-cli runs with that setting; here the
    # fast unwinder does (errors and leaks are still caught, their stack
    # traces are less exact), for every process started from here.
    asan = os.environ.get("ASAN_OPTIONS", "")
    if "fast_unwind_on_malloc=0" in asan:
        os.environ["ASAN_OPTIONS"] = asan.replace("fast_unwind_on_malloc=0", "fast_unwind_on_malloc=1")
        print("# ASAN_OPTIONS: fast_unwind_on_malloc=1 for these runs")
    ctx = {"bilateral": os.path.abspath(argv[2]), "bench_extract": os.path.abspath(argv[3]),
           "driver": os.path.abspath(argv[4]), "tmp": tempfile.mkdtemp(prefix=f"bilateral-dask-{argv[1]}-")}
    start = time.monotonic()
    try:
        CASES[argv[1]](ctx)
    finally:
        shutil.rmtree(ctx["tmp"], ignore_errors=True)
    print(f"# {argv[1]}: {time.monotonic() - start:.1f} s")
    print(f"1..{checks}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
