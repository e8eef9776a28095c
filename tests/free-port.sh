# free-port.sh: sourced by the tests that start servers.  free_port sets
# $port to a TCP port no process listens on, from the range of 6,000
# ports that starts at $port_base (each test has its own, below the
# kernel's ephemeral range at 32768, so that neither a test running
# beside it nor a client's outgoing connection takes the port between
# the check and the server's bind), at an offset from the PID.
next_port=
free_port () {
  [ -n "$next_port" ] || next_port=$((port_base + $$ % 6000))
  while nc -z 127.0.0.1 "$next_port" 2> /dev/null; do
    next_port=$((next_port + 1))
  done
  port=$next_port
  next_port=$((next_port + 1))
}
