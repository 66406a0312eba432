#!/usr/bin/env python3
# Start-up of the command-line tool as whole processes (BENCHMARKS.md, "CLI start-up"): 15 interleaved
# rounds of an empty JVM, java -jar and the launcher, median wall-clock time. Run from the repository root
# after ./mvnw -B -q -pl examples -am package -DskipTests.
import subprocess,time,resource,statistics,os
F='examples/data/gemensamma-taget-vuxna.json'
cmds={'java -version':['java','-version'],
 'java -jar validate':['java','-jar','examples/target/samverkan-cli.jar','validate',F],
 'examples/bin/samverkan validate':['examples/bin/samverkan','validate',F]}
res={k:[] for k in cmds}
for r in range(15):
    for k,c in cmds.items():
        t=time.perf_counter(); subprocess.run(c,stdout=subprocess.DEVNULL,stderr=subprocess.DEVNULL); res[k].append(time.perf_counter()-t)
base=statistics.median(res['java -version'])
for k,v in res.items():
    m=statistics.median(v); print(f"{k:35s} median {m:.3f} s  min {min(v):.3f}  max {max(v):.3f}  x java-version {m/base:.1f}")
