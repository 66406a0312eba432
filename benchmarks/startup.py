#!/usr/bin/env python3
# Start-up of the command-line tool as whole processes (BENCHMARKS.md, "CLI start-up"): interleaved rounds
# of an empty JVM, java -jar and the launcher (and, with --baseline, another build's launcher), median
# wall-clock time and median CPU time (user + system of the child). Run from the repository root after
#   ./mvnw -B -q -pl examples -am package -DskipTests
# e.g.  python3 benchmarks/startup.py --rounds 21 --baseline ../old/examples/bin/samverkan
import argparse, json, os, resource, statistics, subprocess, tempfile, time

parser = argparse.ArgumentParser(description=__doc__)
parser.add_argument('--rounds', type=int, default=15, help='rounds of every command (default 15)')
parser.add_argument('--baseline', help="another build's examples/bin/samverkan, run beside this one")
args = parser.parse_args()

F = 'examples/data/gemensamma-taget-vuxna.json'
empty = os.path.join(tempfile.mkdtemp(), 'empty.json')
with open(empty, 'w') as out:
    json.dump({'schemaVersion': '1', 'parties': [], 'associations': [], 'projects': [], 'structures': [],
               'participants': []}, out)

cmds = {'java -version': ['java', '-version'],
        'java -jar validate': ['java', '-jar', 'examples/target/samverkan-cli.jar', 'validate', F]}
if args.baseline:
    cmds['baseline launcher validate'] = [args.baseline, 'validate', F]
cmds['examples/bin/samverkan validate'] = ['examples/bin/samverkan', 'validate', F]
cmds['examples/bin/samverkan validate (empty)'] = ['examples/bin/samverkan', 'validate', empty]

wall = {k: [] for k in cmds}
cpu = {k: [] for k in cmds}
for _ in range(args.rounds):
    for name, command in cmds.items():
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        wall[name].append(time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu[name].append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)

base = statistics.median(wall['java -version'])
for name in cmds:
    m = statistics.median(wall[name])
    print(f"{name:40s} median {m:.3f} s  min {min(wall[name]):.3f}  max {max(wall[name]):.3f}"
          f"  cpu {statistics.median(cpu[name]):.3f} s  x java-version {m / base:.1f}")
