# gen-errors-gperf.awk: writes the gperf input of
# httpstatus_error_from_name's keyword table from src/errors.def.
#
# The keys are the constants exactly as the libraries' headers spell
# them (CURLE_OPERATION_TIMEDOUT, ERROR_INTERNET_TIMEOUT,
# ERROR_WINHTTP_TIMEOUT), each with its number and space; the prefix
# tells the spaces apart, so it is part of the key.  gperf builds a
# perfect hash of them (see Makefile.am for its options: --pic keeps the
# table free of relocations, --ignore-case folds ASCII case only).
#
# Usage: awk -f gen-errors-gperf.awk errors.def > errors.gperf

function fail(msg) {
    printf "gen-errors-gperf.awk: %s:%d: %s\n", FILENAME, FNR, msg > "/dev/stderr"
    failed = 1
    exit 1
}

BEGIN {
    n = 0; failed = 0
    space["CURL"] = 1; space["WININET"] = 2; space["WINHTTP"] = 3
}

/^HTTPSTATUS_ERROR[ \t]*\(/ {
    line = $0
    sub(/^HTTPSTATUS_ERROR[ \t]*\([ \t]*/, "", line)
    split(line, field, /[ \t]*,[ \t]*/)
    if (!(field[1] in space) || field[2] !~ /^[0-9]+$/)
        fail("cannot read this line")
    name = field[3]
    if (name !~ /^(CURLE|ERROR_INTERNET|ERROR_HTTP|ERROR_WINHTTP)_[A-Z0-9_]+$/)
        fail("not a constant of libcurl, WinINet or WinHTTP: " name)
    if (length(name) > 64)
        fail("longer than httpstatus_error_from_name reads: " name)
    if (name in seen)
        fail("listed twice: " name)
    seen[name] = 1
    out[n++] = name ", " field[2] ", " space[field[1]]
}

END {
    if (failed)
        exit 1
    if (n == 0) {
        print "gen-errors-gperf.awk: no error found" > "/dev/stderr"
        exit 1
    }
    print "%{"
    print "/* errors.gperf: generated from errors.def by gen-errors-gperf.awk."
    print "   Do not edit: edit errors.def.  */"
    print "%}"
    print "struct hs_error_name { int name; short code; short space; };"
    print "%%"
    for (i = 0; i < n; i++)
        print out[i]
    print "%%"
}
