#!/usr/bin/python3
"""Recalculation cost of a workbook in LibreOffice, measured through its UNO API.

    /usr/bin/python3 bench/recalc-edit.py FILE.xlsx --sheet Actuals --cell E150 [--edits 7] [--full 3]

Starts soffice headless with a private profile (deleted afterwards), opens FILE with automatic
calculation off, calculates everything once, then measures

- per edit: one number typed into SHEET!CELL (an input: a rep's actual) followed by
  `calculate()`, which recalculates only what depends on it — what a rep waits for after typing;
- full: `calculateAll()`, every formula of the workbook.

Each figure is the median of its runs, as CPU time of the soffice process (user + system, all
threads: the machine is shared, so wall time says less) and wall time. Prints one JSON object:
{"editCpuMs", "editWallMs", "fullCpuMs", "fullWallMs", "loadWallS", "edits", "fulls"}.
Needs python3-uno (Debian: `apt-get install python3-uno`; run it with /usr/bin/python3, the
interpreter the package installs `uno` for). `npm run bench` runs it (bench/recalc.bench.ts).
"""
import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

import uno
from com.sun.star.beans import PropertyValue
from com.sun.star.connection import NoConnectException


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def cpu_ns(pid):
    """CPU nanoseconds a process has run, all threads: /proc/PID/task/*/schedstat (its first
    field), which counts in ns where /proc/PID/stat counts in 10 ms ticks, too coarse for an edit."""
    total = 0
    for task in os.listdir(f'/proc/{pid}/task'):
        try:
            with open(f'/proc/{pid}/task/{task}/schedstat') as f:
                total += int(f.read().split()[0])
        except FileNotFoundError:
            pass  # a thread that ended meanwhile
    return total


def measured(pid, action):
    cpu, wall = cpu_ns(pid), time.perf_counter()
    action()
    return (cpu_ns(pid) - cpu) / 1e6, (time.perf_counter() - wall) * 1000


def engine_pid(pid):
    """soffice is a script that starts oosplash, which starts soffice.bin: the process that
    calculates is the soffice.bin below `pid` (or `pid` itself)."""
    children = {}
    for entry in os.listdir('/proc'):
        if entry.isdigit():
            try:
                with open(f'/proc/{entry}/stat') as f:
                    rest = f.read().rsplit(')', 1)
                comm = rest[0].split('(', 1)[1]
                children.setdefault(int(rest[1].split()[1]), []).append((int(entry), comm))
            except (FileNotFoundError, IndexError):
                pass
    todo = [pid]
    while todo:
        current = todo.pop()
        for child, comm in children.get(current, []):
            if comm.startswith('soffice.bin'):
                return child
            todo.append(child)
    return pid


def connect(pipe, proc, timeout_s=60):
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext('com.sun.star.bridge.UnoUrlResolver', local)
    deadline = time.time() + timeout_s
    while True:
        try:
            return resolver.resolve(f'uno:pipe,name={pipe};urp;StarOffice.ComponentContext')
        except NoConnectException:
            if proc.poll() is not None or time.time() > deadline:
                raise
            time.sleep(0.2)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('file')
    parser.add_argument('--sheet', required=True, help='sheet of the edited cell, e.g. Actuals')
    parser.add_argument('--cell', required=True, help='the edited input cell, e.g. E150')
    parser.add_argument('--edits', type=int, default=7)
    parser.add_argument('--full', type=int, default=3)
    args = parser.parse_args()

    root = tempfile.mkdtemp(prefix='recalc-edit-')
    pipe = f'recalc_edit_{os.getpid()}'
    soffice = os.environ.get('SOFFICE', 'soffice')
    proc = subprocess.Popen(
        [soffice, f'-env:UserInstallation=file://{root}/profile', '--headless', '--invisible', '--norestore',
         '--nologo', '--nodefault', f'--accept=pipe,name={pipe};urp;'],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        ctx = connect(pipe, proc)
        desktop = ctx.ServiceManager.createInstanceWithContext('com.sun.star.frame.Desktop', ctx)
        started = time.perf_counter()
        url = uno.systemPathToFileUrl(os.path.abspath(args.file))
        doc = desktop.loadComponentFromURL(url, '_blank', 0, (prop('Hidden', True),))
        doc.enableAutomaticCalculation(False)
        doc.calculateAll()
        load_s = time.perf_counter() - started
        cell = doc.Sheets.getByName(args.sheet).getCellRangeByName(args.cell)
        original = cell.getValue()
        pid = engine_pid(proc.pid)
        edits = []
        for i in range(args.edits):
            def edit(value=original + 1000 * (i + 1)):
                cell.setValue(value)
                doc.calculate()
            edits.append(measured(pid, edit))
        cell.setValue(original)
        doc.calculate()
        fulls = [measured(pid, doc.calculateAll) for _ in range(args.full)]
        doc.close(True)
        print(json.dumps({
            'editCpuMs': statistics.median(c for c, _ in edits),
            'editWallMs': statistics.median(w for _, w in edits),
            'fullCpuMs': statistics.median(c for c, _ in fulls),
            'fullWallMs': statistics.median(w for _, w in fulls),
            'loadWallS': load_s,
            'edits': len(edits),
            'fulls': len(fulls),
        }))
    finally:
        try:
            desktop.terminate()
        except Exception:
            pass
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
        shutil.rmtree(root, ignore_errors=True)


if __name__ == '__main__':
    sys.exit(main())
