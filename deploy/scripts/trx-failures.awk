# Prints each failed test of a .trx file: its name, its message and where in our code it failed.
# run-tests.sh prints this at the very end because CI often shows only a run's last lines, and the console
# logger reports a failure where it happened, hundreds of lines above.
function unescape(s) {
  gsub(/&lt;/, "<", s); gsub(/&gt;/, ">", s); gsub(/&quot;/, "\"", s); gsub(/&apos;/, "'", s)
  gsub(/&#xD;/, "", s); gsub(/&#xA;/, "\n", s); gsub(/&amp;/, "\\&", s)
  return s
}
/<UnitTestResult / && /outcome="Failed"/ {
  match($0, /testName="[^"]*"/)
  print "FAILED " unescape(substr($0, RSTART + 10, RLENGTH - 11))
  failed = 1; lines = 0; frames = 0
  next
}
!failed { next }
/<\/UnitTestResult>/ { failed = 0; in_message = 0; in_stack = 0; next }
/<Message>/ { in_message = 1; sub(/.*<Message>/, "") }
/<StackTrace>/ { in_stack = 1; sub(/.*<StackTrace>/, "") }
in_message {
  done = sub(/<\/Message>.*/, "")
  if (++lines <= 20) print "  " unescape($0)
  else if (lines == 21) print "  ..."
  if (done) in_message = 0
  next
}
in_stack {
  done = sub(/<\/StackTrace>.*/, "")
  if ($0 ~ / in .*:line [0-9]+/ && ++frames <= 5) print "  " unescape($0)
  if (done) in_stack = 0
}
