# SPDX-License-Identifier: GPL-3.0-or-later
"""One soak run (see scripts/soak): han-cli simulate, with faults, writes into a socat
pseudo-terminal pair; a recorder (han-cli listen --db, or han-monitor under xvfb-run) reads the
other end; every simulated unplug kills socat and starts it again under the same names, so the
recorder loses its device and must find it again. Afterwards soak_check.py compares the database
with the simulator's truth, and the recorder's resident memory is judged.

    python3 soak.py run --recorder cli|monitor --days N --dir DIR --cli HAN_CLI [--monitor BIN]
    python3 soak.py check --dir DIR --cli HAN_CLI [--recorder cli|monitor]   (a finished run again)
    python3 soak.py link unplug|plug      (run by han-cli simulate --unplug-command; SOAK_DIR set)
"""

import argparse
import array
import datetime as dt
import fcntl
import json
import os
import shutil
import signal
import subprocess
import sys
import termios
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import soak_check  # noqa: E402

MIB = 1024 * 1024


def log(text):
    print(f"soak: {text}", file=sys.stderr, flush=True)


# --- processes ---------------------------------------------------------------------------------

def alive(pid):
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def cpu_ticks(pid):
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return int(fields[11]) + int(fields[12])
    except OSError:
        return None


def rss_kib(pid):
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return None


def has_open(pid, path):
    """Whether process `pid` has the device `path` (a link is followed) open."""
    target = os.path.realpath(path)
    try:
        for fd in os.listdir(f"/proc/{pid}/fd"):
            try:
                if os.readlink(f"/proc/{pid}/fd/{fd}") == target:
                    return True
            except OSError:
                pass
    except OSError:
        pass
    return False


def descendant_named(pid, name):
    """The first process below `pid` whose executable is called `name` (xvfb-run's child)."""
    children = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as f:
                    ppid = int(f.read().rsplit(")", 1)[1].split()[1])
                children.setdefault(ppid, []).append(int(entry))
            except OSError:
                pass
    todo = [pid]
    while todo:
        p = todo.pop()
        for c in children.get(p, []):
            try:
                if os.path.basename(os.readlink(f"/proc/{c}/exe")) == name:
                    return c
            except OSError:
                pass
            todo.append(c)
    return None


def wait_until(predicate, timeout, step=0.05):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(step)
    return predicate()


# --- the link: socat between the meter end and the adapter end ---------------------------------

def paths(d):
    return os.path.join(d, "meter"), os.path.join(d, "adapter")


def read_int(path):
    try:
        with open(path) as f:
            return int(f.read().strip())
    except (OSError, ValueError):
        return None


def queued_bytes(path, request):
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_NOCTTY)
    try:
        buf = array.array("i", [0])
        fcntl.ioctl(fd, request, buf, True)
        return buf[0]
    finally:
        os.close(fd)


def link_drained(d):
    """No byte left between the simulator and the recorder: none waiting for socat at the meter
    end, none waiting for the recorder at the adapter end."""
    meter, adapter = paths(d)
    try:
        return (queued_bytes(meter, termios.TIOCOUTQ) == 0 and
                queued_bytes(adapter, termios.TIOCINQ) == 0)
    except OSError:
        return False


def link_plug(d):
    meter, adapter = paths(d)
    for p in (meter, adapter):
        if os.path.lexists(p):
            os.remove(p)
    with open(os.path.join(d, "socat.log"), "ab") as err:
        socat = subprocess.Popen(
            ["socat", f"pty,raw,echo=0,link={meter}", f"pty,raw,echo=0,link={adapter}"],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=err,
            start_new_session=True)
    with open(os.path.join(d, "socat.pid"), "w") as f:
        f.write(str(socat.pid))
    if not wait_until(lambda: os.path.exists(meter) and os.path.exists(adapter), 10):
        log("socat made no pseudo-terminals")
        return 1
    recorder = read_int(os.path.join(d, "recorder.pid"))
    if recorder is not None:
        # The recorder must have found the device again before the meter talks.
        if not wait_until(lambda: has_open(recorder, adapter), 120):
            log(f"the recorder (pid {recorder}) did not open {adapter} again within 120 s")
            return 1
    with open(os.path.join(d, "unplugs"), "a") as f:
        f.write(f"plug {time.time():.3f}\n")
    return 0


def link_unplug(d):
    # A real unplug happens between two frames: let everything sent so far arrive first.
    stable = 0
    deadline = time.monotonic() + 60
    while stable < 3 and time.monotonic() < deadline:
        stable = stable + 1 if link_drained(d) else 0
        time.sleep(0.05)
    time.sleep(0.2)  # and be read by the recorder
    pid = read_int(os.path.join(d, "socat.pid"))
    if pid is not None and alive(pid):
        os.kill(pid, signal.SIGTERM)
        if not wait_until(lambda: not alive(pid), 10):
            os.kill(pid, signal.SIGKILL)
            wait_until(lambda: not alive(pid), 10)
    with open(os.path.join(d, "unplugs"), "a") as f:
        f.write(f"unplug {time.time():.3f}\n")
    return 0


def stop_socat(d):
    pid = read_int(os.path.join(d, "socat.pid"))
    if pid is not None and alive(pid):
        os.kill(pid, signal.SIGTERM)
        wait_until(lambda: not alive(pid), 10)


# --- a run ---------------------------------------------------------------------------------------

def last_sent_at(truth_path):
    """The simulated time of the last push in the truth file (read from its end)."""
    try:
        with open(truth_path, "rb") as f:
            f.seek(0, os.SEEK_END)
            size = f.tell()
            f.seek(max(0, size - 4096))
            lines = f.read().split(b"\n")
        for line in reversed(lines):
            if line.startswith(b"{") and line.endswith(b"}"):
                return soak_check.utc_ms(json.loads(line)["sent_at"])
    except (OSError, ValueError, KeyError):
        pass
    return None


def start_recorder(a, d):
    meter, adapter = paths(d)
    db = os.path.join(d, "history.sqlite")
    err = open(os.path.join(d, "recorder.log"), "wb")
    if a.recorder == "cli":
        proc = subprocess.Popen([a.cli, "listen", "--port", adapter, "--db", db,
                                 "--format", "jsonl"],
                                stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=err)
        return proc, proc.pid
    home = os.path.join(d, "home")
    for sub in ("config", "data", "run"):
        os.makedirs(os.path.join(home, sub), exist_ok=True)
    os.chmod(os.path.join(home, "run"), 0o700)
    env = dict(os.environ, HOME=home, XDG_CONFIG_HOME=os.path.join(home, "config"),
               XDG_DATA_HOME=os.path.join(home, "data"), XDG_RUNTIME_DIR=os.path.join(home, "run"))
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    env.pop("QT_QPA_PLATFORM", None)
    proc = subprocess.Popen(["xvfb-run", "-a", "-s", "-screen 0 1920x1080x24", a.monitor,
                             "--db", db, "--port", adapter],
                            stdin=subprocess.DEVNULL, stdout=err, stderr=err, env=env,
                            start_new_session=True)
    name = os.path.basename(a.monitor)
    if not wait_until(lambda: descendant_named(proc.pid, name) is not None, 60, 0.2):
        raise SystemExit("soak: han-monitor did not start under xvfb-run")
    return proc, descendant_named(proc.pid, name)


def judge_rss(samples, start_ms, bound_mib, flat_after_days, result):
    """Flat after the first `flat_after_days` simulated days: no later sample more than
    `bound_mib` above the largest of that time. The first day's figures are reported always."""
    if not samples:
        result.fail("no memory samples")
        return

    def before(days):
        return [s[2] for s in samples if s[1] is not None and s[1] < start_ms + days * 86_400_000]

    def after(days):
        return [s[2] for s in samples if s[1] is not None and s[1] >= start_ms + days * 86_400_000]
    first_day = max(before(1) or [samples[0][2]])
    result.counts["RSS first day, max (MiB)"] = round(first_day / 1024, 1)
    result.counts["RSS max (MiB)"] = round(max(s[2] for s in samples) / 1024, 1)
    result.counts["RSS final (MiB)"] = round(samples[-1][2] / 1024, 1)
    result.counts["RSS samples"] = len(samples)
    if after(1):
        result.counts["RSS growth after day 1 (MiB)"] = round((max(after(1)) - first_day) / 1024, 1)
    baseline = max(before(flat_after_days) or [samples[0][2]])
    later = after(flat_after_days)
    if flat_after_days != 1:
        result.counts[f"RSS max of the first {flat_after_days:g} days (MiB)"] = \
            round(baseline / 1024, 1)
    if later:
        growth = max(later) - baseline
        result.counts[f"RSS growth after day {flat_after_days:g} (MiB)"] = round(growth / 1024, 1)
        if growth > bound_mib * 1024:
            result.fail(f"resident memory grew {growth / 1024:.1f} MiB after simulated day "
                        f"{flat_after_days:g} (bound {bound_mib} MiB)")
    else:
        result.notes.append(f"memory not judged: the run is not longer than {flat_after_days:g} days")


def run(a):
    d = os.path.abspath(a.dir)
    if os.path.exists(d):
        shutil.rmtree(d)
    os.makedirs(d)
    os.environ["SOAK_DIR"] = d
    meter, adapter = paths(d)
    truth = os.path.join(d, "truth.jsonl")
    db = os.path.join(d, "history.sqlite")
    start = dt.datetime.fromisoformat(a.start)
    start_ms = soak_check.utc_ms(start.isoformat() + "+01:00") if start.tzinfo is None else \
        round(start.timestamp() * 1000)

    if link_plug(d) != 0:
        return 1
    recorder, pid = start_recorder(a, d)
    with open(os.path.join(d, "recorder.pid"), "w") as f:
        f.write(str(pid))
    if not wait_until(lambda: has_open(pid, adapter), 60, 0.1):
        log(f"the recorder did not open {adapter}; see {d}/recorder.log")
        recorder.terminate()
        stop_socat(d)
        return 1
    log(f"recorder pid {pid} has {adapter} open; simulating {a.days} days at x{a.speed}")

    hook = f"{sys.executable} {os.path.abspath(__file__)} link"
    sim_cmd = [a.cli, "simulate", "--port", meter, "--no-line-limit", "--speed", str(a.speed),
               "--start", a.start, "--duration", str(round(a.days * 86400)), "--seed", str(a.seed),
               "--faults", a.faults, "--truth", truth, "--unplug-command", hook]
    with open(os.path.join(d, "simulate.log"), "wb") as err:
        sim = subprocess.Popen(sim_cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                               stderr=err)
    wall0 = time.monotonic()
    samples = []  # (wall s, simulated utc ms, rss KiB)
    last_print = 0.0
    with open(os.path.join(d, "rss.csv"), "w") as rss_file:
        rss_file.write("wall_s,simulated_utc,rss_kib\n")
        while sim.poll() is None:
            time.sleep(a.sample_seconds)
            wall = time.monotonic() - wall0
            kib = rss_kib(pid)
            sim_ms = last_sent_at(truth)
            if kib is None:
                log("the recorder is gone")
                break
            samples.append((wall, sim_ms, kib))
            stamp = "" if sim_ms is None else dt.datetime.fromtimestamp(
                sim_ms / 1000, dt.timezone.utc).isoformat()
            rss_file.write(f"{wall:.1f},{stamp},{kib}\n")
            rss_file.flush()
            if wall - last_print >= 30:
                last_print = wall
                days = 0 if sim_ms is None else (sim_ms - start_ms) / 86_400_000
                log(f"{wall:6.0f} s: simulated day {days:5.2f}, recorder RSS {kib / 1024:.1f} MiB")
    sim.wait()
    sim_seconds = time.monotonic() - wall0
    with open(os.path.join(d, "simulate.log"), "rb") as f:
        sim_log = f.read().decode(errors="replace").strip()
    log(f"simulate ended ({sim.returncode}) after {sim_seconds:.0f} s: {sim_log.splitlines()[-1]}")

    # Everything sent is read and stored before the recorder is asked to stop.
    wait_until(lambda: link_drained(d), 120, 0.2)
    ticks = [cpu_ticks(pid)]

    def idle():
        ticks.append(cpu_ticks(pid))
        return len(ticks) > 3 and ticks[-1] == ticks[-4]
    wait_until(idle, 120, 1.0)
    final_kib = rss_kib(pid)
    if final_kib is not None:
        samples.append((time.monotonic() - wall0, last_sent_at(truth), final_kib))
    os.kill(pid, signal.SIGTERM)
    try:
        recorder.wait(180)
    except subprocess.TimeoutExpired:
        log("the recorder did not end within 180 s of SIGTERM; killed")
        recorder.kill()
        recorder.wait()
    stop_socat(d)
    with open(os.path.join(d, "recorder.log"), "rb") as f:
        tail = f.read().decode(errors="replace").strip().splitlines()[-3:]
    log("recorder said: " + " | ".join(tail))

    result = soak_check.check(truth, db, a.cli, a.zone)
    judge_rss(samples, start_ms, a.rss_bound_mib, a.rss_flat_after_days, result)
    unplugs = 0
    if os.path.exists(os.path.join(d, "unplugs")):
        with open(os.path.join(d, "unplugs")) as f:
            unplugs = sum(1 for line in f if line.startswith("unplug"))
    result.counts["real unplugs (socat killed and restarted)"] = unplugs
    result.counts["wall-clock seconds (simulate)"] = round(sim_seconds)
    if sim.returncode != 0:
        result.fail(f"han-cli simulate failed: {sim_log}")
    print(f"soak summary: recorder {a.recorder}, {a.days} simulated days from {a.start}, "
          f"x{a.speed}, faults {a.faults}, seed {a.seed}")
    soak_check.print_result(result)
    print("soak: PASS" if not result.failures else "soak: FAIL")
    return 0 if not result.failures else 1


def recheck(a):
    """Checks a finished run again from the files it left (truth, database, rss.csv)."""
    d = os.path.abspath(a.dir)
    truth = os.path.join(d, "truth.jsonl")
    with open(truth) as f:
        start_ms = soak_check.utc_ms(json.loads(f.readline())["sent_at"])
    samples = []
    with open(os.path.join(d, "rss.csv")) as f:
        next(f)
        for line in f:
            wall, stamp, kib = line.strip().split(",")
            samples.append((float(wall), round(dt.datetime.fromisoformat(stamp).timestamp() * 1000)
                            if stamp else None, int(kib)))
    result = soak_check.check(truth, os.path.join(d, "history.sqlite"), a.cli, a.zone)
    judge_rss(samples, start_ms, a.rss_bound_mib, a.rss_flat_after_days, result)
    print(f"soak check of {d}")
    soak_check.print_result(result)
    print("soak: PASS" if not result.failures else "soak: FAIL")
    return 0 if not result.failures else 1


def main():
    p = argparse.ArgumentParser(description="one soak run; see scripts/soak")
    sub = p.add_subparsers(dest="command", required=True)
    r = sub.add_parser("run")
    r.add_argument("--recorder", choices=["cli", "monitor"], default="cli")
    r.add_argument("--days", type=float, default=2)
    r.add_argument("--dir", required=True)
    r.add_argument("--cli", required=True)
    r.add_argument("--monitor")
    r.add_argument("--speed", type=float, default=5000)
    r.add_argument("--start", default="2026-10-26T00:00")
    r.add_argument("--seed", type=int, default=7)
    r.add_argument("--faults",
                   default="bitflip=0.01,drop=0.01,noise=0.01,truncate=0.01,unplug=4,"
                           "unplug-for=60s")
    r.add_argument("--zone", default="Europe/Oslo")
    r.add_argument("--rss-bound-mib", type=float, default=16)
    r.add_argument("--sample-seconds", type=float, default=2)
    # han-monitor keeps the last 7 days of readings for its live charts (LiveModel's capacity),
    # so its memory is judged after that; han-cli keeps nothing and is judged after day 1.
    r.add_argument("--rss-flat-after-days", type=float)
    c = sub.add_parser("check")
    c.add_argument("--dir", required=True)
    c.add_argument("--cli", required=True)
    c.add_argument("--recorder", choices=["cli", "monitor"], default="cli")
    c.add_argument("--zone", default="Europe/Oslo")
    c.add_argument("--rss-bound-mib", type=float, default=16)
    c.add_argument("--rss-flat-after-days", type=float)
    k = sub.add_parser("link")
    k.add_argument("action", choices=["unplug", "plug"])
    a = p.parse_args()
    if a.command in ("run", "check") and a.rss_flat_after_days is None:
        a.rss_flat_after_days = 7 if a.recorder == "monitor" else 1
    if a.command == "link":
        d = os.environ["SOAK_DIR"]
        return link_unplug(d) if a.action == "unplug" else link_plug(d)
    return run(a) if a.command == "run" else recheck(a)


if __name__ == "__main__":
    sys.exit(main())
