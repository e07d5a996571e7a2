#!/bin/sh
# Run by ctest after the tests (CTestCustom.cmake, written by tests/CMakeLists.txt): says why each
# skipped test skipped. ctest keeps a skipped test's output to itself, even with --output-on-failure;
# every skip prints "SKIPPED: reason" (tests/support/test_main.cpp), and ctest's log holds it.
# Usage: skip_reasons.sh BUILD_DIR/Testing/Temporary/LastTest.log
# While the post-test step runs, ctest is still writing this run's log under a .tmp name.
log="$1"
[ -r "$log.tmp" ] && log="$log.tmp"
[ -r "$log" ] || exit 0
awk '
  /^[0-9]+\/[0-9]+ Test: / { sub(/^[0-9]+\/[0-9]+ Test: /, ""); name = $0 }
  /^SKIPPED: / {
    if (!shown) { print "Why tests were skipped:"; shown = 1 }
    print "  " name ": " substr($0, 10)
  }
' "$log"
