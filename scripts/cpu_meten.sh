#!/usr/bin/env bash
# Usage: bash scripts/cpu_meten.sh COMMAND [ARGS...]
# Runs COMMAND and prints its wall time and the CPU seconds of COMMAND and everything it
# started: Chromium's processes, dashboard servers and orphans included, other processes on
# the machine excluded. Why: `/usr/bin/time` and `getrusage` count only the children a
# process waited for, and miss about a third of a browser test's CPU (session 14). Needs
# root and a cgroup v1 `cpuacct` hierarchy at /sys/fs/cgroup/cpuacct (as on this project's
# machines); elsewhere it says so and stops.
set -u
root=/sys/fs/cgroup/cpuacct
if [ ! -w "$root" ]; then
    echo "cpu_meten: geen schrijfbare cgroup-v1 cpuacct in $root (root nodig)" >&2
    exit 2
fi
groep="$root/cpu_meten.$$"
mkdir "$groep"
begin=$(date +%s.%N)
bash -c 'echo $$ > "$1/cgroup.procs"; shift; exec "$@"' _ "$groep" "$@"
status=$?
eind=$(date +%s.%N)
ns=$(cat "$groep/cpuacct.usage")
python3 -c "
wand, cpu = $eind - $begin, $ns / 1e9
print(f'wand {wand:.1f} s | CPU {cpu:.1f} s (de opdracht en alles wat die startte)'.replace('.', ','))
"
# processes still running (orphans) go back to the root group, so the group can go
for pid in $(cat "$groep/cgroup.procs"); do echo "$pid" > "$root/cgroup.procs" 2>/dev/null; done
rmdir "$groep" 2>/dev/null
exit "$status"
