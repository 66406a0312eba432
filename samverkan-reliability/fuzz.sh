#!/usr/bin/env bash
# Runs a fuzzing campaign (RELIABILITY.md): every fuzz target of samverkan-reliability in turn, each for
# the given number of minutes, with Jazzer in fuzzing mode (JAZZER_FUZZ=1).
#
#   samverkan-reliability/fuzz.sh 10                      # all targets, 10 minutes each
#   samverkan-reliability/fuzz.sh 2 JsonReaderFuzzTest    # the targets of one class
#
# New coverage goes to samverkan-reliability/.cifuzz-corpus/ (not committed); a crashing input is
# written by Jazzer into src/test/resources/se/samverkan/reliability/<Class>Inputs/<method>/, where the
# ordinary build replays it: commit it together with the fix. One log per target goes to
# samverkan-reliability/target/fuzz/, and its last libFuzzer status line (executions, coverage) is printed.
set -euo pipefail
minutes="${1:?usage: fuzz.sh MINUTES [CLASS]}"
only="${2:-}"
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
mkdir -p samverkan-reliability/target/fuzz
targets=$(grep -H -A3 '@FuzzTest' samverkan-reliability/src/test/java/se/samverkan/reliability/*FuzzTest.java \
  | grep -oE '[A-Za-z]+FuzzTest\.java-.*void [a-z_0-9]+' | sed -E 's/\.java-.*void /#/')
for target in $targets; do
  if [[ -n "$only" && "$target" != "$only"* ]]; then continue; fi
  log="samverkan-reliability/target/fuzz/${target//#/.}.log"
  echo "== $target (${minutes} min)"
  # The library comes from jars in a reactor build: instrument it explicitly (Jazzer instruments only
  # class directories by default).
  JAZZER_FUZZ=1 JAZZER_MAX_DURATION="${minutes}m" JAZZER_INSTRUMENTATION_INCLUDES="se.samverkan.**" \
    JAZZER_CUSTOM_HOOK_INCLUDES="se.samverkan.**" ./mvnw -B ${MVN_FLAGS:-} -pl samverkan-reliability -am verify \
    -Dmaven.javadoc.skip=true -Dtest="se.samverkan.reliability.$target" >"$log" 2>&1 || echo "   FAILED (finding?): see $log"
  grep -aE '^#[0-9]+' "$log" | tail -1 || true
  grep -aE 'Tests run:.*Fail' "$log" | tail -1 || true
done
