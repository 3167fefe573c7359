"""
One LibreOffice for many jobs: the office a jest worker keeps running, and the jobs that reach it through UNO.

Starting LibreOffice costs about 5 s of CPU; a conversion of a test workbook costs a fraction of that. So each
jest worker process starts one office on first use (test/helpers/libreoffice.ts) and every later job in that
process, from any test file, reuses it. Run with Debian's /usr/bin/python3 (python3-uno).

  office.py keep STATE_DIR PIPE SOFFICE   keep an office listening on PIPE (profile in STATE_DIR) until stdin
                                          closes, as it does when the jest worker that started it ends
  office.py convert FILE FILTER OUT       open FILE as `soffice --convert-to` does and store it as OUT
  office.py fill FILE < STEPS             type each step's texts into its sheet (JSON: [{sheet, typed, out}]),
                                          recalculate, and store the workbook as that step's out
  office.py open-documents                how many documents the office has open (0 between jobs)

A job finds the office through STR_LO_PIPE, and waits for it to start while the keeper (pid STR_LO_KEEPER)
lives. Every job closes the documents it opened, so none is left open for the next.
"""
import json
import os
import resource
import shutil
import signal
import subprocess
import sys
import threading
import time

# A new office on a busy machine can take minutes to answer (measured: 15 s at a load of 8 on 2 cores).
START_SECONDS = 240
# An office that ends this many times within RESTART_WINDOW seconds cannot start here: the keeper gives up.
MAX_STARTS = 5
RESTART_WINDOW = 60


def prop(name, value):
    from com.sun.star.beans import PropertyValue

    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def log(line):
    """One line to STR_LO_LOG, when set: how the suite's LibreOffice starts are counted."""
    if os.environ.get("STR_LO_LOG"):
        with open(os.environ["STR_LO_LOG"], "a") as f:
            f.write(line + "\n")


# ---------------------------------------------------------------- the keeper


def keep(state_dir, pipe, soffice):
    """Runs the office, and again whenever it ends (it crashed, or the test helper killed it when it hung),
    until stdin closes or SIGTERM comes; then stops it and removes its profile."""
    profile = os.path.join(state_dir, "profile")
    shutil.rmtree(profile, ignore_errors=True)
    stopping = threading.Event()
    office = [None]

    def stop(*_):
        stopping.set()
        if office[0]:
            stop_office(office[0])

    signal.signal(signal.SIGTERM, lambda *_: threading.Thread(target=stop).start())
    # stdin is a pipe from the jest worker: it closes when the worker ends, however it ends.
    threading.Thread(target=lambda: (sys.stdin.buffer.read(), stop()), daemon=True).start()

    starts = []
    while not stopping.is_set():
        starts = [t for t in starts if t > time.time() - RESTART_WINDOW] + [time.time()]
        if len(starts) > MAX_STARTS:
            log("keeper %d: LibreOffice ended %d times within %d s; giving up" % (os.getpid(), MAX_STARTS, RESTART_WINDOW))
            break
        office[0] = subprocess.Popen(
            [soffice, "-env:UserInstallation=file://" + profile, "--headless", "--invisible", "--norestore",
             "--nologo", "--accept=pipe,name=%s;urp;" % pipe],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            # Its own process group: soffice runs oosplash, which runs soffice.bin; one signal reaches all.
            start_new_session=True)
        with open(os.path.join(state_dir, "office.pid"), "w") as f:
            f.write(str(office[0].pid))
        log("start %d" % office[0].pid)
        if stopping.is_set():  # the stop came while this office was starting
            stop_office(office[0])
        office[0].wait()
    if office[0]:
        stop_office(office[0])
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    log("keeper %d ended: LibreOffice used %.1f s user %.1f s system" % (os.getpid(), usage.ru_utime, usage.ru_stime))
    shutil.rmtree(state_dir, ignore_errors=True)
    # Not a normal exit: that would wait for the thread still reading stdin (after SIGTERM), and fail.
    os._exit(0)


def stop_office(office):
    """SIGTERM to the office's process group, SIGKILL if it is still there after 10 s (a hung office); returns
    once the whole group (soffice.bin outlives oosplash by a moment) has gone."""
    for sig in (signal.SIGTERM, signal.SIGKILL):
        try:
            os.killpg(office.pid, sig)
        except ProcessLookupError:
            return
        deadline = time.time() + 10
        while time.time() < deadline:
            office.poll()
            try:
                os.killpg(office.pid, 0)
            except ProcessLookupError:
                return
            time.sleep(0.1)


# ---------------------------------------------------------------- jobs


def connect():
    """The office's Desktop, once the office answers on STR_LO_PIPE."""
    import uno
    from com.sun.star.connection import NoConnectException

    pipe, keeper = os.environ["STR_LO_PIPE"], int(os.environ["STR_LO_KEEPER"])
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    deadline = time.time() + START_SECONDS
    while True:
        try:
            context = resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe)
            return context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", context)
        except NoConnectException:
            if not alive(keeper):
                raise RuntimeError("LibreOffice is not running: its keeper (pid %d) has ended" % keeper)
            if time.time() > deadline:
                raise RuntimeError("LibreOffice did not start within %d s" % START_SECONDS)
            time.sleep(0.2)


def alive(pid):
    try:
        with open("/proc/%d/stat" % pid) as f:
            return f.read().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False


def url(path):
    import uno

    return uno.systemPathToFileUrl(os.path.abspath(path))


def convert(file, filter_name, out):
    """As `soffice --convert-to` (desktop/source/app/dispatchwatcher.cxx): load read-only, hidden and silent
    in a new view, store with the filter, close."""
    desktop = connect()
    doc = desktop.loadComponentFromURL(url(file), "_blank", 0, (
        prop("Referer", "private:OpenEvent"), prop("ReadOnly", True), prop("OpenNewView", True),
        prop("Hidden", True), prop("Silent", True)))
    if doc is None:
        raise RuntimeError("LibreOffice could not open %s" % file)
    try:
        doc.storeToURL(url(out), (prop("ConversionRequestOrigin", "CommandLine"), prop("Overwrite", True),
                                  prop("FilterName", filter_name)))
    finally:
        doc.close(True)


def fill(file, steps):
    """Types into cells as a person does: XCell.setFormula runs LibreOffice's own input recognition, so "5"
    becomes a number, "2008-02-01" a date and "'2" the text 2 (entering through the API skips data
    validation, as pasting does). After each step: recalculate, and store the workbook as the step's out."""
    desktop = connect()
    doc = desktop.loadComponentFromURL(url(file), "_blank", 0, (prop("Hidden", True),))
    if doc is None:
        raise RuntimeError("LibreOffice could not open %s" % file)
    try:
        for step in steps:
            sheet = doc.Sheets.getByName(step["sheet"])
            for address, text in step["typed"].items():
                sheet.getCellRangeByName(address).setFormula(text)
            doc.calculateAll()
            doc.storeToURL(url(step["out"]), (prop("FilterName", "Calc MS Excel 2007 XML"),))
    finally:
        doc.close(True)


def open_documents():
    """How many documents the office has open: none between jobs, as every job closes what it opened."""
    components = connect().Components.createEnumeration()
    count = 0
    while components.hasMoreElements():
        components.nextElement()
        count += 1
    print(count)


def main():
    command, args = sys.argv[1], sys.argv[2:]
    if command == "keep":
        keep(*args)
    elif command == "convert":
        convert(*args)
    elif command == "fill":
        fill(args[0], json.load(sys.stdin))
    elif command == "open-documents":
        open_documents()
    else:
        raise SystemExit("office.py: unknown command %s" % command)


if __name__ == "__main__":
    main()
