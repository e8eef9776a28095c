# gen-names-gperf.awk: writes the gperf input of httpstatus_from_name's
# keyword table from src/codes.def.
#
# Every name the function accepts, without its prefix, in upper case:
# each code's constant, each reason phrase spelled as a constant (spaces
# and hyphens become _, apostrophes go: "I'm a teapot" is IM_A_TEAPOT),
# and the older names of the HTTPSTATUS_ALIAS lines.  A name met twice
# keeps its first code, in codes.def's order: registered codes come
# before the vendors', so "UNAUTHORIZED" stays 401's and is not AWS's
# 561.  gperf then builds a perfect hash of them (see Makefile.am for
# its options: --pic keeps the table free of relocations).
#
# Usage: awk -f gen-names-gperf.awk codes.def > names.gperf

function fail(msg) {
    printf "gen-names-gperf.awk: %s:%d: %s\n", FILENAME, FNR, msg > "/dev/stderr"
    failed = 1
    exit 1
}

# The quoted string that starts FIELD's text, unquoted: the reason
# phrase.  codes.def's reasons hold no comma, quote or backslash.
function unquote(s) {
    if (s !~ /^"[^"\\]*"/)
        fail("cannot read the reason phrase")
    sub(/^"/, "", s)
    sub(/".*$/, "", s)
    return s
}

function add(name, code) {
    if (name !~ /^[A-Z0-9_]+$/)
        fail("not a name made of A-Z, 0-9 and _: " name)
    if (name ~ /^HTTP_?STATUS_/)
        fail("a name may not begin with a prefix: " name)
    if (length("HTTP_STATUS_" name) > 64)
        fail("longer than httpstatus_from_name reads: " name)
    if (name in seen)
        return
    seen[name] = code
    order[n++] = name
}

function reason_name(reason) {
    gsub(/'/, "", reason)
    gsub(/[ -]/, "_", reason)
    return toupper(reason)
}

BEGIN { n = 0; failed = 0 }

/^HTTPSTATUS_(VENDOR_)?CODE[ \t]*\(/ {
    line = $0
    sub(/^HTTPSTATUS_(VENDOR_)?CODE[ \t]*\([ \t]*/, "", line)
    split(line, field, /[ \t]*,[ \t]*/)
    code = field[1]
    if (code !~ /^[1-5][0-9][0-9]$/)
        fail("cannot read this line")
    # The reason: the 4th field of a code, the 5th of a vendor's code.
    reason = unquote(field[$0 ~ /^HTTPSTATUS_VENDOR_CODE/ ? 5 : 4])
    add(field[2], code)
    add(reason_name(reason), code)
    next
}

/^HTTPSTATUS_ALIAS[ \t]*\(/ {
    line = $0
    sub(/^HTTPSTATUS_ALIAS[ \t]*\([ \t]*/, "", line)
    split(line, field, /[ \t]*[,)][ \t]*/)
    if (field[1] !~ /^[1-5][0-9][0-9]$/)
        fail("cannot read this line")
    add(field[2], field[1])
    next
}

END {
    if (failed)
        exit 1
    if (n == 0) {
        print "gen-names-gperf.awk: no name found" > "/dev/stderr"
        exit 1
    }
    print "%{"
    print "/* names.gperf: generated from codes.def by gen-names-gperf.awk."
    print "   Do not edit: edit codes.def.  */"
    print "%}"
    print "struct hs_name { int name; short code; };"
    print "%%"
    for (i = 0; i < n; i++)
        printf "%s, %d\n", order[i], seen[order[i]]
    print "%%"
}
