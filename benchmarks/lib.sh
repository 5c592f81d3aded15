# Helpers the benchmark scripts share (sourced by run.sh, replicas.sh and tool-start.sh; not run on its own).

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

# The median of the numbers on stdin, one a line ("NaN" for none).
median() { sort -g | awk '{a[NR]=$1} END {if (NR==0) {print "NaN"; exit} m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; print m}'; }

# wait_for <url> [curl arguments...]: polls every 10 ms until a 2xx, at most 60 s.
wait_for() {
  local url=$1; shift
  for _ in $(seq 1 6000); do curl -sf -o /dev/null "$@" "$url" && return 0; sleep 0.01; done
  return 1
}

# a ÷ b with two decimals, "NaN" when either is missing or zero.
times() { awk -v a="$1" -v b="$2" 'BEGIN { if (a=="NaN"||b=="NaN"||a==0||b==0) print "NaN"; else printf "%.2f", a/b }'; }

# The "Targets (issue 22)" table: targets_header, then one `target` line per target, saying met or missed.
TARGET_WIDTH=${TARGET_WIDTH:-58}
targets_header() {
  echo
  echo "Targets (issue 22), this run"
  printf "\n| %-${TARGET_WIDTH}s | %10s | %-9s | %-22s |\n" "target" "measured" "bound" "verdict"
  printf '|%s|%s|%s|%s|\n' "$(printf -- '-%.0s' $(seq 1 $((TARGET_WIDTH + 2))))" "$(printf -- '-%.0s' {1..12})" "$(printf -- '-%.0s' {1..11})" "$(printf -- '-%.0s' {1..24})"
}
target() { # label, value, comparison (le|ge), bound, unit
  local verdict
  verdict=$(awk -v v="$2" -v op="$3" -v b="$4" 'BEGIN { if (v=="NaN"||v=="-"||v=="") print "missed (not measured)"; else if ((op=="le" && v+0<=b+0) || (op=="ge" && v+0>=b+0)) print "met"; else print "missed" }')
  printf "| %-${TARGET_WIDTH}s | %10s | %-9s | %-22s |\n" "$1" "$2$5" "$( [ "$3" = le ] && echo "≤" || echo "≥") $4$5" "$verdict"
}
# A line of the table for a figure with no bound to judge it by.
target_note() { printf "| %-${TARGET_WIDTH}s | %10s | %-9s | %-22s |\n" "$1" "$2" "-" "$3"; }
