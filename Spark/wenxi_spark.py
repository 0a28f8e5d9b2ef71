#!/usr/bin/env python3
"""`wenxi report` on Apache Spark: the map on the executors, the reduce on the driver.

    wenxi_spark.py INPUT... OUT --wenxi PATH [--master URL] [--partitions N] [--top N]
                   [--records FILE] [-- MAP_OPTION...]

The driver lists the input files exactly as `wenxi report INPUT...` does (every .txt below a
folder, symbolic links followed, each folder once, sorted by path; see list_inputs), cuts the
list into partitions of about equal size (contiguous runs of the sorted list), and runs
`wenxi map --files-jsonl` on the executors, one process per partition, each file sent as one
{"path", "base64"} line. The records come back to the driver, which writes them to one file and
runs `wenxi reduce` on it, writing OUT: the same files, byte for byte, as `wenxi report INPUT...
--out OUT` (the records do not depend on the partition, and the reduce sorts them).

Needs: pyspark (Spark/requirements.txt) and a Java runtime on the driver; on every executor the
wenxi binary at PATH with its Dictionaries/ folder beside it (or WENXI_DICTIONARIES set), and the
input on a filesystem every executor sees at the same path. Spark/README.md says how to submit
it to a cluster.

Exit status: that of `wenxi reduce` (0, or 1 when inputs were skipped, as `wenxi report`);
2 for bad usage; 3 when the map failed on an executor (a crash, an exit status other than 0
or 1, or a file whose records did not come back), with wenxi's message; nothing is written then.
"""
import argparse
import base64
import errno
import json
import os
import re
import shutil
import stat
import subprocess
import sys
import tempfile
import threading
import unicodedata

RECORD_FORMAT = "wenxi-record"
# The record version the driver writes its own failure records in when no executor returned a
# record to copy it from (an input where every path was a problem).
DEFAULT_RECORD_VERSION = 1
MAP_FAILED = 3
# The last line of a map that skipped inputs; the reduce prints the total.
COUNT_LINE = re.compile(r"^wenxi: [0-9]+ inputs? could not be read$")


# ---------------------------------------------------------------------------------------------
# Listing: a port of InputFile.expand and FolderWalker.walk (Sources/WenxiText), so that the
# paths are exactly the strings `wenxi report` reads and shows.


def swift_order(text):
    """The sort key of Swift's String `<`: the NFC-normalised scalars, compared in order."""
    return unicodedata.normalize("NFC", text)


def is_text_name(name):
    """FolderWalker's `name.lowercased().hasSuffix(".txt")`."""
    return name.lower().endswith(".txt")


def list_inputs(paths):
    """The inputs `paths` name, in `wenxi report`'s order: a list of ("file", path) and
    ("problem", path, reason) entries. Standard input ("-") cannot be distributed."""
    entries = []
    for path in paths:
        if path == "-":
            raise UsageError("standard input (-) cannot be read on the executors; name files or folders")
        try:
            status = os.stat(path)
        except OSError as error:
            reason = "no such file or folder" if error.errno == errno.ENOENT else "cannot read (%s)" % os.strerror(error.errno)
            entries.append(("problem", path, reason))
            continue
        if not stat.S_ISDIR(status.st_mode):
            entries.append(("file", path))
            continue
        files, problems = walk(path)
        entries += [("problem", p, r) for p, r in problems]
        if not files and not problems:
            entries.append(("problem", path, "the folder holds no .txt file"))
        entries += [("file", f) for f in files]
    return entries


def walk(root):
    """FolderWalker.walk: the .txt files below `root` sorted by path, and the problems met."""
    files, problems = [], []
    try:
        status = os.stat(root)
    except OSError as error:
        return files, [(root, "cannot read the folder (%s)" % os.strerror(error.errno))]
    seen = {(status.st_dev, status.st_ino)}
    pending = [root]
    while pending:
        folder = pending.pop()
        names = folder_entries(folder, problems)
        if names is None:
            continue
        subfolders = []
        for name in names:
            path = folder + name if folder.endswith("/") else folder + "/" + name
            visit(path, name, seen, subfolders, files, problems)
        pending += reversed(subfolders)
    files.sort(key=swift_order)
    return files, problems


def visit(path, name, seen, subfolders, files, problems):
    """FolderWalker.visit: one entry into a file, a folder to walk, or a problem."""
    text = is_text_name(name)
    try:
        own = os.lstat(path)
    except OSError as error:
        problems.append((path, "cannot read (%s)" % os.strerror(error.errno)))
        return
    target = own
    if stat.S_ISLNK(own.st_mode):
        try:
            target = os.stat(path)
        except OSError:
            if text:
                problems.append((path, "a symbolic link that leads nowhere"))
            return
    mode = target.st_mode
    if stat.S_ISDIR(mode):
        key = (target.st_dev, target.st_ino)
        if key in seen:
            problems.append((path, "a link to a folder already read (a cycle or a second path to it); skipped"))
            return
        seen.add(key)
        subfolders.append(path)
    elif text and (stat.S_ISREG(mode) or stat.S_ISFIFO(mode) or stat.S_ISCHR(mode)):
        files.append(path)


def folder_entries(folder, problems):
    """FolderWalker.entries: the names in `folder` sorted, or None (and a problem)."""
    try:
        raw_names = os.listdir(os.fsencode(folder))
    except OSError as error:
        problems.append((folder, "cannot read the folder (%s)" % os.strerror(error.errno)))
        return None
    names = []
    for raw in raw_names:
        try:
            names.append(raw.decode("utf-8"))
        except UnicodeDecodeError:
            problems.append((folder + "/" + raw.decode("utf-8", "replace"), "a name that is not UTF-8; skipped"))
    return sorted(names, key=swift_order)


# ---------------------------------------------------------------------------------------------
# Records the driver or an executor writes itself: the failure of an input that never reached
# wenxi (a listing problem, a file an executor could not read).


def failure_record(path, reason, version, byte_offset=None):
    """A "failure" record as `wenxi map` writes one; the problem reads as InputError's text."""
    problem = "%s: byte %d: %s" % (path, byte_offset, reason) if byte_offset is not None else "%s: %s" % (path, reason)
    record = {"format": RECORD_FORMAT, "id": path, "kind": "failure", "path": path, "problem": problem,
              "version": version}
    return json.dumps(record, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def open_problem(code):
    """FileReader.openProblem: why `open` failed, in words."""
    if code == errno.ENOENT:
        return "no such file"
    if code == errno.EACCES:
        return "cannot read the file (permission denied)"
    return "cannot read the file (%s)" % os.strerror(code)


def read_input(path):
    """The bytes of `path` as FileReader.read gets them, or (None, (reason, byte offset))."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_CLOEXEC)
    except OSError as error:
        return None, (open_problem(error.errno), None)
    try:
        if stat.S_ISDIR(os.fstat(fd).st_mode):
            return None, ("a folder, not a file", None)
        chunks, size = [], 0
        while True:
            try:
                chunk = os.read(fd, 1 << 20)
            except InterruptedError:
                continue
            except OSError as error:
                return None, ("cannot read: %s" % os.strerror(error.errno), size)
            if not chunk:
                return b"".join(chunks), None
            chunks.append(chunk)
            size += len(chunk)
    finally:
        os.close(fd)


# ---------------------------------------------------------------------------------------------
# The executor's side: one `wenxi map --files-jsonl` process per partition.


class MapFailure(RuntimeError):
    """`wenxi map` failed on a partition; the message names the files, the status and stderr."""


def map_partition(wenxi, map_args, records_dir=None):
    """The function mapPartitionsWithIndex runs: feeds the partition's files to one `wenxi map
    --files-jsonl` (what RDD.pipe does, keeping the exit status and standard error) and yields
    ("record", line) for each record — or, with `records_dir`, writes them to
    records_dir/part-NNNNN.jsonl and yields ("written", count) — then ("failure", problem) for
    each input that failed, ("version", v) and ("stderr", text) for what wenxi printed.

    Raises MapFailure, which fails the Spark job, when wenxi ends with a status other than 0 or
    1 (1: some inputs became failure records), or when a file sent has no record back."""
    def run(index, groups):
        paths = [path for group in groups for path in group]
        if not paths:
            return
        sink = PartSink(records_dir, index) if records_dir else None
        process = subprocess.Popen([wenxi, "map", "--files-jsonl"] + map_args,
                                   stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        local, stderr = [], []
        feeder = threading.Thread(target=feed, args=(process.stdin, paths, local), daemon=True)
        drain = threading.Thread(target=lambda: stderr.append(process.stderr.read()), daemon=True)
        feeder.start()
        drain.start()
        seen, problems, version, last = [], [], None, b"\n"
        for line in process.stdout:
            last = line
            kind, record, version = classify(line, version)
            if kind in ("input", "failure"):
                seen.append(record.get("path"))
            if kind == "failure":
                problems.append(record.get("problem") or "")
            text = line.rstrip(b"\n").decode("utf-8")
            if sink:
                sink.write(text)
            else:
                yield ("record", text)
        status = process.wait()
        feeder.join()
        drain.join()
        message = stderr[0].decode("utf-8", "replace") if stderr else ""
        check_partition(index, paths, status, message, seen, len(problems), local, last)
        version = version or DEFAULT_RECORD_VERSION
        for path, (reason, offset) in local:
            text = failure_record(path, reason, version, offset)
            problems.append(json.loads(text)["problem"])
            if sink:
                sink.write(text)
            else:
                yield ("record", text)
        if sink:
            yield ("written", sink.close())
        for problem in problems:
            yield ("failure", problem)
        yield ("version", version)
        if message:
            yield ("stderr", message)
    return run


class PartSink:
    """records_dir/part-NNNNN.jsonl, written under a temporary name and renamed into place when
    complete, so that a retried or speculative task replaces its partition's file whole."""

    def __init__(self, folder, index):
        self.path = os.path.join(folder, "part-%05d.jsonl" % index)
        self.file = tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=folder, prefix=".part-%05d-" % index,
                                                suffix=".tmp", delete=False)
        self.count = 0

    def write(self, line):
        self.file.write(line + "\n")
        self.count += 1

    def close(self):
        self.file.close()
        os.chmod(self.file.name, 0o644)  # the reduce may run as another user than the executor
        os.replace(self.file.name, self.path)
        return self.count


def feed(pipe, paths, local):
    """Writes each readable file of `paths` to wenxi as a {"path", "base64"} line; files that
    cannot be read go to `local` as (path, (reason, byte offset))."""
    try:
        for path in paths:
            data, problem = read_input(path)
            if problem is not None:
                local.append((path, problem))
                continue
            line = {"path": path, "base64": base64.b64encode(data).decode("ascii")}
            pipe.write(json.dumps(line, ensure_ascii=False).encode("utf-8") + b"\n")
    except BrokenPipeError:
        pass  # wenxi ended early: its exit status and the missing records say so
    finally:
        try:
            pipe.close()
        except BrokenPipeError:
            pass


def classify(line, version):
    """(kind, record, version) of a record line; an article record is not parsed (its keys are
    sorted, so it starts with "article"), the short input and failure records are."""
    if line.startswith(b'{"article":'):
        return "article", None, version
    try:
        record = json.loads(line)
    except ValueError:
        return "malformed", None, version
    if not isinstance(record, dict):
        return "malformed", None, version
    return record.get("kind"), record, record.get("version", version)


def check_partition(index, paths, status, message, seen, failures, local, last):
    """Raises MapFailure unless wenxi ended well and every file sent came back exactly once."""
    sent = sorted(path for path in paths if path not in {p for p, _ in local})
    problem = None
    if status not in (0, 1):
        problem = "exit status %d" % status if status > 0 else "killed by signal %d" % -status
    elif status == 1 and failures == 0:
        problem = "exit status 1 without a failure record"
    elif not last.endswith(b"\n"):
        problem = "the last record is cut short"
    elif sorted(seen) != sent:
        missing = sorted(set(sent) - set(seen))
        problem = "no records for %d of %d files (first: %s)" % (len(missing), len(sent), missing[:1]) if missing \
            else "records for files that were not sent, or twice"
    if problem:
        raise MapFailure("wenxi map failed on partition %d (%d files, %s … %s): %s%s" % (
            index, len(paths), paths[0], paths[-1], problem, "; it said:\n" + message.strip() if message.strip() else ""))


# ---------------------------------------------------------------------------------------------
# The driver.


class UsageError(Exception):
    pass


def partitions(files, sizes, count):
    """Cuts the sorted file list into at most `count` contiguous groups of about equal bytes."""
    total = sum(sizes) or 1
    groups, current, acc = [], [], 0
    for path, size in zip(files, sizes):
        current.append(path)
        acc += size
        if acc * count >= total * (len(groups) + 1) and len(groups) < count - 1:
            groups.append(current)
            current = []
    if current:
        groups.append(current)
    return groups


def file_size(path):
    try:
        return os.stat(path).st_size
    except OSError:
        return 0


def spark_context(master):
    """A SparkContext for `master` (or the one spark-submit names; local[*] when none does)."""
    from pyspark import SparkConf, SparkContext
    conf = SparkConf().setAppName("wenxi-spark")
    if master:
        conf.setMaster(master)
    elif not conf.contains("spark.master"):
        conf.setMaster("local[*]")
    if conf.get("spark.master").startswith("local"):
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
        os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
        conf.setIfMissing("spark.driver.host", "127.0.0.1")
        conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1")
        conf.setIfMissing("spark.ui.enabled", "false")
    conf.setIfMissing("spark.ui.showConsoleProgress", "false")
    context = SparkContext(conf=conf)
    context.setLogLevel(os.environ.get("WENXI_SPARK_LOG_LEVEL", "ERROR"))
    return context


class MapResult:
    """What the executors sent back: record lines (none with --records-dir), the record files
    written, the problems of the inputs that failed, the record version, and wenxi's messages."""

    def __init__(self, items):
        self.records = [item[1] for item in items if item[0] == "record"]
        self.written = sum(item[1] for item in items if item[0] == "written")
        self.failures = {item[1] for item in items if item[0] == "failure"}
        self.version = next((item[1] for item in items if item[0] == "version"), DEFAULT_RECORD_VERSION)
        self.messages = [item[1] for item in items if item[0] == "stderr"]


def run_map(context, groups, wenxi, map_args, records_dir):
    """Runs the map over `groups` on the executors."""
    task_cpus = int(context.getConf().get("spark.task.cpus", "1"))
    args = ["--jobs", str(task_cpus)] + map_args
    rdd = context.parallelize(groups, len(groups))
    return MapResult(rdd.mapPartitionsWithIndex(map_partition(wenxi, args, records_dir)).collect())


def map_error(error):
    """The MapFailure message inside a Spark job error, or the error's first line."""
    text = str(error)
    at = text.find("MapFailure: ")
    if at >= 0:
        end = text.find("\n\tat ", at)
        return text[at + len("MapFailure: "):end if end >= 0 else None].strip()
    return text.strip().splitlines()[0] if text.strip() else repr(error)


def reduce_records(wenxi, record_files, out, top, jobs):
    """Runs `wenxi reduce` on the record files; returns its exit status."""
    command = [wenxi, "reduce"] + record_files + ["--out", out]
    if top is not None:
        command += ["--top", str(top)]
    if jobs is not None:
        command += ["--jobs", str(jobs)]
    return subprocess.call(command)


def parse_arguments(argv):
    map_args = []
    if "--" in argv:
        at = argv.index("--")
        argv, map_args = argv[:at], argv[at + 1:]
    parser = argparse.ArgumentParser(
        prog="wenxi_spark.py", description="wenxi report with the map on Spark executors (see Spark/README.md).",
        epilog="Options after -- go to `wenxi map` (for example --reference-date, --encoding, --user-dict).")
    parser.add_argument("inputs", nargs="+", metavar="INPUT", help="files or folders, on a filesystem every executor sees")
    parser.add_argument("out", metavar="OUT", help="the folder to write the reports into (on the driver)")
    parser.add_argument("--wenxi", required=True, help="the wenxi binary, at this path on the driver and every executor")
    parser.add_argument("--master", help="Spark master URL (default: spark-submit's, else local[*])")
    parser.add_argument("--partitions", type=int, help="map partitions (default: twice the default parallelism)")
    parser.add_argument("--top", type=int, help="keywords per article, passed to wenxi reduce")
    parser.add_argument("--jobs", type=int, help="threads for wenxi reduce on the driver")
    keep = parser.add_mutually_exclusive_group()
    keep.add_argument("--records", help="keep the merged records in this file (default: a temporary file)")
    keep.add_argument("--records-dir", help="an empty folder on the shared filesystem: the executors write the "
                      "records there and the reduce reads them, instead of collecting them into the driver")
    args = parser.parse_args(argv)
    if args.partitions is not None and args.partitions < 1:
        parser.error("--partitions must be at least 1")
    if args.records_dir is not None:
        if not os.path.isdir(args.records_dir) or os.listdir(args.records_dir):
            parser.error("--records-dir %s: not an empty folder" % args.records_dir)
        args.records_dir = os.path.abspath(args.records_dir)
    args.map_args = map_args
    args.wenxi = os.path.abspath(args.wenxi)
    if not os.access(args.wenxi, os.X_OK) or os.path.isdir(args.wenxi):
        parser.error("--wenxi %s: not an executable file" % args.wenxi)
    return args


def main(argv=None):
    args = parse_arguments(sys.argv[1:] if argv is None else argv)
    try:
        entries = list_inputs(args.inputs)
    except UsageError as error:
        print("wenxi_spark: %s" % error, file=sys.stderr)
        return 2
    files = [entry[1] for entry in entries if entry[0] == "file"]
    problems = [(entry[1], entry[2]) for entry in entries if entry[0] == "problem"]
    result = MapResult([])
    if files:
        context = spark_context(args.master)
        try:
            count = min(len(files), args.partitions or 2 * context.defaultParallelism)
            groups = partitions(files, [file_size(f) for f in files], count)
            result = run_map(context, groups, args.wenxi, args.map_args, args.records_dir)
        except Exception as error:  # a Py4J error wrapping the executor's MapFailure
            print("wenxi_spark: the map failed: %s" % map_error(error), file=sys.stderr)
            return MAP_FAILED
        finally:
            context.stop()
    return write_reports(args, result, problems)


def write_reports(args, result, problems):
    """Writes the records (and a failure record per listing problem) and runs the reduce."""
    own = [failure_record(path, reason, result.version) for path, reason in problems]
    report_messages(result.messages, result.failures | {json.loads(line)["problem"] for line in own})
    folder = tempfile.mkdtemp(prefix="wenxi-spark-")
    try:
        if args.records_dir:
            files = sorted(os.path.join(args.records_dir, name) for name in os.listdir(args.records_dir)
                           if name.startswith("part-") and name.endswith(".jsonl"))
            if own:
                files.append(write_lines(os.path.join(args.records_dir, "listing-failures.jsonl"), own))
        else:
            files = [write_lines(args.records or os.path.join(folder, "records.jsonl"), result.records + own)]
        return reduce_records(args.wenxi, files, args.out, args.top, args.jobs)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def write_lines(path, lines):
    with open(path, "w", encoding="utf-8") as sink:
        for line in lines:
            sink.write(line + "\n")
    return path


def report_messages(messages, problems):
    """Prints what the map processes said, once each, except the failures the reduce reports."""
    printed = set()
    for text in messages:
        for line in text.splitlines():
            if line in printed or COUNT_LINE.match(line) or any(line.endswith(p) for p in problems if p):
                continue
            printed.add(line)
            print(line, file=sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
