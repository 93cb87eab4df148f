# shellcheck shell=bash
# Sourced by ./airproof, .ci/run and scripts/test: finds a JDK >= 21 and exports JAVA_HOME and PATH.
# Order: JAVA_HOME if it names a JDK >= 21, else the newest JDK >= 21 under /usr/lib/jvm.

# Prints the major version of the JDK at $1 (fails if $1 is not a JDK with javac).
airproof_jdk_major() {
  [ -x "$1/bin/javac" ] && [ -x "$1/bin/java" ] || return 1
  local v
  v=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release" 2>/dev/null)
  [ -n "$v" ] || v=$("$1/bin/java" -XshowSettings:properties -version 2>&1 \
                       | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p')
  [ -n "$v" ] && echo "$v"
}

# Sets JAVA_HOME to a JDK >= 21; prints one line naming it when $1 is "verbose".
airproof_use_jdk21() {
  local best="" best_v=0 d v
  if [ -n "${JAVA_HOME:-}" ] && v=$(airproof_jdk_major "$JAVA_HOME") && [ "$v" -ge 21 ]; then
    best=$JAVA_HOME; best_v=$v
  else
    for d in /usr/lib/jvm/*/; do
      [ -d "$d" ] || continue
      d=${d%/}; v=$(airproof_jdk_major "$d") || continue
      if [ "$v" -ge 21 ] && [ "$v" -gt "$best_v" ]; then best=$d; best_v=$v; fi
    done
  fi
  if [ -z "$best" ]; then
    echo "airproof: error: needs a JDK >= 21, but JAVA_HOME='${JAVA_HOME:-}' is not one and none was found under /usr/lib/jvm; install one (e.g. 'apt-get install openjdk-21-jdk' or a Temurin 21+) or set JAVA_HOME" >&2
    return 1
  fi
  export JAVA_HOME=$best PATH="$best/bin:$PATH"
  [ "${1:-}" = verbose ] && echo "using JDK $best_v at $best" >&2
  return 0
}
